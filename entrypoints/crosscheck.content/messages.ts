import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentProtocol, type ContentProtocol } from '@/lib/messaging/content-protocol';
import { classifySender, createRouter, type Handlers, type RawSender } from '@/lib/messaging/router';
import { MessageError } from '@/lib/messaging/result';

type Part<K extends keyof ContentProtocol> = Pick<Handlers<ContentProtocol>, K>;

/**
 * The content script's one message listener. Features provide their handlers when they start; a
 * message for a feature that has not started gets an "unavailable" error reply.
 *
 * The listener replies through `sendResponse` (and returns true), which Chromium and Firefox both
 * support natively, so the content script needs no promise polyfill.
 */
export function listenForMessages(ctx: ContentScriptContext) {
  const provided: Partial<Handlers<ContentProtocol>> = {};
  const handlers = Object.fromEntries(
    Object.keys(contentProtocol).map((type) => [
      type,
      (request: never, sender: never) => {
        const handler = provided[type as keyof ContentProtocol] as ((r: never, s: never) => unknown) | undefined;
        if (!handler) throw new MessageError('unavailable', 'Crosscheck has not started on this page');
        return handler(request, sender);
      },
    ]),
  ) as unknown as Handlers<ContentProtocol>;
  const route = createRouter(contentProtocol, handlers);
  const base = browser.runtime.getURL('/');

  const listener = (message: unknown, sender: RawSender, sendResponse: (reply: unknown) => void) => {
    void route(message, classifySender(sender, browser.runtime.id, base)).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));

  return {
    provide<K extends keyof ContentProtocol>(part: Part<K>): void {
      Object.assign(provided, part);
    },
  };
}

export type ContentMessages = ReturnType<typeof listenForMessages>;
