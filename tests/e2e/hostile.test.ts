import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsList } from '../../lib/messaging/messages/content-claims';
import { closedRoot, registerClosedShadowEngine, revealClosedRoot } from './closed-shadow';
import { askBackground, eventually, openExtensionPage, startHarness, tabIdOf, type Harness } from './harness';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

const CLAIMS_UI = 'crosscheck-claims-ui';
const NOTES_UI = 'crosscheck-notes-ui';

let h: Harness;
/** An extension page that talks to content scripts and the background, as the popup does. */
let probe: Page;

beforeAll(async () => {
  await registerClosedShadowEngine();
  h = await startHarness();
  probe = await openExtensionPage(h, 'popup.html');
});

afterAll(async () => {
  await h?.close();
});

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const askTab = <T>(tabId: number, type: string, payload: unknown = {}): Promise<Reply<T>> =>
  probe.evaluate(([id, t, p]) => chrome.tabs.sendMessage(id, { type: t, payload: p }), [tabId, type, payload] as const);

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(path));
  return { page, tabId: await tabIdOf(h, page) };
}

async function paintedClaims(tabId: number): Promise<ClaimsList> {
  return eventually(
    async () => {
      const reply = await askTab<ClaimsList>(tabId, 'claims/list');
      return reply.ok && reply.value.state === 'painted' ? reply.value : undefined;
    },
    { what: 'claims painted', timeout: 20_000 },
  );
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The shadow root of a UI host, read with the DevTools protocol (nothing runs in the page). */
async function uiRoot(page: Page, tag: string): Promise<CdpNode | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | null => {
      if (node.nodeName === tag.toUpperCase()) return node;
      for (const child of node.children ?? []) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    return find(root)?.shadowRoots?.[0] ?? null;
  } finally {
    await cdp.detach();
  }
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** What a closed UI root holds: its text (styles left out), and how many elements of some tags are inside it. */
async function uiContents(page: Page, tag: string): Promise<{ text: string; elements: Record<string, number> } | null> {
  const root = await uiRoot(page, tag);
  if (!root) return null;
  const elements: Record<string, number> = { img: 0, script: 0, b: 0, iframe: 0 };
  let text = '';
  const texts = (node: CdpNode): void => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === 3) text += `${node.nodeValue ?? ''} `;
    const name = node.nodeName.toLowerCase();
    if (name in elements) elements[name]!++;
    for (const child of node.children ?? []) texts(child);
  };
  texts(root);
  return { text: text.replace(/\s+/g, ' '), elements };
}

/** Clicks the element of a closed UI that `match` picks, at the middle of its box (as the reader would). */
async function clickInUi(page: Page, tag: string, match: (node: CdpNode, text: string) => boolean): Promise<void> {
  const root = await uiRoot(page, tag);
  const textOf = (node: CdpNode): string => [...walk(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join('');
  const node = root ? [...walk(root)].find((n) => n.nodeType === 1 && match(n, textOf(n))) : undefined;
  if (!node) throw new Error(`Nothing to click in ${tag}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

const isButton = (label: string) => (node: CdpNode, text: string) => node.nodeName === 'BUTTON' && text.trim() === label;

/** Selects the first occurrence of `text` in the article. */
/**
 * Kept apart from the harness's selectText: on a page that redefines Array, JSON and querySelector,
 * only a plain string may cross into the page and only document.body is looked up.
 */
function select(page: Page, text: string): Promise<void> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** Selects `text`, presses "Add note" and returns the editor. */
async function openEditor(page: Page, text: string) {
  const button = closedRoot(page, NOTES_UI).getByRole('button', { name: 'Add note' });
  await eventually(
    async () => {
      await select(page, text);
      await eventually(async () => (await revealClosedRoot(page, NOTES_UI)) || undefined, { timeout: 1_000 });
      await button.waitFor({ timeout: 1_000 });
      return true;
    },
    { what: 'the "Add note" button', timeout: 15_000 },
  );
  await button.click();
  const editor = closedRoot(page, NOTES_UI).getByRole('dialog', { name: 'New note' });
  await editor.waitFor();
  return editor;
}

async function notesCount(): Promise<number> {
  const reply = (await askBackground(probe, 'notes/list', { limit: 1 })) as Reply<{ total: number }>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.total;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('a page whose text contains markup and script', () => {
  const CLAIM_MARKUP = `<img src=x onerror="window.__pwned='claim'">`;
  const NOTE_QUOTE = `<script>window.__pwned='script'</script> and <img src=x onerror="window.__pwned='note'">`;
  const COMMENT = `<img src=x onerror="window.__pwned='comment'"><b>bold</b>`;

  it('shows it as text in the claim card, the note editor and the popup, and never runs it', async () => {
    const { page, tabId } = await open('/hostile-markup.html');
    const list = await paintedClaims(tabId);
    const claim = list.claims.find((c) => c.text.includes(CLAIM_MARKUP));
    expect(claim, 'the sentence with markup is a claim').toBeDefined();

    // The card of that claim, and the announcement of it, show the markup as text.
    expect(await askTab(tabId, 'claims/scrollTo', { index: claim!.index })).toEqual({ ok: true, value: { found: true } });
    const card = await eventually(async () => {
      const ui = await uiContents(page, CLAIMS_UI);
      return ui?.text.includes(CLAIM_MARKUP) ? ui : undefined;
    }, { what: 'the card with the literal markup' });
    expect(card.elements).toEqual({ img: 0, script: 0, b: 0, iframe: 0 });

    // The note editor shows the selected markup as the quote; the comment with markup is saved as text.
    const editor = await openEditor(page, NOTE_QUOTE);
    expect((await uiContents(page, NOTES_UI))?.text).toContain(NOTE_QUOTE);
    await editor.getByLabel('Comment').fill(COMMENT);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    const notesUi = await uiContents(page, NOTES_UI);
    expect(notesUi?.elements.img).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await pwned(page)).toBeNull();

    // The popup lists the claim, the page title and the note as text.
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.getByTestId('page-notes').getByText(COMMENT, { exact: false }).waitFor();
    await popup.getByTestId('page-notes').getByText(NOTE_QUOTE, { exact: false }).first().waitFor();
    const claimButtons = popup.getByTestId('claim-list').locator('button');
    await claimButtons.first().waitFor();
    // Listed shortened, and whole in the button's title.
    expect(await claimButtons.evaluateAll((buttons, text) => buttons.some((b) => (b as HTMLElement).title === text), claim!.text)).toBe(true);
    await popup.getByText(`<img src=x onerror="window.__pwned='title'">`, { exact: false }).first().waitFor();
    expect(await popup.locator('img, script:not([src]), b').count()).toBe(0);
    expect(await pwned(popup)).toBeNull();
    await popup.close();

    // And after a reload the note is painted again from storage, still as text.
    await page.reload();
    await eventually(
      async () =>
        page.evaluate((quote) => {
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('crosscheck-note-')) continue;
            for (const range of highlight as unknown as Iterable<Range>) if (range.toString() === quote) return true;
          }
          return undefined;
        }, NOTE_QUOTE),
      { what: 'the note painted after a reload' },
    );
    expect(await pwned(page)).toBeNull();
    await page.close();
  });
});

interface UiLook {
  hostDisplay: string;
  display: string;
  visibility: string;
  opacity: string;
  position: string;
  fontSize: string;
  color: string;
  backgroundColor: string;
  width: number;
  height: number;
  /** Whether the element on top at the middle of the UI is the UI itself. */
  onTop: boolean;
}

/** How the first element of a UI's mount is rendered (computed styles and box), read through its revealed root. */
async function lookOf(page: Page, tag: string): Promise<UiLook | null> {
  if (!(await revealClosedRoot(page, tag))) return null;
  return page.evaluate(
    (t) => {
      const root = (globalThis as unknown as { __closedShadowRoots?: Map<string, ShadowRoot> }).__closedShadowRoots?.get(t);
      const element = root?.lastElementChild?.firstElementChild as HTMLElement | null | undefined;
      if (!root || !element) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + Math.min(20, box.height / 2));
      return {
        hostDisplay: getComputedStyle(root.host).display,
        display: style.display,
        visibility: style.visibility,
        opacity: style.opacity,
        position: style.position,
        fontSize: style.fontSize,
        color: style.color,
        backgroundColor: style.backgroundColor,
        width: Math.round(box.width),
        height: Math.round(box.height),
        onTop: hit !== null && element.contains(hit),
      };
    },
    tag,
  );
}

describe('a page whose CSS targets every element, and Crosscheck’s own by name', () => {
  /** Opens the first claim's card and the note editor, and reads how both look. */
  async function looks(path: string) {
    const { page, tabId } = await open(path);
    await paintedClaims(tabId);
    expect(await askTab(tabId, 'claims/scrollTo', { index: 0 })).toEqual({ ok: true, value: { found: true } });
    const card = await eventually(async () => (await lookOf(page, CLAIMS_UI)) ?? undefined, { what: 'the claim card' });
    const editor = await openEditor(page, 'The prefectural assembly has asked for more consultation');
    const notes = await eventually(async () => (await lookOf(page, NOTES_UI)) ?? undefined, { what: 'the note editor' });
    await page.screenshot({ path: `${process.env.CROSSCHECK_SCREENSHOTS ?? '/tmp'}/crosscheck-hostile-${path.replace(/\W/g, '')}.png` });
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
    return { card, notes };
  }

  let plain: Awaited<ReturnType<typeof looks>>;

  it('leaves the claim card and the note editor looking exactly as on a plain page', async () => {
    plain = await looks('/okinawa-missiles.html');
    expect(plain.card).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', onTop: true });
    expect(plain.card.width).toBeGreaterThan(200);
    expect(plain.notes).toMatchObject({ visibility: 'visible', opacity: '1', onTop: true });
    // `* { all: unset !important }`, and every button, textarea and dialog of the page hidden.
    expect(await looks('/hostile-css.html')).toEqual(plain);
  });

  // Rules that name the UI hosts (or `html > :not(body)`) with !important lose to the hosts'
  // `:host { all: initial !important }`: an important declaration of a shadow tree wins over the page's.
  it('leaves them looking the same on a page that hides the elements it did not create', async () => {
    expect(await looks('/hostile-css-hosts.html')).toEqual(plain);
  });
});

describe('a page that redefines the built-ins', () => {
  it('cannot break the content script, which runs in its own world: claims paint, the card opens, a note saves', async () => {
    const { page, tabId } = await open('/hostile-globals.html');
    expect(await page.evaluate(() => (window as unknown as { __globalsReplaced?: boolean }).__globalsReplaced)).toBe(true);
    const list = await paintedClaims(tabId);
    expect(list.counts.corroborated).toBeGreaterThan(0);
    expect(list.counts.divergent).toBeGreaterThan(0);

    expect(await askTab(tabId, 'claims/scrollTo', { index: 0 })).toEqual({ ok: true, value: { found: true } });
    const card = await eventually(async () => {
      const ui = await uiContents(page, CLAIMS_UI);
      return ui && ui.text.includes(list.claims[0]!.evidence.outlet) ? ui : undefined;
    }, { what: 'the claim card' });
    expect(card.text).toContain('Claim 1 of');

    // Page scripts broke the test's own tools in the page's world: the note is made with the mouse and keys alone.
    const before = await notesCount();
    const quote = 'The prefectural assembly has asked for more consultation';
    await eventually(
      async () => {
        await select(page, quote);
        await page.waitForTimeout(400);
        await clickInUi(page, NOTES_UI, isButton('Add note'));
        return true;
      },
      { what: 'the "Add note" button', timeout: 15_000 },
    );
    await eventually(async () => ((await uiContents(page, NOTES_UI))?.text.includes(quote) ? true : undefined), { what: 'the editor' });
    await clickInUi(page, NOTES_UI, (node) => node.nodeName === 'TEXTAREA');
    await page.keyboard.type('Saved on a page that replaced JSON, Promise and Array');
    await clickInUi(page, NOTES_UI, isButton('Save'));
    await eventually(async () => ((await notesCount()) === before + 1 ? true : undefined), { what: 'the note saved' });
    const saved = (await askBackground(probe, 'notes/list', { text: 'replaced JSON, Promise' })) as Reply<{ notes: { quote: string }[] }>;
    expect(saved.ok && saved.value.notes.map((n) => n.quote)).toEqual([quote]);
    expect(await notesCount()).toBe(before + 1);
    const status = await eventually(async () => {
      const reply = await askTab<{ anchored: string[] }>(tabId, 'notes/status');
      return reply.ok && reply.value.anchored.length > 0 ? reply.value : undefined;
    }, { what: 'the note anchored' });
    expect(status.anchored).toHaveLength(1);
    await page.close();
  });
});

describe('a page that posts fake messages and dispatches fake events', () => {
  it('reads, changes and exports nothing, opens nothing, and leaves painted notes alone', async () => {
    // A note on the page first, made by the reader.
    const { page, tabId } = await open('/hostile-messages.html');
    await paintedClaims(tabId);
    const quote = 'Fishermen in the harbour below the base';
    const editor = await openEditor(page, quote);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await eventually(async () => {
      const reply = await askTab<{ anchored: string[] }>(tabId, 'notes/status');
      return reply.ok && reply.value.anchored.length === 1 ? true : undefined;
    }, { what: 'the note painted' });
    const allBefore = (await askBackground(probe, 'notes/export', { scope: 'all', format: 'native' })) as Reply<{ json: string }>;
    expect(allBefore.ok).toBe(true);
    const notesBefore = allBefore.ok ? JSON.parse(allBefore.value.json).notes : null;

    // No extension API in the page's world: the page cannot message the background at all.
    expect(await page.evaluate(() => (window as unknown as { __extensionApi: boolean }).__extensionApi)).toBe(false);

    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const names = await page.evaluate(() => (window as unknown as { __attack(): string[] }).__attack());
    // The page learnt a name the content script's events go by (a framework message carries it): the attack used it too.
    expect(names.length).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(1_500);

    const allAfter = (await askBackground(probe, 'notes/export', { scope: 'all', format: 'native' })) as Reply<{ json: string }>;
    expect(allAfter.ok && JSON.parse(allAfter.value.json).notes).toEqual(notesBefore);
    expect(downloads).toEqual([]);
    expect(await askBackground(probe, 'site/get', { host: '127.0.0.1' })).toEqual({ ok: true, value: { host: '127.0.0.1', enabled: true } });
    // No card opened by the fake keys or pointer, no editor opened by the fake click or shortcut.
    const card = await uiContents(page, CLAIMS_UI);
    expect(card?.text ?? '').not.toMatch(/Claim \d+ of/);
    expect(await closedRoot(page, NOTES_UI).getByRole('dialog').count()).toBe(0);
    // The page's note is still painted, under the page's own URL.
    const status = await askTab<{ url: string; anchored: string[] }>(tabId, 'notes/status');
    expect(status).toMatchObject({ ok: true, value: { url: h.server.url('/hostile-messages.html') } });
    expect(status.ok && status.value.anchored).toHaveLength(1);
    const list = await askTab<ClaimsList>(tabId, 'claims/list');
    expect(list).toMatchObject({ ok: true, value: { state: 'painted' } });
    // Nothing Crosscheck holds was posted to the page.
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __seen: unknown[] }).__seen));
    expect(seen).not.toContain(quote);
    expect(seen).not.toContain(status.ok ? status.value.anchored[0] : 'no note');
    await page.close();
  });
});
