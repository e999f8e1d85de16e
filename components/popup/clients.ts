import type { createClient } from '@/lib/messaging/client';
import type { ContentProtocol } from '@/lib/messaging/content-protocol';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import type { Drafts } from '@/lib/notes/drafts';
import type { ExportFile } from '@/lib/notes/model';

/** A typed client of one tab's content script. */
export type ContentClient = ReturnType<typeof createClient<ContentProtocol>>;

/** What the popup views need from the browser, given by the entrypoint (and faked in tests). */
export interface PopupServices {
  background: BackgroundClient;
  /** The content script of a tab. */
  contentOf(tabId: number): ContentClient;
  /** Opens a URL in a new tab. */
  openTab(url: string): void;
  /** Saves an exported file through the browser's download. */
  download(file: ExportFile): void;
  /** This view in a tab of its own, when shown as a popup (a file picker closes a popup in some browsers). */
  tabViewUrl?: string;
  /** Where unsaved edits are kept while the popup is closed; edits are not kept without it. */
  drafts?: Drafts;
}
