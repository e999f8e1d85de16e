/**
 * Page budgets (DESIGN.md, issue 4), measured in one headless Chromium run with the built extension:
 * the content script's size, the gate on a page that is not an article, the whole pipeline on a
 * 2,000-word article side by side with Readability's parse of the same page (on a bare page, and in
 * the furniture of a typical news site, which costs Readability more and matching nothing), and
 * 1,000 highlights painted. The content script's durations are read through an extension page ('claims/timings'),
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
import { claimHeavyArticle, frontPage, newsArticle, type Furniture } from './page-fixtures';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

const BUDGET = { contentKb: 100, gateMs: 2, pipelineRatio: 1.5, paintMs: 16, highlights: 1_000 };

/** The pipeline on one kind of article page, side by side with Readability's parse of the same pages (medians over the runs). */
export interface PipelineFigures {
  /** Elements on the page. */
  elements: number;
  articleWords: number;
  articleSentences: number;
  articleClaims: number;
  pipelineMs: number;
  readabilityMs: number;
  ratio: number;
  /** The page's own work (run by run: gate, draft, extract, segment, locate and paint): the pipeline without waiting for the background. */
  ownWorkMs: number;
  /**
   * The pipeline's steps. `match` is the round trip to the background, from the draft's request (sent
   * before extraction, so that matching runs alongside it) to the last reply; `matcher` the matcher's
   * own time inside it, `messaging` the rest (run by run: match - matcher). `paused` is the time the
   * page had the main thread back in between; `wait` what the whole (`total`) holds besides the page's
   * own work (run by run): waiting for the verdicts once the page is done, and the hand-overs between steps.
   */
  steps: Record<StepName, number>;
}

export interface PageBenchResult {
  contentScriptBytes: number;
  gateMs: number;
  /** A 2,000-word article on a bare page (a headline, a few links, two comments). */
  bare: PipelineFigures;
  /** The same length of article in the furniture of a typical news site. */
  furnished: PipelineFigures;
  /**
   * The first article after the background was stopped (as the browser stops it when idle): the
   * whole pipeline (with starting the background and loading the corpus) and the matcher's own time,
   * its code not yet optimised by the engine (medians).
   */
  coldStart: { pipelineMs: number; matcherMs: number };
  painted: number;
  paintMs: number;
  painter: string;
}

type StepName = 'gate' | 'draft' | 'extract' | 'segment' | 'match' | 'matcher' | 'messaging' | 'locate' | 'paused' | 'paint' | 'wait';
const STEPS: StepName[] = ['gate', 'draft', 'extract', 'segment', 'match', 'matcher', 'messaging', 'locate', 'paused', 'paint', 'wait'];
type OwnStep = 'gate' | 'draft' | 'extract' | 'segment' | 'locate' | 'paint';
const OWN: OwnStep[] = ['gate', 'draft', 'extract', 'segment', 'locate', 'paint'];

/** The 2,000-word articles are generated from these seeds on: one seed per visit. */
const FIRST_SEED = 1_000;
/** Visits to an article after the background was stopped. */
const COLD_RUNS = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function benchPage(options: { runs?: number } = {}): Promise<PageBenchResult> {
  const runs = options.runs ?? 11;
  buildExtension('chrome');
  const contentScriptBytes = statSync(resolve(CHROME_BUILD, 'content-scripts/crosscheck.js')).size;

  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const corpus = loadBundledCorpus();
  const words: Record<Furniture, number[]> = { bare: [], full: [] };
  // One more article than measured runs: the first visit builds the background's matcher.
  for (let i = 0; i <= runs; i++) {
    for (const furniture of ['bare', 'full'] as const) {
      const news = newsArticle(corpus, 2_000, FIRST_SEED + (furniture === 'full' ? runs + 1 : 0) + i, furniture);
      if (i > 0) words[furniture].push(news.words);
      writeFileSync(join(dir, `article-${furniture}-${i}.html`), news.html);
    }
  }
  for (let i = 0; i < COLD_RUNS; i++) writeFileSync(join(dir, `article-cold-${i}.html`), newsArticle(corpus, 2_000, FIRST_SEED - 1 - i, 'full').html);
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

    /** The whole pipeline vs Readability alone, on the same loaded page, one after the other; another article each run. */
    function collector(furniture: Furniture) {
      const totals: number[] = [];
      const ownWork: number[] = [];
      const baseline: number[] = [];
      const sentences: number[] = [];
      const claims: number[] = [];
      let elements = 0;
      const steps = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<StepName, number[]>;
      return {
        async visit(i: number): Promise<void> {
          const { list, timings } = await visit(`/article-${furniture}-${i}.html`, 'painted');
          totals.push(timings.total!);
          sentences.push(timings.sentences ?? 0);
          claims.push(list.claims.length);
          const own = OWN.reduce((sum, step) => sum + (timings[step] ?? 0), 0);
          ownWork.push(own);
          for (const step of STEPS) {
            if (step === 'messaging') steps.messaging.push((timings.match ?? 0) - (timings.matcher ?? 0));
            else if (step === 'wait') steps.wait.push(timings.total! - own - (timings.paused ?? 0));
            else steps[step].push(timings[step] ?? 0);
          }
          baseline.push(await readabilityParse(page));
          elements = await page.evaluate(() => document.getElementsByTagName('*').length);
        },
        figures(): PipelineFigures {
          const pipelineMs = median(totals);
          const readabilityMs = median(baseline);
          return {
            elements,
            articleWords: median(words[furniture]),
            articleSentences: median(sentences),
            articleClaims: median(claims),
            pipelineMs,
            readabilityMs,
            ratio: pipelineMs / readabilityMs,
            ownWorkMs: median(ownWork),
            steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])) as PipelineFigures['steps'],
          };
        },
      };
    }
    await visit('/article-bare-0.html', 'painted'); // builds the background's matcher once
    // The two kinds of page in turn, so that neither gets a matcher warmed up by more visits.
    const kinds = { bare: collector('bare'), full: collector('full') };
    for (let i = 1; i <= runs; i++) for (const kind of i % 2 ? (['bare', 'full'] as const) : (['full', 'bare'] as const)) await kinds[kind].visit(i);
    const bare = kinds.bare.figures();
    const furnished = kinds.full.figures();

    // The first article after the background idled and was stopped.
    const cold = { totals: [] as number[], matcher: [] as number[] };
    for (let i = 0; i < COLD_RUNS; i++) {
      await ext.stopWorker();
      const { timings } = await visit(`/article-cold-${i}.html`, 'painted');
      cold.totals.push(timings.total!);
      cold.matcher.push(timings.matcher ?? 0);
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

    const coldStart = { pipelineMs: median(cold.totals), matcherMs: median(cold.matcher) };
    const result: PageBenchResult = { contentScriptBytes, gateMs: median(gates), bare, furnished, coldStart, painted, paintMs: median(paints), painter };
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
  console.log('Page (headless Chromium, built extension)');
  console.log(`  content script ${kb.toFixed(1)} KB minified [${mark(kb <= BUDGET.contentKb)} <= ${BUDGET.contentKb} KB]`);
  console.log(`  gate on a page that is not an article ${r.gateMs.toFixed(2)} ms [${mark(r.gateMs <= BUDGET.gateMs)} <= ${BUDGET.gateMs} ms]`);
  for (const [name, f] of [['on a bare page', r.bare], ['in the furniture of a typical news site', r.furnished]] as const) {
    const s = f.steps;
    console.log(
      `  ${f.articleWords}-word articles ${name} (${f.elements} elements; another each run; ${f.articleSentences} sentences, ${f.articleClaims} claims painted): ` +
        `pipeline ${f.pipelineMs.toFixed(1)} ms vs Readability alone ${f.readabilityMs.toFixed(1)} ms = ${f.ratio.toFixed(2)}x [${mark(f.ratio <= BUDGET.pipelineRatio)} <= ${BUDGET.pipelineRatio}x]`,
    );
    console.log(
      `    the page's own work ${f.ownWorkMs.toFixed(1)} ms = ${(f.ownWorkMs / f.readabilityMs).toFixed(2)}x Readability: gate ${s.gate.toFixed(1)}, ` +
        `draft ${s.draft.toFixed(1)}, extract ${s.extract.toFixed(1)}, segment ${s.segment.toFixed(1)}, locate ${s.locate.toFixed(1)}, paint ${s.paint.toFixed(1)} ms` +
        (s.paused > 0 ? `; page turns in between ${s.paused.toFixed(1)} ms` : ''),
    );
    console.log(
      `    meanwhile in the background, from the draft's request on: match (round trip) ${s.match.toFixed(1)} = matcher ${s.matcher.toFixed(1)} + messaging ${s.messaging.toFixed(1)} ms; ` +
        `the page waits ${s.wait.toFixed(1)} ms for the verdicts once its own work is done`,
    );
  }
  console.log(
    `  the first article after the background idled and was stopped (typical furniture): pipeline ${r.coldStart.pipelineMs.toFixed(1)} ms, ` +
      `of which matching ${r.coldStart.matcherMs.toFixed(1)} ms`,
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
