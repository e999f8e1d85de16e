import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/lib/build';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { closedRoot, registerClosedShadowEngine, revealClosedRoot } from './closed-shadow';
import { askBackground, eventually, openExtensionPage, selectText, startHarness, tabIdOf, type Harness } from './harness';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

const ARTICLE = '/council-budget.html';
const AMENDMENT = 'Their amendment was defeated by 27 votes to 19.';
const TAX = 'Council tax will rise by 4.99 per cent';
const LIBRARIES = 'closes two of the borough\'s nine libraries on Mondays';

/** A page that changes its article with the history API, as single-page sites do. */
const SPA_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head><body><main id="app"></main>
<script>
const stories = {
  '/spa/first': ['Bridge to reopen', 'Engineers said on Tuesday that the bridge will open in May once repairs to its deck are finished.'],
  '/spa/second': ['Ferry service to end', 'The operator confirmed that the ferry will stop running in June because of falling demand.'],
};
function render() {
  const [title, text] = stories[location.pathname] || ['Not found', ''];
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  article.append(h1, p);
  document.getElementById('app').replaceChildren(article);
}
window.go = (path) => { history.pushState({}, '', path); render(); };
addEventListener('popstate', render);
render();
</script></body></html>`;

/** A page whose article paragraph is added `delay` ms after load. */
const latePage = (delay: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late story</title></head><body>
<article id="story"><h1>Late story</h1></article>
<script>
setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = 'This paragraph arrived after the page had loaded, as lazily rendered articles do.';
  document.getElementById('story').append(p);
}, ${delay});
</script></body></html>`;

let h: Harness;

beforeAll(async () => {
  await registerClosedShadowEngine();
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

interface Painted {
  name: string;
  text: string;
}

/** The note highlights the page shows: CSS Custom Highlight names and the text of each range. */
function noteHighlights(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('crosscheck-note-') || name === 'crosscheck-note-focus') continue;
      for (const range of highlight) out.push({ name, text: (range as Range).toString() });
    }
    return out;
  });
}

async function paintedAs(page: Page, text: string, name: string): Promise<void> {
  await eventually(async () => ((await noteHighlights(page)).some((p) => p.text === text && p.name === name) ? true : undefined), {
    what: `"${text}" painted as ${name}`,
  });
}


/** The notes UI, in its closed shadow root (revealed to the test once the first button shows). */
const ui = (page: Page) => closedRoot(page, 'crosscheck-notes-ui');

/** Selects text until the "Add note" button shows (the content script may still be starting), then presses it. */
async function addNoteButton(page: Page, text: string) {
  const button = ui(page).getByRole('button', { name: 'Add note' });
  await eventually(
    async () => {
      await selectText(page, text, 'article');
      await eventually(async () => (await revealClosedRoot(page, 'crosscheck-notes-ui')) || undefined, { timeout: 1_000 });
      await button.waitFor({ timeout: 1_000 });
      return true;
    },
    { what: 'the "Add note" button', timeout: 15_000 },
  );
  return button;
}

async function allNotes(extensionPage: Page) {
  const reply = (await askBackground(extensionPage, 'notes/list', { limit: 1000 })) as {
    ok: true;
    value: { notes: { id: string; quote: string; comment: string; tags: string[]; colour: string; url: string }[] };
  };
  expect(reply.ok).toBe(true);
  return reply.value.notes;
}

describe('notes in Chromium', () => {
  it('adds a note from a selection, paints it, and paints it again after a reload', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url(ARTICLE));
    await (await addNoteButton(page, AMENDMENT)).click();
    // The page cannot reach into the notes UI, so it cannot read a comment being typed.
    expect(await page.evaluate(() => document.querySelector('crosscheck-notes-ui')?.shadowRoot ?? null)).toBeNull();

    const editor = ui(page).getByRole('dialog', { name: 'New note' });
    await editor.getByLabel('Comment').fill('Check the reserves figure');
    await editor.getByLabel('Tags (comma separated)').fill('budget, council');
    await editor.getByLabel('Green').check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await paintedAs(page, AMENDMENT, 'crosscheck-note-green');

    const popup = await openExtensionPage(h, 'popup.html');
    const stored = (await allNotes(popup)).filter((n) => n.quote === AMENDMENT);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ comment: 'Check the reserves figure', tags: ['budget', 'council'], colour: 'green', url: h.server.url(ARTICLE) });
    await popup.close();

    await page.reload();
    await paintedAs(page, AMENDMENT, 'crosscheck-note-green');
    await page.close();
  });

  it('opens a painted note for editing when it is clicked, and deletes it from there', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url(ARTICLE));
    await (await addNoteButton(page, TAX)).click();
    const editor = ui(page).getByRole('dialog', { name: 'New note' });
    await editor.getByLabel('Comment').fill('Highest rise allowed');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await paintedAs(page, TAX, 'crosscheck-note-yellow');

    await page.getByText(TAX).click({ position: { x: 20, y: 8 } });
    const edit = ui(page).getByRole('dialog', { name: 'Edit note' });
    expect(await edit.getByLabel('Comment').inputValue()).toBe('Highest rise allowed');
    await edit.getByRole('button', { name: 'Delete' }).click();
    await edit.waitFor({ state: 'detached' });
    await eventually(async () => ((await noteHighlights(page)).some((p) => p.text === TAX) ? undefined : true), { what: 'the deleted note unpainted' });

    const popup = await openExtensionPage(h, 'popup.html');
    expect((await allNotes(popup)).some((n) => n.quote === TAX)).toBe(false);
    await popup.close();
    await page.close();
  });

  it('edits, deletes and restores a note from the popup, and scrolls to it', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url(ARTICLE));
    await (await addNoteButton(page, LIBRARIES)).click();
    await ui(page).getByRole('dialog', { name: 'New note' }).getByRole('button', { name: 'Save' }).click();
    await paintedAs(page, LIBRARIES, 'crosscheck-note-yellow');
    const tabId = await tabIdOf(h, page);

    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    const list = popup.getByTestId('page-notes');
    const card = list.locator('li.note', { hasText: LIBRARIES });
    await card.getByRole('button', { name: /^Edit note/ }).click();
    await card.getByLabel('Comment').fill('Which two?');
    await card.getByLabel('Blue').check();
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Which two?').waitFor();
    expect((await allNotes(popup)).find((n) => n.quote === LIBRARIES)).toMatchObject({ comment: 'Which two?', colour: 'blue' });
    await paintedAs(page, LIBRARIES, 'crosscheck-note-blue');

    await card.getByRole('button', { name: /^Show on the page/ }).click();
    await eventually(async () => page.evaluate(() => (CSS.highlights.has('crosscheck-note-focus') ? true : undefined)), { what: 'the note flashed' });

    await card.getByRole('button', { name: /^Delete note/ }).click();
    await card.waitFor({ state: 'detached' });
    expect((await allNotes(popup)).some((n) => n.quote === LIBRARIES)).toBe(false);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await list.locator('li.note', { hasText: LIBRARIES }).waitFor();
    expect((await allNotes(popup)).find((n) => n.quote === LIBRARIES)).toMatchObject({ comment: 'Which two?', colour: 'blue' });
    await paintedAs(page, LIBRARIES, 'crosscheck-note-blue');
    await popup.close();
    await page.close();
  });

  it('opens the editor when the background forwards the context-menu command', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url(ARTICLE));
    await addNoteButton(page, 'Opposition members argued');
    const tabId = await tabIdOf(h, page);
    const popup = await openExtensionPage(h, 'popup.html');
    const reply = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'notes/startNote', payload: {} }), tabId);
    expect(reply).toEqual({ ok: true, value: { started: true } });
    await ui(page).getByRole('dialog', { name: 'New note' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('saves a note whose save starts while the service worker is stopped', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url(ARTICLE));
    const quote = 'shortly after midnight on Thursday';
    await (await addNoteButton(page, quote)).click();
    const editor = ui(page).getByRole('dialog', { name: 'New note' });
    await editor.getByLabel('Comment').fill('Saved across a restart');

    await h.ext.stopWorker();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await paintedAs(page, quote, 'crosscheck-note-yellow');

    const popup = await openExtensionPage(h, 'popup.html');
    const saved = (await allNotes(popup)).filter((n) => n.quote === quote);
    expect(saved.map((n) => n.comment)).toEqual(['Saved across a restart']);
    await popup.close();
    await page.close();
  });

  it('follows history navigation: each URL gets its own notes, painted again on the way back', async () => {
    const page = await h.ext.context.newPage();
    await page.route('**/spa/**', (route) => route.fulfill({ contentType: 'text/html', body: SPA_PAGE }));
    await page.goto(h.server.url('/spa/first'));
    const bridge = 'the bridge will open in May';
    const ferry = 'the ferry will stop running in June';
    await (await addNoteButton(page, bridge)).click();
    await ui(page).getByRole('dialog', { name: 'New note' }).getByRole('button', { name: 'Save' }).click();
    await paintedAs(page, bridge, 'crosscheck-note-yellow');

    await page.evaluate(() => (window as unknown as { go(path: string): void }).go('/spa/second'));
    await eventually(async () => ((await noteHighlights(page)).length === 0 ? true : undefined), { what: 'the first page\'s note unpainted' });
    await (await addNoteButton(page, ferry)).click();
    await ui(page).getByRole('dialog', { name: 'New note' }).getByRole('button', { name: 'Save' }).click();
    await paintedAs(page, ferry, 'crosscheck-note-yellow');

    const popup = await openExtensionPage(h, 'popup.html');
    const stored = await allNotes(popup);
    expect(stored.find((n) => n.quote === bridge)?.url).toBe(h.server.url('/spa/first'));
    expect(stored.find((n) => n.quote === ferry)?.url).toBe(h.server.url('/spa/second'));
    await popup.close();

    await page.goBack();
    await paintedAs(page, bridge, 'crosscheck-note-yellow');
    expect((await noteHighlights(page)).map((p) => p.text)).toEqual([bridge]);
    await page.close();
  });

  it('finds a note in content that arrives after the page loaded', async () => {
    const page = await h.ext.context.newPage();
    let visits = 0;
    await page.route('**/late.html', (route) => route.fulfill({ contentType: 'text/html', body: latePage(visits++ === 0 ? 0 : 1_500) }));
    await page.goto(h.server.url('/late.html'));
    const quote = 'arrived after the page had loaded';
    await (await addNoteButton(page, quote)).click();
    await ui(page).getByRole('dialog', { name: 'New note' }).getByRole('button', { name: 'Save' }).click();
    await paintedAs(page, quote, 'crosscheck-note-yellow');

    await page.reload();
    await paintedAs(page, quote, 'crosscheck-note-yellow');
    expect(visits).toBe(2);
    await page.close();
  });

  it('exports all notes, and a fresh profile imports them and paints them on the page', async () => {
    const popup = await openExtensionPage(h, 'popup.html?view=all');
    const expected = await allNotes(popup);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const panel = popup.getByTestId('all-notes');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      panel.getByRole('group', { name: 'Export all notes' }).getByRole('button', { name: 'JSON' }).click(),
    ]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'crosscheck-notes', version: 1 });
    expect(file.notes).toHaveLength(expected.length);
    await popup.close();

    // A fresh profile, reading the same fixture server (the same page URLs).
    const ext = await launchWithExtension(CHROME_BUILD);
    const fresh: Harness = { ext, server: h.server, close: () => ext.close() };
    try {
      const other = await openExtensionPage(fresh, 'popup.html?view=all');
      expect(await allNotes(other)).toEqual([]);
      await other.getByLabel(/Notes file/).setInputFiles(path);
      await other.getByText(`Imported ${expected.length} notes`).waitFor();
      const imported = await allNotes(other);
      expect(imported.map((n) => [n.id, n.quote, n.comment, n.colour]).sort()).toEqual(expected.map((n) => [n.id, n.quote, n.comment, n.colour]).sort());
      for (const note of expected) await other.getByTestId('all-notes').locator(`li[data-note-id="${note.id}"]`).waitFor();
      await other.close();

      const page = await fresh.ext.context.newPage();
      await page.goto(h.server.url(ARTICLE));
      await paintedAs(page, AMENDMENT, 'crosscheck-note-green');
      await paintedAs(page, LIBRARIES, 'crosscheck-note-blue');
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});
