import { fakeBrowser } from 'wxt/testing';
import { createPortTransport } from '@/lib/messaging/port';
import { portPair } from '../lib/messaging/fake-port';

/** Listeners of runtime.onConnect (fakeBrowser has none): connect() below reaches them. */
let connectListeners: ((port: unknown) => void)[] = [];

/** fakeBrowser does not implement every event main() listens to; give those a listener list that does nothing. */
export function stubMissingEvents() {
  connectListeners = [];
  (fakeBrowser.runtime as unknown as Record<string, unknown>).onConnect = {
    addListener: (listener: (port: unknown) => void) => void connectListeners.push(listener),
  };
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

/**
 * A transport over a port to the background, as runtime.connect({ name }) from `sender` gives it (the
 * background's onConnect listeners get the other end, with the sender on it).
 */
export function portTo(name: string, sender: object) {
  return createPortTransport(() => {
    const pair = portPair(name, sender);
    for (const listener of connectListeners) listener(pair.far);
    return pair.near;
  });
}
