import { describe, expect, it, vi } from 'vitest';
import { ADD_NOTE_COMMAND, ADD_NOTE_MENU_ID, listenForNoteCommands } from '@/entrypoints/background/handlers/note-commands';

type Listener = (...args: any[]) => unknown;

/** The parts of the extension API the note commands use, recording listeners and calls. */
function fakeApi(activeTabId?: number) {
  const listeners: Record<string, Listener[]> = {};
  const event = (name: string) => ({ addListener: (fn: Listener) => void (listeners[name] ??= []).push(fn) });
  const created: unknown[] = [];
  const sent: { tabId: number; message: unknown }[] = [];
  const api = {
    runtime: { onInstalled: event('installed'), onStartup: event('startup') },
    contextMenus: {
      removeAll: vi.fn(async () => {}),
      create: vi.fn((item: unknown) => void created.push(item)),
      onClicked: event('clicked'),
    },
    commands: { onCommand: event('command') },
    tabs: {
      sendMessage: vi.fn(async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        return { ok: true, value: { started: true } };
      }),
      query: vi.fn(async () => (activeTabId === undefined ? [] : [{ id: activeTabId }])),
    },
  };
  const fire = async (name: string, ...args: unknown[]) => {
    for (const fn of listeners[name] ?? []) await fn(...args);
    await new Promise((r) => setTimeout(r, 0));
  };
  listenForNoteCommands(api as never);
  return { api, created, sent, fire };
}

const START = { type: 'notes/startNote', payload: {} };

describe('note commands in the background', () => {
  it('adds the context-menu item for selections on web pages when installed', async () => {
    const { created, fire } = fakeApi();
    await fire('installed');
    expect(created).toEqual([
      { id: ADD_NOTE_MENU_ID, title: 'Add Crosscheck note to selection', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] },
    ]);
  });

  it('forwards the context-menu click to the content script of its tab', async () => {
    const { sent, fire } = fakeApi();
    await fire('clicked', { menuItemId: ADD_NOTE_MENU_ID }, { id: 12 });
    await fire('clicked', { menuItemId: 'something-else' }, { id: 12 });
    await fire('clicked', { menuItemId: ADD_NOTE_MENU_ID }, undefined);
    expect(sent).toEqual([{ tabId: 12, message: START }]);
  });

  it('forwards the keyboard shortcut to the tab it came from, or the active tab', async () => {
    const { sent, fire } = fakeApi(30);
    await fire('command', ADD_NOTE_COMMAND, { id: 5 });
    await fire('command', ADD_NOTE_COMMAND, undefined);
    await fire('command', 'another-command', { id: 5 });
    expect(sent).toEqual([
      { tabId: 5, message: START },
      { tabId: 30, message: START },
    ]);
  });
});
