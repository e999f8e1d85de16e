import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askTab, claimsOf as claimsFrom, openExtensionPage, startHarness, tabIdOf, type Harness } from './harness';

let h: Harness;
let probe: Page;

beforeAll(async () => {
  h = await startHarness();
  probe = await openExtensionPage(h, 'popup.html');
});

afterAll(async () => {
  await h?.close();
});

const claimsOf = (tabId: number) => claimsFrom(probe, tabId);

describe('the port a page keeps open to the background', () => {
  it('is opened again when the service worker was stopped: the next run checks the site and matches as before', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/okinawa-missiles.html'));
    const tabId = await tabIdOf(h, page);
    const first = await claimsOf(tabId);
    expect(first.claims.length).toBeGreaterThan(0);

    // The worker stops (as when it idles): the page's port goes with it.
    await h.ext.stopWorker();
    expect(await askTab(probe, tabId, 'claims/refresh')).toMatchObject({ ok: true, value: { state: 'painted' } });
    const again = await claimsOf(tabId);
    expect(again.claims.map((c) => [c.text, c.verdict])).toEqual(first.claims.map((c) => [c.text, c.verdict]));
    await page.close();
  });
});
