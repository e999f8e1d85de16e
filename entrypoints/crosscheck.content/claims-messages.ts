import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentClaimsMessages } from '@/lib/messaging/messages/content-claims';
import { classifySender, createRouter, type Handlers } from '@/lib/messaging/router';

/**
 * Answers the claims messages sent to this tab by the popup or the background. Messages of other
 * kinds are left to the content script's other listeners: this one does not answer them.
 */
export function listenForClaimMessages(ctx: ContentScriptContext, handlers: Handlers<typeof contentClaimsMessages>): void {
  const route = createRouter(contentClaimsMessages, handlers);
  const base = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Parameters<typeof classifySender>[0]) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(contentClaimsMessages, type)) return undefined;
    return route(message, classifySender(sender, browser.runtime.id, base));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
