/**
 * Page budgets (DESIGN.md, issue 4), measured in one headless Chromium run with the built extension:
 * the content script's size, the gate on a page that is not an article, the whole pipeline on a
 * 2,000-word article side by side with Readability's parse of the same page, and 1,000 highlights
 * painted. The content script's durations are read through an extension page ('claims/timings'),
 * never exposed to the page. Every measured visit is to another page (another seed of the same
 * generator, the same length), so that nothing kept from an earlier visit can make a run cheap.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBundledCorpus } from '../../lib/corpus/load';
import type { ClaimsList, ClaimsTimings } from '../../lib/messaging/messages/content-claims';
import { buildExtension, CHROME_BUILD } from '../lib/build';
import { launchWithExtension } from '../lib/chromium';
import { serveFolder } from '../lib/serve';
import { readabilityParse } from './readability';
import { claimHeavyArticle, frontPage, newsArticle } from './page-fixtures';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

const BUDGET = { contentKb: 100, gateMs: 2, pipelineRatio: 1.5, paintMs: 16, highlights: 1_000 };

export interface PageBenchResult {
  contentScriptBytes: number;
  gateMs: number;
  /** Medians over the articles visited. */
  articleWords: number;
  articleSentences: number;
  articleClaims: number;
  pipelineMs: number;
  readabilityMs: number;
  ratio: number;
  /** The pipeline less the matcher's own time in the background (run by run): what the rest of the extension costs. */
  withoutMatcherMs: number;
  /**
   * The pipeline's steps (medians). `match` is the round trip to the background; `matcher` the
   * matcher's own time inside it, `messaging` the rest (run by run: match - matcher). `paused` is the
   * time the page had the main thread back in between; `rest` what the whole (`total`) holds besides
   * gate, extract, segment, match and paint (run by run): pauses outside locating, locating when it
   * outlasts the round trip, and the hand-overs between steps.
   */
  steps: Record<StepName, number>;
  painted: number;
  paintMs: number;
  painter: string;
}

type StepName = 'gate' | 'extract' | 'segment' | 'match' | 'matcher' | 'messaging' | 'locate' | 'paused' | 'paint' | 'rest';
const STEPS: StepName[] = ['gate', 'extract', 'segment', 'match', 'matcher', 'messaging', 'locate', 'paused', 'paint', 'rest'];

/** The 2,000-word articles are generated from these seeds on: one seed per visit. */
const FIRST_SEED = 1_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function benchPage(options: { runs?: number } = {}): Promise<PageBenchResult> {
  const runs = options.runs ?? 7;
  buildExtension('chrome');
  const contentScriptBytes = statSync(resolve(CHROME_BUILD, 'content-scripts/crosscheck.js')).size;

  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const corpus = loadBundledCorpus();
  const words: number[] = [];
  // One more article than measured runs: the first visit builds the background's matcher.
  for (let i = 0; i <= runs; i++) {
    const news = newsArticle(corpus, 2_000, FIRST_SEED + i);
    if (i > 0) words.push(news.words);
    writeFileSync(join(dir, `article-${i}.html`), news.html);
  }
  for (let i = 0; i < runs; i++) writeFileSync(join(dir, `front-${i}.html`), frontPage(400, i));
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `claims-${i}.html`), claimHeavyArticle(corpus, 1_200, i));

  const server = await serveFolder(dir);
  const ext = await launchWithExtension(CHROME_BUILD, { headless: true });
  try {
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const page = await ext.context.newPage();
    await page.bringToFront();
    const tabId: number = await (await ext.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);

    const ask = <T>(type: string) =>
      probe.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: t, payload: {} }).catch(() => undefined), [tabId, type] as const) as Promise<
        { ok: true; value: T } | { ok: false } | undefined
      >;

    /** Loads a page and waits for the content script to settle; returns its list and timings. */
    async function visit(path: string, settled: ClaimsList['state'], timeout = 60_000): Promise<{ list: ClaimsList; timings: ClaimsTimings }> {
      await page.goto(server.url(path));
      const deadline = Date.now() + timeout;
      for (;;) {
        const list = await ask<ClaimsList>('claims/list');
        if (list?.ok && list.value.state === settled && list.value.url === page.url()) {
          const timings = await ask<ClaimsTimings | null>('claims/timings');
          if (timings?.ok && timings.value && timings.value.url === page.url()) return { list: list.value, timings: timings.value };
        }
        if (Date.now() > deadline) throw new Error(`${path}: the content script did not reach "${settled}"`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    // Gate on a page that is not an article.
    const gates: number[] = [];
    for (let i = 0; i < runs; i++) gates.push((await visit(`/front-${i}.html`, 'not-article')).timings.gate);

    // The whole pipeline vs Readability alone, on the same loaded page, one after the other; another article each run.
    await visit('/article-0.html', 'painted'); // builds the background's matcher once
    const totals: number[] = [];
    const withoutMatcher: number[] = [];
    const baseline: number[] = [];
    const sentences: number[] = [];
    const claims: number[] = [];
    const steps = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<StepName, number[]>;
    for (let i = 1; i <= runs; i++) {
      const { list, timings } = await visit(`/article-${i}.html`, 'painted');
      totals.push(timings.total!);
      withoutMatcher.push(timings.total! - (timings.matcher ?? 0));
      sentences.push(timings.sentences ?? 0);
      claims.push(list.claims.length);
      const t = (step: 'gate' | 'extract' | 'segment' | 'match' | 'paint') => timings[step] ?? 0;
      for (const step of STEPS) {
        if (step === 'messaging') steps.messaging.push(t('match') - (timings.matcher ?? 0));
        else if (step === 'rest') steps.rest.push(timings.total! - t('gate') - t('extract') - t('segment') - t('match') - t('paint'));
        else steps[step].push(timings[step] ?? 0);
      }
      baseline.push(await readabilityParse(page));
    }

    // 1,000 highlights and more.
    const paints: number[] = [];
    let painted = 0;
    let painter = '';
    for (let i = 0; i < 3; i++) {
      const { timings } = await visit(`/claims-${i}.html`, 'painted', 120_000);
      paints.push(timings.paint!);
      painted = timings.painted ?? 0;
      painter = timings.painter ?? '';
    }

    const pipelineMs = median(totals);
    const readabilityMs = median(baseline);
    const result: PageBenchResult = {
      contentScriptBytes,
      gateMs: median(gates),
      articleWords: median(words),
      articleSentences: median(sentences),
      articleClaims: median(claims),
      pipelineMs,
      readabilityMs,
      ratio: pipelineMs / readabilityMs,
      withoutMatcherMs: median(withoutMatcher),
      steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])) as PageBenchResult['steps'],
      painted,
      paintMs: median(paints),
      painter,
    };
    print(result);
    return result;
  } finally {
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(r: PageBenchResult): void {
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
  const kb = r.contentScriptBytes / 1024;
  const s = r.steps;
  console.log('Page (headless Chromium, built extension)');
  console.log(`  content script ${kb.toFixed(1)} KB minified [${mark(kb <= BUDGET.contentKb)} <= ${BUDGET.contentKb} KB]`);
  console.log(`  gate on a page that is not an article ${r.gateMs.toFixed(2)} ms [${mark(r.gateMs <= BUDGET.gateMs)} <= ${BUDGET.gateMs} ms]`);
  console.log(
    `  ${r.articleWords}-word articles, another each run (${r.articleSentences} sentences, ${r.articleClaims} claims painted): pipeline ${r.pipelineMs.toFixed(1)} ms ` +
      `vs Readability alone ${r.readabilityMs.toFixed(1)} ms = ${r.ratio.toFixed(2)}x [${mark(r.ratio <= BUDGET.pipelineRatio)} <= ${BUDGET.pipelineRatio}x]`,
  );
  console.log(
    `    steps: gate ${s.gate.toFixed(1)}, extract ${s.extract.toFixed(1)}, segment ${s.segment.toFixed(1)}, ` +
      `match (round trip) ${s.match.toFixed(1)} = matcher ${s.matcher.toFixed(1)} + messaging ${s.messaging.toFixed(1)}, ` +
      `locate (while matching) ${s.locate.toFixed(1)}, paint ${s.paint.toFixed(1)} ms; ` +
      `page turns in between ${s.paused.toFixed(1)}, total less the steps ${s.rest.toFixed(1)} ms`,
  );
  console.log(
    `    without the matcher's own time ${r.withoutMatcherMs.toFixed(1)} ms = ${(r.withoutMatcherMs / r.readabilityMs).toFixed(2)}x Readability`,
  );
  console.log(
    `  ${r.painted} highlights painted (${r.painter}) ${r.paintMs.toFixed(2)} ms [${mark(r.painted >= BUDGET.highlights && r.paintMs <= BUDGET.paintMs)} <= ${BUDGET.paintMs} ms for ${BUDGET.highlights}]`,
  );
}

// Run directly: `npx tsx scripts/bench/page.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchPage().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
