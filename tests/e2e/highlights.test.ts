import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsList } from '../../lib/messaging/messages/content-claims';
import { askBackground, askTab as askTabFrom, claimsOf as claimsFrom, eventually, openExtensionPage, startHarness, tabIdOf, type Harness } from './harness';

let h: Harness;
/** An extension page used to talk to content scripts, as the popup does. */
let probe: Page;

beforeAll(async () => {
  h = await startHarness();
  probe = await openExtensionPage(h, 'popup.html');
});

afterAll(async () => {
  await h?.close();
});

const askTab = <T>(tabId: number, type: string, payload: unknown = {}) => askTabFrom<T>(probe, tabId, type, payload);
const claimsOf = (tabId: number, state: ClaimsList['state'] = 'painted', urlIs?: (url: string) => boolean) => claimsFrom(probe, tabId, state, urlIs);

interface PaintedRange {
  kind: string;
  text: string;
  inArticle: boolean;
  connected: boolean;
}

/** What the page's highlight registry holds, read from the page's own world. */
function painted(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: PaintedRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      const kind = /^crosscheck-(corroborated|divergent)$/.exec(name)?.[1];
      if (!kind) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        out.push({
          kind,
          text: range.toString().replace(/\s+/g, ' ').trim(),
          inArticle: Boolean(document.querySelector('article')?.contains(range.commonAncestorContainer)),
          connected: range.startContainer.isConnected,
        });
      }
    }
    return out;
  });
}

/** The text inside the (closed) shadow root of the claim card, read with the DevTools protocol. */
async function cardText(cdp: CDPSession): Promise<string | null> {
  type DomNode = { nodeName: string; nodeType: number; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null => {
    if (node.nodeName === 'CROSSCHECK-CLAIMS-UI') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const texts: string[] = [];
  const collect = (node: DomNode) => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
    for (const child of node.children ?? []) collect(child);
  };
  // The card is the shadow root's last child; the first ones are its style and the live region.
  const card = shadow.children?.at(-1);
  if (card) collect(card);
  const text = texts.join(' ').replace(/\s+/g, ' ').trim();
  return text || null;
}

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(path));
  return { page, tabId: await tabIdOf(h, page) };
}

describe('claim highlights in Chromium', () => {
  it('paints the article’s corroborated and divergent sentences, with the right kind, and nothing around it', async () => {
    const { page, tabId } = await open('/okinawa-missiles.html');
    const list = await claimsOf(tabId);
    const ranges = await painted(page);

    // The page's registry holds exactly what the content script reports, once each.
    expect(ranges).toHaveLength(list.claims.length);
    expect(list.counts.corroborated + list.counts.divergent).toBe(list.claims.length);
    expect(ranges.every((r) => r.inArticle)).toBe(true);

    const kindOf = (start: string) => ranges.find((r) => r.text.startsWith(start))?.kind;
    expect(kindOf('"Our armaments are a show of force')).toBe('corroborated');
    expect(kindOf('Tokyo also sent a warship')).toBe('corroborated');
    expect(kindOf('On June 6, Japan')).toBe('divergent');
    expect(kindOf('With the war in Ukraine')).toBe('divergent');
    // A sentence spread over <em> and <a> is painted whole, from its first word to its full stop.
    expect(ranges.find((r) => r.text.startsWith('Created in 2021'))).toMatchObject({
      kind: 'divergent',
      text: 'Created in 2021, the young regiment and its roving missile batteries occupy a hilltop base on the island of Okinawa that can be seen for miles.',
    });
    // Local colour the corpus does not speak of is left alone; so are the comments, though one quotes the article.
    expect(kindOf('Fishermen in the harbour')).toBeUndefined();
    expect(ranges.some((r) => r.text.includes('kenji_t') || r.text.includes('Fair enough'))).toBe(false);

    const divergent = list.claims.find((c) => c.text.startsWith('On June 6'))!;
    expect(divergent.differences.length).toBeGreaterThan(0);
    expect(divergent.evidence.outlet).toBeTruthy();
    // Highlights never change the page's DOM.
    expect(await page.locator('crosscheck-mark').count()).toBe(0);
    await page.close();
  });

  it('paints a headline set apart from the article’s paragraphs, which is judged once extraction has found it', async () => {
    // The draft read before extraction holds the paragraphs (the <article>); the headline, in a
    // <header> of its own, reaches the matcher only with extraction, in the article's context, and is
    // looked for outside the article, among the page's headings.
    const { page, tabId } = await open('/headline-apart.html');
    const list = await claimsOf(tabId);
    const ranges = await painted(page);
    const headline = 'Japan is buying expensive weapon systems from the US like the F-35B stealth fighter and Tomahawk cruise missiles';
    expect(list.claims.find((c) => c.text === headline)).toMatchObject({ verdict: 'corroborated' });
    expect(ranges.find((r) => r.text === headline)).toMatchObject({ kind: 'corroborated', inArticle: false, connected: true });
    // The paragraphs keep the verdicts they get anywhere else.
    expect(ranges.find((r) => r.text.startsWith('Tokyo also sent a warship'))?.kind).toBe('corroborated');
    expect(ranges.find((r) => r.text.startsWith('Fishermen in the harbour'))).toBeUndefined();
    await page.close();
  });

  it('counts "yesterday" from the day the page says it was published', async () => {
    // Published on 8 June 2025: "yesterday" is 7 June, and the corpus has the talks on June 6.
    const { page, tabId } = await open('/tariff-talks-dated.html');
    const list = await claimsOf(tabId);
    const talks = list.claims.find((c) => c.text.startsWith("Japan's trade envoy"));
    expect(talks).toMatchObject({ verdict: 'divergent', differences: [{ kind: 'date', page: 'yesterday (June 7, 2025)', corpus: 'June 6' }] });
    await page.close();
  });

  it('opens the evidence card on hover, in a closed shadow root, and closes it with Escape', async () => {
    const { page, tabId } = await open('/okinawa-missiles.html');
    const list = await claimsOf(tabId);
    const claim = list.claims.find((c) => c.text.startsWith('On June 6'))!;
    const cdp = await h.ext.context.newCDPSession(page);

    const box = await page.evaluate((start) => {
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Iterable<Range>) {
          if (!range.toString().startsWith(start)) continue;
          (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
        }
      }
      return null;
    }, 'On June 6');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);

    const text = await eventually(() => cardText(cdp).then((t) => t ?? undefined), { what: 'the claim card' });
    expect(text).toContain('Divergent');
    expect(text).toContain(claim.evidence.outlet);
    expect(text).toContain(claim.evidence.sentence.slice(0, 40));
    for (const d of claim.differences) {
      expect(text).toContain(d.page.trim());
      expect(text).toContain(d.corpus.trim());
    }
    // The page cannot reach into the card.
    expect(await page.evaluate(() => document.querySelector('crosscheck-claims-ui')?.shadowRoot ?? null)).toBeNull();

    await page.keyboard.press('Escape');
    await eventually(async () => ((await cardText(cdp)) === null ? true : undefined), { what: 'the card to close' });
    await cdp.detach();
    await page.close();
  });

  it('moves between claims with Alt+Shift+N and Alt+Shift+P, opening each one’s card', async () => {
    const { page, tabId } = await open('/okinawa-missiles.html');
    const list = await claimsOf(tabId);
    const cdp = await h.ext.context.newCDPSession(page);
    const total = list.claims.length;

    await page.keyboard.press('Alt+Shift+N');
    const first = await eventually(() => cardText(cdp).then((t) => (t?.includes(`Claim 1 of ${total}`) ? t : undefined)), { what: 'claim 1' });
    expect(first).toContain(list.claims[0]!.evidence.outlet);
    await page.keyboard.press('Alt+Shift+N');
    await eventually(() => cardText(cdp).then((t) => (t?.includes(`Claim 2 of ${total}`) ? t : undefined)), { what: 'claim 2' });
    await page.keyboard.press('Alt+Shift+P');
    await page.keyboard.press('Alt+Shift+P');
    await eventually(() => cardText(cdp).then((t) => (t?.includes(`Claim ${total} of ${total}`) ? t : undefined)), { what: 'the last claim' });
    // The focused claim is marked for the eye too, and scrolled into view.
    const focus = await page.evaluate(() => {
      const range = [...((CSS.highlights.get('crosscheck-focus') as unknown as Iterable<Range>) ?? [])][0];
      if (!range) return null;
      const r = range.getBoundingClientRect();
      return { text: range.toString(), visible: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(focus?.text.replace(/\s+/g, ' ')).toBe(list.claims.at(-1)!.text);
    expect(focus?.visible).toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('lists the claims in the popup; choosing one scrolls the page to it', async () => {
    const { page, tabId } = await open('/okinawa-missiles.html');
    const list = await claimsOf(tabId);
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    const items = popup.locator('[data-testid="claim-list"] li');
    await eventually(async () => ((await items.count()) === list.claims.length ? true : undefined), { what: 'the popup list' });
    const counts = await popup.getByTestId('claim-counts').textContent();
    expect(counts).toContain(`${list.counts.corroborated} corroborated`);
    expect(counts).toContain(`${list.counts.divergent} divergent`);

    expect(await page.evaluate(() => scrollY)).toBe(0);
    const last = list.claims.length - 1;
    await items.nth(last).locator('button').click();
    await eventually(async () => ((await page.evaluate(() => scrollY)) > 0 ? true : undefined), { what: 'the page to scroll' });
    const inView = await page.evaluate((start) => {
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Iterable<Range>) {
          if (range.toString().startsWith(start)) {
            const r = range.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }
        }
      }
      return false;
    }, list.claims[last]!.text.slice(0, 30));
    expect(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('paints nothing on a page that is not an article', async () => {
    const { page, tabId } = await open('/plain.html');
    const list = await claimsOf(tabId, 'not-article');
    expect(list.claims).toEqual([]);
    expect(await painted(page)).toEqual([]);
    await page.close();
  });

  it('paints an article that arrives after the page has loaded', async () => {
    const { page, tabId } = await open('/late-article.html');
    const list = await claimsOf(tabId);
    const texts = list.claims.map((c) => c.text);
    expect(texts).toContain('Geely Holding owns multiple automotive brands including Geely Auto, Zeekr and Volvo.');
    expect(list.claims.find((c) => c.text.includes('Guangzhou'))?.verdict).toBe('divergent');
    expect((await painted(page)).map((r) => r.text).sort()).toEqual([...texts].sort());
    await page.close();
  });

  it('paints the new story after a history-API navigation, with no highlight left from the old one', async () => {
    const { page, tabId } = await open('/spa-news.html');
    const before = await claimsOf(tabId);
    expect(before.claims.some((c) => c.text.startsWith('Ares Leaks'))).toBe(true);

    await page.click('#next');
    const after = await claimsOf(tabId, 'painted', (url) => url.includes('story=2'));
    const ranges = await painted(page);
    expect(after.claims.some((c) => c.text.startsWith('Ares Leaks'))).toBe(false);
    expect(after.claims.map((c) => c.text)).toContain('Geely Holding owns multiple automotive brands including Geely Auto, Zeekr and Volvo.');
    expect(ranges).toHaveLength(after.claims.length);
    expect(ranges.every((r) => r.connected && r.inArticle)).toBe(true);
    expect(new Set(ranges.map((r) => r.text)).size).toBe(ranges.length);

    // Back again: the first story is painted again, once.
    await page.goBack();
    const back = await claimsOf(tabId, 'painted', (url) => !url.includes('story=2'));
    expect(back.claims.some((c) => c.text.startsWith('Ares Leaks'))).toBe(true);
    expect((await painted(page)).length).toBe(back.claims.length);
    await page.close();
  });

  it('clears the page when the reader switches the site off, and paints again when it is switched on', async () => {
    const { page, tabId } = await open('/okinawa-missiles.html');
    await claimsOf(tabId);
    const host = new URL(page.url()).hostname;
    try {
      expect(await askBackground(probe, 'site/set', { host, enabled: false })).toMatchObject({ ok: true });
      expect(await askTab(tabId, 'claims/refresh')).toMatchObject({ ok: true, value: { state: 'off' } });
      expect(await painted(page)).toEqual([]);
      expect(await askBackground(probe, 'claims/summary', { tabId })).toMatchObject({ ok: true, value: { counts: { corroborated: 0, divergent: 0 } } });
    } finally {
      await askBackground(probe, 'site/set', { host, enabled: true });
    }
    expect(await askTab(tabId, 'claims/refresh')).toMatchObject({ ok: true, value: { state: 'painted' } });
    expect((await painted(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
