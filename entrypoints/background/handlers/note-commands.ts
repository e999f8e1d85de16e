import type { browser } from 'wxt/browser';
import { createClient } from '@/lib/messaging/client';
import type { ContentProtocol } from '@/lib/messaging/content-protocol';

/** Id of the context-menu item and name of the keyboard command (wxt.config.ts `commands`). */
export const ADD_NOTE_MENU_ID = 'crosscheck-add-note';
export const ADD_NOTE_COMMAND = 'add-note';

type Api = Pick<typeof browser, 'runtime' | 'contextMenus' | 'commands' | 'tabs'>;

/**
 * "Add Crosscheck note to selection" in the context menu, and the keyboard shortcut: both ask the
 * content script of the tab to open its note editor on the current selection.
 */
export function listenForNoteCommands(api: Api): void {
  const startNote = (tabId: number | undefined) => {
    if (tabId === undefined || tabId < 0) return;
    const content = createClient<ContentProtocol>((message) => api.tabs.sendMessage(tabId, message), { retries: 0 });
    void content.request('notes/startNote', {});
  };

  const createMenu = () =>
    api.contextMenus
      .removeAll()
      .then(() => {
        api.contextMenus.create({
          id: ADD_NOTE_MENU_ID,
          title: 'Add Crosscheck note to selection',
          contexts: ['selection'],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        });
      })
      .catch(() => undefined);
  api.runtime.onInstalled.addListener(() => void createMenu());
  api.runtime.onStartup.addListener(() => void createMenu());

  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_NOTE_MENU_ID) startNote(tab?.id);
  });
  api.commands.onCommand.addListener((command, tab) => {
    if (command !== ADD_NOTE_COMMAND) return;
    if (tab?.id !== undefined) return startNote(tab.id);
    void api.tabs.query({ active: true, currentWindow: true }).then(([active]) => startNote(active?.id));
  });
}
