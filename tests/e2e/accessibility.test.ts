import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoot, registerClosedShadowEngine, revealClosedRoot } from './closed-shadow';
import { askBackground, eventually, openExtensionPage, selectText, startHarness, tabIdOf, type Harness } from './harness';

// The extension API inside extension pages, and axe inside the pages, evaluated by Playwright.
declare const chrome: any;
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA rules. */
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] };

const ARTICLE = '/okinawa-missiles.html';
const QUOTE = 'Fishermen in the harbour below the base';

let h: Harness;
let probe: Page;

beforeAll(async () => {
  await registerClosedShadowEngine();
  h = await startHarness();
  probe = await openExtensionPage(h, 'popup.html');
});

afterAll(async () => {
  await h?.close();
});

/** Loads axe into a page (evaluated, so that an extension page's CSP does not stand in the way). */
async function withAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object'))) await page.evaluate(AXE_SOURCE);
}

const describeViolations = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);

/** axe over a whole page (the popup). */
async function audit(page: Page): Promise<string[]> {
  await withAxe(page);
  const { violations } = await page.evaluate((options) => axe.run(document, options), RULES);
  return describeViolations(violations);
}

/**
 * axe over an on-page UI. Its shadow root is closed (neither the page nor axe can enter it), so the
 * root is reached through the DevTools protocol and its content copied, as it is, into an open shadow
 * root at the same place in the same page; the original is hidden while axe looks at the copy.
 */
async function auditUi(page: Page, tag: string, { plant = false } = {}): Promise<string[]> {
  expect(await revealClosedRoot(page, tag)).toBe(true);
  await withAxe(page);
  const { violations } = await page.evaluate(
    async ([t, options, withFlaw]) => {
      const closed = (globalThis as unknown as { __closedShadowRoots: Map<string, ShadowRoot> }).__closedShadowRoots.get(t)!;
      const original = closed.host as HTMLElement;
      const copy = document.createElement('axe-open-copy');
      for (const { name, value } of Array.from(original.attributes)) copy.setAttribute(name, value);
      const open = copy.attachShadow({ mode: 'open' });
      for (const child of Array.from(closed.childNodes)) open.append(child.cloneNode(true));
      // A control of the test's own with no name: the audit must see it (proof that it looks inside the copy).
      if (withFlaw) open.lastElementChild?.append(document.createElement('button'));
      original.style.setProperty('display', 'none');
      document.documentElement.append(copy);
      try {
        return await axe.run({ include: [['axe-open-copy']] }, options);
      } finally {
        copy.remove();
        original.style.removeProperty('display');
      }
    },
    [tag, RULES, plant] as const,
  );
  return describeViolations(violations);
}

async function paintedClaims(tabId: number) {
  return eventually(
    async () => {
      const reply = await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'claims/list', payload: {} }), tabId);
      return reply?.ok && reply.value.state === 'painted' ? reply.value : undefined;
    },
    { what: 'claims painted', timeout: 20_000 },
  );
}


/** A note on the page, stored as the popup would store it. */
async function seedNote(url: string, comment: string): Promise<void> {
  const reply = (await askBackground(probe, 'notes/save', {
    id: crypto.randomUUID(),
    url,
    title: 'Okinawa',
    selectors: [{ type: 'TextQuoteSelector', exact: QUOTE }],
    comment,
    tags: ['audit'],
    colour: 'blue',
  })) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

async function open(): Promise<{ page: Page; tabId: number }> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(ARTICLE));
  const tabId = await tabIdOf(h, page);
  await paintedClaims(tabId);
  return { page, tabId };
}

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  it('the claim card opened by pointing at a claim has no violations', async () => {
    const { page, tabId } = await open();
    const list = await paintedClaims(tabId);
    const divergent = list.claims.find((c: { verdict: string }) => c.verdict === 'divergent');
    const point = await page.evaluate((start) => {
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Iterable<Range>) {
          if (!range.toString().startsWith(start)) continue;
          (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(30, r.width / 2), y: r.top + r.height / 2 };
        }
      }
      return null;
    }, divergent.text.slice(0, 30));
    await page.mouse.move(point!.x, point!.y);
    await eventually(async () => (await revealClosedRoot(page, 'crosscheck-claims-ui')) || undefined, { what: 'the card' });
    await closedRoot(page, 'crosscheck-claims-ui').getByText('Divergent').first().waitFor();
    expect(await auditUi(page, 'crosscheck-claims-ui')).toEqual([]);
    expect(await auditUi(page, 'crosscheck-claims-ui', { plant: true })).toEqual([expect.stringMatching(/^button-name /)]);
    await page.close();
  });

  it('the "Add note" button and the note editor have no violations', async () => {
    const { page } = await open();
    const ui = closedRoot(page, 'crosscheck-notes-ui');
    await eventually(
      async () => {
        await selectText(page, QUOTE);
        await eventually(async () => (await revealClosedRoot(page, 'crosscheck-notes-ui')) || undefined, { timeout: 1_000 });
        await ui.getByRole('button', { name: 'Add note' }).waitFor({ timeout: 1_000 });
        return true;
      },
      { what: 'the "Add note" button', timeout: 15_000 },
    );
    expect(await auditUi(page, 'crosscheck-notes-ui')).toEqual([]);
    await ui.getByRole('button', { name: 'Add note' }).click();
    await ui.getByRole('dialog', { name: 'New note' }).waitFor();
    expect(await auditUi(page, 'crosscheck-notes-ui')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('the popup, both views, with claims and notes listed, has no violations', async () => {
    const { page, tabId } = await open();
    await seedNote(page.url(), 'A note for the audit');
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.getByTestId('claim-list').locator('li').first().waitFor();
    await popup.getByTestId('page-notes').getByText('A note for the audit').waitFor();
    expect(await audit(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'All notes' }).click();
    await popup.getByTestId('all-notes').getByText('A note for the audit').first().waitFor();
    expect(await audit(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('keyboard only', () => {
  it('on the page: a claim is reached and its card opened and closed with keys; a note is written and saved with keys', async () => {
    const { page, tabId } = await open();
    await page.keyboard.press('Alt+Shift+N');
    const card = closedRoot(page, 'crosscheck-claims-ui');
    await eventually(async () => (await revealClosedRoot(page, 'crosscheck-claims-ui')) || undefined, { what: 'the card' });
    await card.getByText(/Claim 1 of/).waitFor();
    await page.keyboard.press('Escape');
    await card.getByText(/Claim 1 of/).waitFor({ state: 'detached' });

    // The selection made, the editor is opened by the shortcut's message (the browser's own shortcut
    // cannot be pressed from a test); from there only keys: type, Tab to the tags, Ctrl+Enter to save.
    await selectText(page, QUOTE);
    const started = await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'notes/startNote', payload: {} }), tabId);
    expect(started).toEqual({ ok: true, value: { started: true } });
    await eventually(async () => (await revealClosedRoot(page, 'crosscheck-notes-ui')) || undefined, { what: 'the editor' });
    const editor = closedRoot(page, 'crosscheck-notes-ui').getByRole('dialog', { name: 'New note' });
    await editor.waitFor();
    await page.keyboard.type('Typed without a mouse');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keys, only');
    await page.keyboard.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    const saved = (await askBackground(probe, 'notes/list', { text: 'Typed without a mouse' })) as { ok: true; value: { notes: { quote: string; tags: string[] }[] } };
    expect(saved.value.notes).toEqual([expect.objectContaining({ quote: QUOTE, tags: ['keys', 'only'] })]);
    await page.close();
  });

  it('in the popup: tabs switch with arrow keys, and a note is edited and saved with keys', async () => {
    const { page, tabId } = await open();
    await seedNote(page.url(), 'To be edited');
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    const notes = popup.getByTestId('page-notes');
    await notes.locator('li.note').first().waitFor();
    // Tab from the start of the page to the first note's Edit button.
    await popup.keyboard.press('Tab');
    let guard = 0;
    while (!(await popup.evaluate(() => /^Edit note/.test(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')))) {
      await popup.keyboard.press('Tab');
      if (++guard > 60) throw new Error('No Edit button reached with Tab');
    }
    await popup.keyboard.press('Enter');
    const comment = notes.getByLabel('Comment');
    await comment.waitFor();
    await comment.focus();
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('Edited from the keyboard');
    // Tab to the tags field; Enter there submits the form.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await notes.getByText('Edited from the keyboard').waitFor();

    // The tablist: arrow keys move between "This page" and "All notes".
    await popup.getByRole('tab', { name: 'This page' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: 'All notes' }).getAttribute('aria-selected')).toBe('true');
    await popup.getByTestId('all-notes').getByText('Edited from the keyboard').first().waitFor();
    await popup.keyboard.press('ArrowLeft');
    expect(await popup.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    await popup.close();
    await page.close();
  });
});
