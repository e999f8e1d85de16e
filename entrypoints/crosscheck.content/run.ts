import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient } from '@/lib/messaging/client';
import { createPortTransport, REQUEST_PORT } from '@/lib/messaging/port';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import { startClaims } from './claims';
import { listenForMessages } from './messages';
import { startNotes } from './notes';
import { guardStandDown } from './stand-down-guard';

/**
 * Starts Crosscheck on a page: claims (gate → extraction → matching → highlights) where the reader
 * has not switched the site off, and notes on every such page, article or not.
 */
export async function run(ctx: ContentScriptContext): Promise<void> {
  guardStandDown(ctx);
  // Every request goes over a port kept open to the background: a round trip on it costs a fraction
  // of a one-off message's (which opens and closes a channel through the browser each time).
  const port = createPortTransport(() => browser.runtime.connect({ name: REQUEST_PORT }));
  ctx.onInvalidated(() => port.close());
  const background = createClient<BackgroundProtocol>(port);
  const messages = listenForMessages(ctx);
  const claims = startClaims(ctx, {
    background,
    messages,
    report: (report) => background.request('page/report', report),
  });
  if (!(await claims.start()) || ctx.isInvalid) return;
  startNotes(ctx, { background, messages, paintedClaims: claims.painted });
}
