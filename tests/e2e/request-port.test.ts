import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsList } from '../../lib/messaging/messages/content-claims';
import { eventually, openExtensionPage, startHarness, stopServiceWorker, tabIdOf, type Harness } from './harness';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

let h: Harness;
let probe: Page;

beforeAll(async () => {
  h = await startHarness();
  probe = await openExtensionPage(h, 'popup.html');
});

afterAll(async () => {
  await h?.close();
});

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function askTab<T>(tabId: number, type: string): Promise<Reply<T>> {
  return probe.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: t, payload: {} }), [tabId, type] as const);
}

function claimsOf(tabId: number): Promise<ClaimsList> {
  return eventually(
    async () => {
      const reply = await askTab<ClaimsList>(tabId, 'claims/list');
      return reply.ok && reply.value.state === 'painted' ? reply.value : undefined;
    },
    { timeout: 20_000, what: 'painted claims' },
  );
}

describe('the port a page keeps open to the background', () => {
  it('is opened again when the service worker was stopped: the next run checks the site and matches as before', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/okinawa-missiles.html'));
    const tabId = await tabIdOf(h, page);
    const first = await claimsOf(tabId);
    expect(first.claims.length).toBeGreaterThan(0);

    // The worker stops (as when it idles): the page's port goes with it.
    await stopServiceWorker(h);
    expect(await askTab(tabId, 'claims/refresh')).toMatchObject({ ok: true, value: { state: 'painted' } });
    const again = await claimsOf(tabId);
    expect(again.claims.map((c) => [c.text, c.verdict])).toEqual(first.claims.map((c) => [c.text, c.verdict]));
    await page.close();
  });
});
