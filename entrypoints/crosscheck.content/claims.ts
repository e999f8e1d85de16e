import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import type { ClaimsList, ClaimsState, ClaimsTimings } from '@/lib/messaging/messages/content-claims';
import type { PageReport } from '@/lib/messaging/messages/page';
import { LIMITS } from '@/lib/messaging/limits';
import { countClaims } from '@/lib/claims/summary';
import { createPainter } from '@/lib/highlight/painter';
import { themeOf } from '@/lib/highlight/theme';
import { findArticleClaims, type LocatedClaim } from '@/lib/page/article-claims';
import { draftArticle } from '@/lib/page/draft';
import { extractArticle } from '@/lib/page/extract';
import { readPage, type PageReading } from '@/lib/page/page-reading';
import { articleRoots } from '@/lib/page/readable-copy';
import { isArticleDocument, isEligibleUrl } from '@/lib/page/gate';
import { timeSlicer } from '@/lib/page/slicing';
import { siteOf } from '@/lib/url/normalize';
import { createClaimsInteraction } from './claims-interaction';
import type { ContentMessages } from './messages';
import { createClaimsUi } from './claims-ui';
import { watchPage } from './claims-watch';

/** Runs for stale claims per URL at most, so a page that keeps replacing its article cannot keep us busy. */
const MAX_STALE_RUNS = 5;

export interface ClaimsDeps {
  background: BackgroundClient;
  /** Tells the background what the page is (the popup's page status). */
  report(report: PageReport): Promise<unknown>;
  /** The content script's message listener, which this feature provides handlers to. */
  messages: ContentMessages;
}

/**
 * Claims on the live page: gate → extraction → matching (in the background) → painting, hover card and
 * keyboard. Runs again after a history-API navigation, when a late article appears or when the page
 * replaces the painted text; everything is undone when the extension context goes away.
 */
export function startClaims(ctx: ContentScriptContext, { background, report, messages }: ClaimsDeps) {
  const painter = createPainter(document);
  const ui = createClaimsUi(document);
  let state: ClaimsState = 'pending';
  let url = location.href;
  let claims: LocatedClaim[] = [];
  let ranges: Range[] = [];
  /** The text of each painted range when it was painted, to notice when the page changes it. */
  let snapshots: string[] = [];
  let sentences = 0;
  let timings: ClaimsTimings | null = null;
  let generation = 0;
  let staleRuns = 0;
  let enabled = false;

  const interaction = createClaimsInteraction(ctx, {
    claims: () => claims,
    ranges: () => ranges,
    focusHighlight: (index) => painter.focus(index),
    ui,
  });
  const watcher = watchPage(ctx, document, {
    isStale: () => state === 'painted' && ranges.some((range, i) => isStale(range, snapshots[i]!)),
    rerun: (reason) => {
      // Looking for a late article is cheap (the gate) and bounded in time by the watcher.
      if (reason === 'article' || staleRuns++ < MAX_STALE_RUNS) void examine();
    },
  });

  function clear() {
    interaction.reset();
    watcher.quietly(() => painter.clear());
    claims = [];
    ranges = [];
    snapshots = [];
    sentences = 0;
  }

  async function siteEnabled(): Promise<boolean> {
    const host = siteOf(location.href);
    if (!host || !isEligibleUrl(location.href)) return false;
    // Over the port, which is then open (and the background awake) by the time there is an article to match.
    const reply = await background.request('site/get', { host });
    return reply.ok && reply.value.enabled;
  }

  /** One pass over the page as it is now. Results of a pass overtaken by another are dropped. */
  async function examine(): Promise<void> {
    const run = ++generation;
    const runUrl = location.href;
    state = 'working';
    const started = performance.now();
    // Read once for the run, when the page turns out to be an article: what draft, extraction and locating each need of the whole page.
    let reading: PageReading | null = null;
    const page = (doc: Document) => (reading ??= readPage(doc));
    try {
      const found = await findArticleClaims(document, {
        isArticle: isArticleDocument,
        extract: (doc) => extractArticle(doc, page(doc)),
        match: (list, published, only) =>
          background.call('claims/match', { url: runUrl.slice(0, LIMITS.url), sentences: list, ...(published ? { published } : {}), ...(only ? { only } : {}) }),
        // The article as the live page shows it is matched while the page extracts it.
        draft: (doc) => draftArticle(doc, page(doc)),
        // Without a draft, the background gets its matcher ready (on a worker just started, building it
        // takes longer than extracting) while the page extracts the article.
        ready: () => void background.request('claims/prepare', {}),
        now: () => performance.now(),
        // Long pages are read in slices: the page gets the main thread back between them.
        pause: timeSlicer(),
        locateRoots: (doc) => articleRoots(doc, page(doc)),
      });
      if (run !== generation || ctx.isInvalid) return;
      if (!found.article) {
        clear();
        timings = { url: runUrl, gate: found.timings.gate };
        watcher.watchForArticle();
        await report({ url: runUrl, title: document.title.slice(0, LIMITS.title), isArticle: false, words: 0 });
        if (run === generation) state = 'not-article';
        return;
      }
      interaction.reset();
      const paintStart = performance.now();
      const painted = watcher.quietly(() =>
        painter.paint(
          found.claims.map(({ range, verdict }) => ({ range, kind: verdict })),
          themeOf(found.claims[0]?.range.startContainer.parentElement ?? null),
        ),
      );
      const paintEnd = performance.now();
      claims = found.claims.filter((_, i) => painted[i]).map((claim, index) => ({ ...claim, index }));
      ranges = painted.filter((range): range is Range => range !== null);
      if (ranges.length > 0) interaction.listen();
      snapshots = ranges.map((range) => range.toString());
      sentences = found.sentences;
      timings = {
        url: runUrl,
        ...found.timings,
        paint: paintEnd - paintStart,
        total: paintEnd - started,
        sentences: found.sentences,
        painted: claims.length,
        painter: painter.mode,
      };
      watcher.watchForChanges();
      await Promise.all([
        report({ url: runUrl, title: (found.title || document.title).slice(0, LIMITS.title), isArticle: true, words: found.words }),
        background.request('claims/report', { url: runUrl.slice(0, LIMITS.url), counts: countClaims(claims) }),
      ]);
      // Settled only once the background knows too, so that whoever asks next gets one story.
      if (run === generation) state = 'painted';
    } catch {
      if (run !== generation) return;
      clear();
      state = 'error';
    }
  }

  async function refresh(): Promise<ClaimsState> {
    enabled = await siteEnabled();
    if (!enabled) {
      generation++;
      watcher.stop();
      clear();
      state = 'off';
      await background.request('claims/report', { url: location.href.slice(0, LIMITS.url), counts: { corroborated: 0, divergent: 0 } });
      return state;
    }
    staleRuns = 0;
    await examine();
    return state;
  }

  messages.provide({
    'claims/list': (): ClaimsList => ({
      url: location.href,
      state,
      sentences,
      counts: countClaims(claims),
      claims: claims.map(({ range: _range, ...claim }) => claim),
    }),
    'claims/scrollTo': ({ index }) => ({ found: interaction.focus(index, { scroll: true, open: true }) }),
    'claims/refresh': async () => ({ state: await refresh() }),
    'claims/timings': () => timings,
  });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // The event comes before the new URL is committed, and carries it. A page can dispatch an event of
    // this name too, but the properties it sets are not seen from here: such an event has no URL.
    const next = (event as Partial<typeof event>).newUrl?.href;
    if (!enabled || !next || next === url) return;
    url = next;
    generation++;
    staleRuns = 0;
    clear();
    state = 'pending';
    watcher.afterNavigation(() => void examine());
  });

  ctx.onInvalidated(() => {
    generation++;
    watcher.stop();
    interaction.reset();
    painter.destroy();
    ui.destroy();
  });

  return {
    /** The claims painted now, with their ranges in the live page. */
    painted: (): readonly LocatedClaim[] => claims,
    /** Checks the site switch and, when Crosscheck runs here, starts the first pass. Resolves to whether it runs. */
    async start(): Promise<boolean> {
      if (!(await siteEnabled()) || ctx.isInvalid) {
        state = 'off';
        return false;
      }
      enabled = true;
      void examine();
      return true;
    },
  };
}

/** A painted range no longer shows what it showed when painted: the page replaced or edited that text. */
function isStale(range: Range, painted: string): boolean {
  if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) return true;
  return range.toString() !== painted;
}
