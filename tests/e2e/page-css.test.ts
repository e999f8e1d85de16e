import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSS_FILE, pageCss } from '../../components/page/page-css';
import { CHROME_BUILD } from '../../scripts/lib/build';
import { eventually, FIXTURES, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** The names of Crosscheck's claim highlights in the page's registry, once something is painted. */
function paintedNames(page: Page): Promise<string[]> {
  return eventually(
    () =>
      page.evaluate(() => {
        const names = [...CSS.highlights.keys()].filter((n) => /^crosscheck-(corroborated|divergent)/.test(n));
        return names.length ? names.sort() : undefined;
      }),
    { timeout: 20_000, what: 'painted claims' },
  );
}

/** A screenshot of the first painted claim's box, with the highlights in place and then without them. */
async function withAndWithout(page: Page, name: string): Promise<[Buffer, Buffer]> {
  const box = await page.evaluate((n) => {
    const range = [...(CSS.highlights.get(n) as unknown as Iterable<Range>)][0]!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, name);
  const clip = { x: Math.max(0, box.x), y: Math.max(0, box.y), width: Math.max(8, box.width), height: Math.max(8, box.height + 4) };
  const painted = await page.screenshot({ clip });
  await page.evaluate(() => CSS.highlights.clear());
  const plain = await page.screenshot({ clip });
  return [painted, plain];
}

describe('the page style sheet', () => {
  it('is listed next to the content script, so the browser loads it with the page', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
    const entry = manifest.content_scripts.find((s) => s.js?.includes('content-scripts/crosscheck.js'));
    expect(entry?.css).toEqual([PAGE_CSS_FILE]);
    expect(readFileSync(join(CHROME_BUILD, PAGE_CSS_FILE), 'utf8')).toBe(pageCss());
  });

  it('draws the claims of a light page, and adds no sheet to the page to do it', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/okinawa-missiles.html'));
    expect(await paintedNames(page)).toEqual(['crosscheck-corroborated', 'crosscheck-divergent']);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const [painted, plain] = await withAndWithout(page, 'crosscheck-corroborated');
    expect(painted.equals(plain)).toBe(false);
    await page.close();
  });

  it('draws the claims of a dark page under the dark names', async () => {
    const page = await h.ext.context.newPage();
    const html = readFileSync(join(FIXTURES, 'okinawa-missiles.html'), 'utf8').replace(
      '</head>',
      '<style>html, body, article, p { background: #121212 !important; color: #e8e8e8 !important; }</style></head>',
    );
    await page.route('**/dark-article.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(h.server.url('/dark-article.html'));
    expect(await paintedNames(page)).toEqual(['crosscheck-corroborated-dark', 'crosscheck-divergent-dark']);
    const [painted, plain] = await withAndWithout(page, 'crosscheck-divergent-dark');
    expect(painted.equals(plain)).toBe(false);
    await page.close();
  });
});
