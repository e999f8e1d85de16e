import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import { isArticleDocument, isEligibleUrl } from '@/lib/page/gate';
import { siteOf } from '@/lib/url/normalize';
import { startNotes } from './notes';

const background = createClient<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** Examines the page once: gate, then report to the background. */
export async function run(ctx: ContentScriptContext): Promise<void> {
  const url = location.href;
  const host = siteOf(url);
  if (!host || !isEligibleUrl(url) || ctx.isInvalid) return;
  const site = await background.request('site/get', { host });
  if (!site.ok || !site.value.enabled) return;

  startNotes(ctx, background);
  const isArticle = isArticleDocument(document);
  const words = isArticle ? countWords(document.body.textContent ?? '') : 0;
  await background.request('page/report', { url, title: document.title.slice(0, 2000), isArticle, words });
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
