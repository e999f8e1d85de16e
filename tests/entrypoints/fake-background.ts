import { fakeBrowser } from 'wxt/testing';

/** fakeBrowser does not implement every event main() listens to; give those a listener list that does nothing. */
export function stubMissingEvents() {
  const api = fakeBrowser as unknown as Record<string, Record<string, { addListener(fn: () => void): void }>>;
  for (const [area, event] of [['contextMenus', 'onClicked'], ['commands', 'onCommand'], ['runtime', 'onInstalled'], ['runtime', 'onStartup']] as const) {
    const target = api[area];
    if (!target) continue;
    try {
      target[event]?.addListener(() => undefined);
    } catch {
      target[event] = { addListener: () => undefined };
    }
  }
}

export const contentSender = (url: string, tabId = 1) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId }, frameId: 0 });
export const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** Delivers a message to the background's listeners as the browser would, and returns the reply. */
export async function deliver(message: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; value?: any; error?: { code: string; message: string } };
}
