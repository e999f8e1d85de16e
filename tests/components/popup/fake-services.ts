import { vi } from 'vitest';
import { noteHandlers } from '@/entrypoints/background/handlers/notes';
import { createClient } from '@/lib/messaging/client';
import type { ContentProtocol } from '@/lib/messaging/content-protocol';
import type { NoteAnchorStatus } from '@/lib/messaging/messages/content-notes';
import { contentNotesMessages } from '@/lib/messaging/messages/content-notes';
import { notesMessages } from '@/lib/messaging/messages/notes';
import { pageMessages, type TabState } from '@/lib/messaging/messages/page';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import type { ExportFile } from '@/lib/notes/model';
import type { PopupServices } from '@/components/popup/clients';
import { freshService } from '../../lib/notes/helpers';

export const PAGE_URL = 'https://news.example/story-1';

/**
 * The popup's world in memory: the real note service and handlers over fake-indexeddb behind the
 * real router (as the background answers), a content script that reports which notes are orphans,
 * and recorders for downloads and opened tabs.
 */
export function fakeServices(options: { state?: TabState | null; orphans?: string[]; contentUrl?: string | null } = {}) {
  const { db, notes } = freshService();
  const state: TabState | null =
    options.state !== undefined ? options.state : { tabId: 7, url: PAGE_URL, title: 'Story 1', isArticle: true, words: 600, reportedAt: 1 };
  const backgroundRoute = createRouter({ ...notesMessages, ...pageMessages }, {
    ...noteHandlers(notes),
    'page/state': () => state,
    'page/report': () => ({ recorded: true as const }),
    'page/recent': () => [],
  });
  const sent: { type: string; payload: unknown }[] = [];
  const background = createClient((message) => {
    sent.push(message as { type: string; payload: unknown });
    return backgroundRoute(message, { origin: 'extension' });
  }, { retries: 0 }) as unknown as BackgroundClient;

  const status = (): NoteAnchorStatus => ({ url: options.contentUrl ?? PAGE_URL, anchored: [], orphans: options.orphans ?? [] });
  const content = {
    scrolled: [] as string[],
    refreshes: 0,
  };
  const contentHandlers: Handlers<typeof contentNotesMessages> = {
    'notes/scrollTo': ({ id }) => {
      content.scrolled.push(id);
      return { found: !(options.orphans ?? []).includes(id) };
    },
    'notes/startNote': () => ({ started: false }),
    'notes/refresh': () => {
      content.refreshes++;
      return status();
    },
    'notes/status': status,
  };
  const contentRoute = createRouter(contentNotesMessages, contentHandlers);
  const contentClient = createClient<ContentProtocol>(async (message) => {
    if (options.contentUrl === null) throw new Error('Could not establish connection. Receiving end does not exist.');
    return contentRoute(message, { origin: 'extension' });
  }, { retries: 0 });

  const downloads: ExportFile[] = [];
  const services: PopupServices = {
    background,
    contentOf: vi.fn(() => contentClient),
    openTab: vi.fn(),
    download: (file) => void downloads.push(file),
  };
  return { db, notes, services, content, downloads, sent };
}
