import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import { startClaims } from './claims';
import { listenForMessages } from './messages';
import { startNotes } from './notes';
import { guardStandDown } from './stand-down-guard';

const background = createClient<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/**
 * Starts Crosscheck on a page: claims (gate → extraction → matching → highlights) where the reader
 * has not switched the site off, and notes on every such page, article or not.
 */
export async function run(ctx: ContentScriptContext): Promise<void> {
  guardStandDown(ctx);
  const messages = listenForMessages(ctx);
  const claims = startClaims(ctx, {
    background,
    messages,
    report: (report) => background.request('page/report', report),
  });
  if (!(await claims.start()) || ctx.isInvalid) return;
  startNotes(ctx, { background, messages, paintedClaims: claims.painted });
}
