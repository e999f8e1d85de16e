/**
 * Corpus-scale budgets (DESIGN.md, issue 3): synthetic corpora of 1,000 and 10,000 articles,
 * generated here (never committed). For each: index build time, heap growth, median time to match
 * one 40-sentence article, and the 10k/1k ratio of matching times.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Corpus, CorpusArticle } from '../../lib/corpus/types';
import { createMatcher } from '../../lib/matcher/matcher';
import { serializeTerms } from '../../lib/matcher/term-index';
import { random } from './random';

export interface CorpusBenchRow {
  articles: number;
  sentences: number;
  buildMs: number;
  /** Heap added by building the matcher's index. */
  heapMb: number;
  /** Whole heap with the synthetic corpus itself. */
  totalHeapMb: number;
  matchMs: number;
  /** CPU time of the same runs: the figure to read when the machine is busy with other work. */
  matchCpuMs: number;
  /** Index build when the corpus carries its sentences' terms, as `npm run corpus` stores them. */
  storedBuildMs: number;
}

export interface CorpusBenchResult {
  rows: CorpusBenchRow[];
  ratio: number;
  cpuRatio: number;
}

const BUDGET = { buildMs: 30_000, matchMs: 50, heapMb: 200, ratio: 2 };
const SENTENCES_PER_ARTICLE = 40;

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sal', 'qui', 'ne', 'dor', 'pa', 'ust', 'bri', 'gan', 'el', 'tho', 'rin', 'sem'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'said', 'was', 'by', 'its', 'has'];

/** A news-like vocabulary with a Zipf distribution: a few common words, a long tail of rare ones and names. */
function vocabulary(rand: () => number, size: number) {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cdf = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) cdf[i] = total += 1 / (i + 1);
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function sentenceGenerator(seed: number) {
  const rand = random(seed);
  const word = vocabulary(rand, 40_000);
  const name = () => {
    const w = word();
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return () => {
    const n = 12 + Math.floor(rand() * 14);
    const parts: string[] = [name()];
    for (let i = 1; i < n; i++) {
      const r = rand();
      if (r < 0.3) parts.push(FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!);
      else if (r < 0.36) parts.push(name());
      else if (r < 0.39) parts.push(String(Math.floor(rand() * 5000)));
      else parts.push(word());
    }
    return `${parts.join(' ')}.`;
  };
}

export function syntheticCorpus(articles: number, seed = 7): Corpus {
  const sentence = sentenceGenerator(seed);
  const list: CorpusArticle[] = [];
  for (let i = 0; i < articles; i++) {
    const sentences = Array.from({ length: SENTENCES_PER_ARTICLE }, sentence);
    list.push({ id: `synthetic-${i}`, outlet: 'Synthetic Wire', title: sentences[0]!, source: 'Synthetic Wire', text: sentences.join(' '), sentences });
  }
  return { version: 1, articles: list };
}

/** A page of 40 sentences: half reworded corpus sentences (a word changed, a number changed), half new. */
export function pageArticle(corpus: Corpus, seed: number): string[] {
  const rand = random(seed);
  const fresh = sentenceGenerator(seed + 1000);
  const out: string[] = [];
  for (let i = 0; i < SENTENCES_PER_ARTICLE; i++) {
    if (i % 2) {
      out.push(fresh());
      continue;
    }
    const a = corpus.articles[Math.floor(rand() * corpus.articles.length)]!;
    const s = a.sentences[Math.floor(rand() * a.sentences.length)]!;
    const words = s.split(' ');
    words[1 + Math.floor(rand() * (words.length - 2))] = 'reportedly';
    out.push(words.join(' ').replace(/\d+/, (d) => String(Number(d) + 1)));
  }
  return out;
}

// A full collection before each reading, so the figures count live data only.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** JS heap plus typed-array storage (posting lists live outside the JS heap), after a full collection. */
function heapMb(): number {
  collect();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function benchOne(articles: number): CorpusBenchRow {
  const corpus = syntheticCorpus(articles);
  const before = heapMb();
  const matcher = createMatcher(corpus);
  let t = performance.now();
  matcher.match(['Warm up.']); // builds the index
  const buildMs = performance.now() - t;
  const after = heapMb();
  const heap = after - before;
  const times: number[] = [];
  const cpu: number[] = [];
  // The background keeps its matcher: time it warm, after two untimed articles.
  for (let run = 0; run < 2; run++) matcher.match(pageArticle(corpus, 90 + run));
  for (let run = 0; run < 9; run++) {
    const page = pageArticle(corpus, 100 + run);
    t = performance.now();
    const c = process.cpuUsage();
    matcher.match(page);
    times.push(performance.now() - t);
    cpu.push(process.cpuUsage(c).user / 1000);
  }
  const stored: Corpus = { ...corpus, index: serializeTerms(corpus) };
  t = performance.now();
  createMatcher(stored).match(['Warm up.']);
  const storedBuildMs = performance.now() - t;
  return {
    articles,
    sentences: articles * SENTENCES_PER_ARTICLE,
    buildMs,
    heapMb: heap,
    totalHeapMb: after,
    matchMs: median(times),
    matchCpuMs: median(cpu),
    storedBuildMs,
  };
}

/** Runs the corpus-scale benchmark and prints one line per figure with its budget. */
export function benchCorpus(sizes: readonly number[] = [1_000, 10_000]): CorpusBenchResult {
  const rows = sizes.map(benchOne);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const ratio = last.matchMs / first.matchMs;
  const cpuRatio = last.matchCpuMs / first.matchCpuMs;
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
  console.log('Corpus scale (synthetic articles of 40 sentences)');
  for (const r of rows) {
    console.log(`  ${r.articles} articles (${r.sentences} sentences): build ${r.buildMs.toFixed(0)} ms [${mark(r.buildMs <= BUDGET.buildMs)} <= ${BUDGET.buildMs}] (${r.storedBuildMs.toFixed(0)} ms from stored terms), ` +
      `index memory +${r.heapMb.toFixed(0)} MB [${mark(r.heapMb <= BUDGET.heapMb)} <= ${BUDGET.heapMb}] (heap with corpus ${r.totalHeapMb.toFixed(0)} MB), ` +
      `match one article ${r.matchMs.toFixed(1)} ms [${mark(r.matchMs <= BUDGET.matchMs)} <= ${BUDGET.matchMs}] (cpu ${r.matchCpuMs.toFixed(1)} ms)`);
  }
  console.log(`  match time ${last.articles}/${first.articles}: ${ratio.toFixed(2)}x [${mark(ratio <= BUDGET.ratio)} <= ${BUDGET.ratio}] (cpu ${cpuRatio.toFixed(2)}x)`);
  return { rows, ratio, cpuRatio };
}

if (import.meta.url === `file://${process.argv[1]}`) benchCorpus();
