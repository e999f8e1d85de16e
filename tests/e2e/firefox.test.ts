import { basename, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/lib/build';
import { findFirefox, FIREFOX_HINT, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { DEFAULT_PAGE } from '../../scripts/demo/args';
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

  it('paints nothing on a page that is not an article', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(paintedCounts)).toEqual({});
    await page.close();
  });
});
