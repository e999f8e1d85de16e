import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, eventually, openExtensionPage, startHarness, tabIdOf, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

type State = { ok: true; value: { isArticle: boolean; title: string; url: string; words: number } | null };

async function stateOf(tabId: number) {
  const popup = await openExtensionPage(h, 'popup.html');
  try {
    return await eventually(
      async () => {
        const reply = (await askBackground(popup, 'page/state', { tabId })) as State;
        return reply.ok && reply.value ? reply.value : undefined;
      },
      { what: `a page report for tab ${tabId}` },
    );
  } finally {
    await popup.close();
  }
}

describe('extension in Chromium', () => {
  it('recognises an article page and reports it to the background', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/council-budget.html'));
    const state = await stateOf(await tabIdOf(h, page));
    expect(state.isArticle).toBe(true);
    expect(state.title).toContain('Riverside council approves leaner budget');
    expect(state.words).toBeGreaterThan(150);
    await page.close();
  });

  it('does not take a shop page for an article', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/plain.html'));
    const state = await stateOf(await tabIdOf(h, page));
    expect(state.isArticle).toBe(false);
    expect(state.words).toBe(0);
    await page.close();
  });

  it('renders the state of a tab in the popup', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/council-budget.html'));
    const tabId = await tabIdOf(h, page);
    await stateOf(tabId);
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    const status = popup.getByTestId('page-status');
    await status.waitFor();
    expect(await status.getAttribute('data-state')).toBe('article');
    expect(await status.textContent()).toContain('Riverside council approves leaner budget');
    await popup.close();
    await page.close();
  });

  it('keeps what the background stored across a service-worker restart', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/council-budget.html?utm_source=feed#top'));
    const tabId = await tabIdOf(h, page);
    await stateOf(tabId);

    await h.ext.stopWorker();

    const popup = await openExtensionPage(h, 'popup.html');
    const recent = (await askBackground(popup, 'page/recent', { limit: 10 })) as { ok: true; value: { url: string }[] };
    expect(recent.ok).toBe(true);
    // Stored under the normalised URL: no tracking parameter, no fragment.
    expect(recent.value.map((p) => p.url)).toContain(h.server.url('/council-budget.html'));
    const state = (await askBackground(popup, 'page/state', { tabId })) as State;
    expect(state.value?.isArticle).toBe(true);
    await popup.close();
    await page.close();
  });
});
