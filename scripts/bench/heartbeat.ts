/**
 * How long a page's own script is held up: a 10 ms interval in the page notes the longest gap between
 * two of its ticks. Anything that blocks the page's main thread (the page itself, or a content script
 * working on it) shows as a gap. Used by the huge-page bench and end-to-end tests.
 */
import type { Page } from 'playwright-core';

interface Heartbeat {
  longest: number;
  stop(): number;
}

/** Starts the heartbeat once the page is quiet (two frames and a tick after its own work). */
export async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        let last = performance.now();
        let longest = 0;
        const timer = setInterval(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }, 10);
        (window as unknown as { crosscheckHeartbeat: Heartbeat }).crosscheckHeartbeat = {
          get longest() {
            return longest;
          },
          stop() {
            clearInterval(timer);
            return longest;
          },
        };
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => ((longest = 0), settled()), 50)));
      }),
  );
}

/** Waits for the rendering that follows the work (two frames and a moment), stops the heartbeat and returns the longest gap in ms. */
export async function stopHeartbeat(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
  return page.evaluate(() => (window as unknown as { crosscheckHeartbeat: Heartbeat }).crosscheckHeartbeat.stop());
}

/** How long the page is held up by adding a style sheet (any sheet, anyone's): the browser's restyle of the page. */
export async function restyleCost(page: Page): Promise<number> {
  await startHeartbeat(page);
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(restyle-probe) { background-color: transparent; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    (window as unknown as { probeSheet: CSSStyleSheet }).probeSheet = sheet;
  });
  const cost = await stopHeartbeat(page);
  await page.evaluate(() => {
    const sheet = (window as unknown as { probeSheet: CSSStyleSheet }).probeSheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
  return cost;
}
