/**
 * The yardstick of the page budgets: Readability's parse of a loaded page alone, run in the page itself
 * (its own copy of the library, on a clone of the document, as Crosscheck's extraction does).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let source: string | null = null;

/** Milliseconds Readability takes to parse `page` as it is now. */
export async function readabilityParse(page: Page): Promise<number> {
  source ??= readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  await page.addScriptTag({ content: `${source}\n;window.__benchReadability = Readability;` });
  return page.evaluate(() => {
    const R = (window as unknown as { __benchReadability: new (doc: Document) => { parse(): unknown } }).__benchReadability;
    const t = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - t;
  });
}
