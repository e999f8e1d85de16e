import type { Page } from 'playwright-core';
import type { ClaimsList } from '../../lib/messaging/messages/content-claims';
import type { TabState } from '../../lib/messaging/messages/page';
import type { ExtensionBrowser } from '../lib/chromium';

// The extension API inside pages evaluated by Playwright.
declare const chrome: any;

export interface DemoReport {
  highlights: { text: string; verdict: 'corroborated' | 'divergent' }[];
  counts: { corroborated: number; divergent: number };
  page: { url: string; title: string; isArticle: boolean; words: number } | null;
  /** Where the content script stood when the report was read. */
  state: ClaimsList['state'] | 'unreachable';
}

/** States after which the content script will not paint anything more without a page change. */
const SETTLED = new Set(['painted', 'not-article', 'off', 'error']);

async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } } | undefined;

/**
 * Reads what the extension painted on the page, from the extension itself: an extension page asks the
 * tab's content script ('claims/list', as the popup does) and the background ('page/state'). Waits up
 * to `timeout` ms for the content script to settle (painted, or no article).
 */
export async function readReport(ext: ExtensionBrowser, page: Page, timeout = 20_000): Promise<DemoReport> {
  const tabId = await tabIdOf(ext, page);
  const probe = await ext.context.newPage();
  try {
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const ask = <T>(target: 'tab' | 'background', type: string) =>
      probe.evaluate(
        ([where, id, t]) =>
          where === 'tab'
            ? chrome.tabs.sendMessage(id, { type: t, payload: {} }).catch(() => undefined)
            : chrome.runtime.sendMessage({ type: t, payload: { tabId: id } }),
        [target, tabId, type] as const,
      ) as Promise<Reply<T>>;

    const deadline = Date.now() + timeout;
    let list: ClaimsList | null = null;
    for (;;) {
      const reply = await ask<ClaimsList>('tab', 'claims/list');
      list = reply?.ok ? reply.value : null;
      if ((list && SETTLED.has(list.state)) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    const state = await ask<TabState | null>('background', 'page/state');
    const tab = state?.ok ? state.value : null;
    return {
      highlights: list?.claims.map(({ text, verdict }) => ({ text, verdict })) ?? [],
      counts: list?.counts ?? { corroborated: 0, divergent: 0 },
      page: tab ? { url: tab.url, title: tab.title, isArticle: tab.isArticle, words: tab.words } : null,
      state: list?.state ?? 'unreachable',
    };
  } finally {
    await probe.close();
    await page.bringToFront();
  }
}

export function summarise(report: DemoReport): string {
  if (report.state === 'unreachable' || !report.page) return 'The extension did not report on this page.';
  if (report.state === 'off') return `Crosscheck is switched off for ${report.page.url}.`;
  if (!report.page.isArticle) return `No article found on ${report.page.url}.`;
  if (report.state === 'error') return `Article "${report.page.title}": matching failed.`;
  const { corroborated, divergent } = report.counts;
  return `Article "${report.page.title}" (${report.page.words} words): ${corroborated} corroborated, ${divergent} divergent claims highlighted.`;
}
