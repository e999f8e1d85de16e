import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ClaimsList } from '../../lib/messaging/messages/content-claims';
import { CHROME_BUILD } from '../../scripts/lib/build';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/chromium';
import { eventually } from '../../scripts/lib/eventually';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';

export { eventually };

// The extension API inside pages and workers evaluated by Playwright.
declare const chrome: any;

export const FIXTURES = resolve(import.meta.dirname, 'fixtures');

export interface Harness {
  ext: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

/** Chromium with the built extension, and the fixture pages served on 127.0.0.1. */
export async function startHarness(options: LaunchOptions = {}): Promise<Harness> {
  const server = await serveFolder(FIXTURES);
  const ext = await launchWithExtension(CHROME_BUILD, options);
  return {
    ext,
    server,
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** The browser's id of the tab showing `page`: brings it to the front and asks the extension for the active tab. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await h.ext.worker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    return tab.id;
  });
}

/** Sends a message to the background from an extension page (as the popup does) and returns the reply. */
export async function askBackground(extensionPage: Page, type: string, payload: unknown): Promise<unknown> {
  return extensionPage.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

/**
 * Selects the first occurrence of `text` in the page (below the element `root` matches), scrolled into
 * view, as a reader's drag would leave it.
 */
export function selectText(page: Page, text: string, root = 'body'): Promise<void> {
  return page.evaluate(
    ([wanted, rootSelector]) => {
      // `document.body` needs no lookup: a hostile page may have redefined querySelector.
      const top = rootSelector === 'body' ? document.body : document.querySelector(rootSelector)!;
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not on the page`);
    },
    [text, root] as const,
  );
}

/** Opens an extension page (e.g. popup.html) in a tab of its own. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.goto(`chrome-extension://${h.ext.extensionId}/${path}`);
  return page;
}

/** A content script's reply, as the messaging protocol shapes it. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Asks a tab's content script, from an extension page (`probe`), as the popup does. */
export function askTab<T>(probe: Page, tabId: number, type: string, payload: unknown = {}): Promise<Reply<T>> {
  return probe.evaluate(([id, t, p]) => chrome.tabs.sendMessage(id, { type: t, payload: p }), [tabId, type, payload] as const);
}

/** The content script's claim list once it has settled in `state` (and, if given, on a URL that passes `urlIs`). */
export function claimsOf(probe: Page, tabId: number, state: ClaimsList['state'] = 'painted', urlIs?: (url: string) => boolean): Promise<ClaimsList> {
  return eventually(
    async () => {
      const reply = await askTab<ClaimsList>(probe, tabId, 'claims/list');
      if (!reply.ok || reply.value.state !== state) return undefined;
      return !urlIs || urlIs(reply.value.url) ? reply.value : undefined;
    },
    { timeout: 20_000, what: `claims in state ${state}` },
  );
}
