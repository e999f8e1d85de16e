import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/chromium';

// The extension API inside pages evaluated by Playwright.
declare const chrome: any;

export interface DemoReport {
  highlights: { text: string; verdict: 'corroborated' | 'divergent' }[];
  counts: { corroborated: number; divergent: number };
  page: { url: string; title: string; isArticle: boolean; words: number } | null;
}

async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/**
 * Reads what the extension itself recorded for the page, through an extension page, as the popup would.
 * Waits up to `timeout` ms for the content script to report.
 */
export async function readReport(ext: ExtensionBrowser, page: Page, timeout = 15_000): Promise<DemoReport> {
  const tabId = await tabIdOf(ext, page);
  const probe = await ext.context.newPage();
  try {
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const deadline = Date.now() + timeout;
    for (;;) {
      const state = await probe.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/state', payload: { tabId: id } }), tabId);
      if (state?.ok && state.value) {
        const { url, title, isArticle, words } = state.value;
        return { highlights: [], counts: { corroborated: 0, divergent: 0 }, page: { url, title, isArticle, words } };
      }
      if (Date.now() > deadline) return { highlights: [], counts: { corroborated: 0, divergent: 0 }, page: null };
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    await probe.close();
    await page.bringToFront();
  }
}

export function summarise(report: DemoReport): string {
  if (!report.page) return 'The extension did not report on this page.';
  if (!report.page.isArticle) return `No article found on ${report.page.url}.`;
  const { corroborated, divergent } = report.counts;
  return `Article "${report.page.title}" (${report.page.words} words): ${corroborated} corroborated, ${divergent} divergent claims highlighted.`;
}
