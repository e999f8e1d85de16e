import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentNotesMessages } from '@/lib/messaging/messages/content-notes';
import { classifySender, createRouter, type Handlers } from '@/lib/messaging/router';

type NotesHandlers = Handlers<typeof contentNotesMessages>;

/**
 * Answers the notes messages sent to this tab (by the popup or the background). Messages of other
 * kinds are left for the content script's other listeners: this one does not answer them.
 */
export function listenForNoteMessages(ctx: ContentScriptContext, handlers: NotesHandlers): void {
  const route = createRouter(contentNotesMessages, handlers);
  const base = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Parameters<typeof classifySender>[0]) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(contentNotesMessages, type)) return undefined;
    return route(message, classifySender(sender, browser.runtime.id, base));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
