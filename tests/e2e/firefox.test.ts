import { basename, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/lib/build';
import { findFirefox, FIREFOX_HINT, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { DEFAULT_PAGE } from '../../scripts/demo/args';
import { placeNear } from '../../components/page/notes/position';
import { BUTTON_SIZE } from '../../components/page/notes/styles';
import { eventually, FIXTURES } from './harness';

// The page's own view of the Custom Highlight API, read with page.evaluate.
declare const CSS: { highlights: Map<string, { size: number }> };

let firefox: FirefoxWithExtension;
let server: StaticServer;
let demo: StaticServer;

beforeAll(async () => {
  if (!findFirefox()) throw new Error(`The Firefox smoke test needs Firefox. ${FIREFOX_HINT}`);
  const dir = buildExtension('firefox');
  server = await serveFolder(FIXTURES);
  demo = await serveFolder(dirname(DEFAULT_PAGE));
  firefox = await launchFirefoxWithExtension(dir);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await demo?.close();
});

/** How many ranges each Crosscheck highlight holds on the page. */
const paintedCounts = () =>
  Object.fromEntries([...CSS.highlights.entries()].filter(([name]) => name.startsWith('crosscheck-')).map(([name, h]) => [name, h.size]));

describe('Firefox build', () => {
  it('paints corroborated and divergent claims on an article page, with verdicts from the background', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(demo.url(`/${basename(DEFAULT_PAGE)}`));
    const counts = await eventually(
      async () => {
        const c = (await page.evaluate(paintedCounts)) as Record<string, number>;
        return (c['crosscheck-corroborated'] ?? 0) > 0 && (c['crosscheck-divergent'] ?? 0) > 0 ? c : undefined;
      },
      { timeout: 20_000, what: 'claim highlights in Firefox' },
    );
    expect(counts['crosscheck-corroborated']).toBeGreaterThan(0);
    await page.close();
  });

  it('saves a note through the page UI, in the background\'s storage, and paints it again after a reload', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/council-budget.html'));
    const quote = 'Their amendment was defeated by 27 votes to 19.';
    const noteHighlight = () =>
      page.evaluate((wanted) => {
        for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights) {
          if (!name.startsWith('crosscheck-note-') || name === 'crosscheck-note-focus') continue;
          for (const range of highlight) if (range.toString() === wanted) return name;
        }
        return null;
      }, quote);

    // Select the sentence as the reader would, and press the "Add note" button where it shows, next to
    // the selection (its shadow root is closed: it is found by its place, as the reader finds it).
    const selectQuote = () =>
      page.evaluate((wanted) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
          const rects = range.getClientRects();
          const last = rects[rects.length - 1]!;
          return { left: last.left, top: last.top, width: last.width, height: last.height, vw: innerWidth, vh: innerHeight };
        }
        throw new Error(`"${wanted}" is not on the page`);
      }, quote);
    await eventually(
      async () => {
        const box = await selectQuote();
        // The button shows once the selection has settled.
        await new Promise((r) => setTimeout(r, 600));
        const at = placeNear(box, BUTTON_SIZE, { width: box.vw, height: box.vh });
        await page.mouse.click(at.left + BUTTON_SIZE.width / 2, at.top + BUTTON_SIZE.height / 2);
        // The editor takes the focus: its comment field is focused inside the notes UI's host.
        return (await page.evaluate(() => document.activeElement?.tagName === 'CROSSCHECK-NOTES-UI')) ? true : undefined;
      },
      { what: 'the note editor', timeout: 20_000 },
    );
    await page.keyboard.type('Noted in Firefox');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await eventually(async () => ((await noteHighlight()) === 'crosscheck-note-yellow' ? true : undefined), { what: 'the note painted' });

    await page.reload();
    await eventually(async () => ((await noteHighlight()) === 'crosscheck-note-yellow' ? true : undefined), {
      what: 'the note painted after a reload',
      timeout: 20_000,
    });
    await page.close();
  });

  it('paints nothing on a page that is not an article', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(paintedCounts)).toEqual({});
    await page.close();
  });
});
