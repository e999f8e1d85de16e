import type { SentenceVerdict } from '../matcher/types';
import { isPaintable, type Claim } from '../claims/types';
import { segmentSentences } from '../text/segment';
import { MATCH_BATCH, MAX_MATCH_SENTENCES, MAX_SENTENCE_CHARS } from '../claims/limits';
import { draftIndexOf } from './draft-index';
import { locateSentencesSliced } from './sentence-ranges';
import { noPause, type Pause } from './slicing';

/** The article as extraction gives it. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
  /** The day the page says it was published (YYYY-MM-DD): its "yesterday" is then a day. */
  published?: string;
}

export interface ClaimPipeline {
  isArticle(doc: Document): boolean;
  extract(doc: Document): ArticleText | null;
  /**
   * Verdicts for up to MATCH_BATCH sentences, one per sentence, in order, and the matcher's own time
   * when known (the rest of the round trip is messaging). With `only`, just those sentences (by
   * index) are judged; the others are their context and answer null.
   */
  match(sentences: string[], published?: string, only?: number[]): Promise<MatchBatch>;
  /**
   * The article as the live page shows it, read cheaply before extraction (see ./draft): its sentences
   * are matched while extraction runs, and extraction's sentences take their verdicts from there.
   */
  draft?(doc: Document): ArticleText | null;
  now(): number;
  /** Called between units of work; may give the page a turn (see ./slicing). Never yields when omitted. */
  pause?: Pause;
  /** Where the sentences are looked for on the live page, in turn (see locateSentencesSliced); the body when omitted. */
  locateRoots?(doc: Document): Node[];
  /** Called once the page is known to be an article, before extraction: whatever matching needs can get ready meanwhile. */
  ready?(): void;
}

export interface MatchBatch {
  /** One per sentence, in order; null for a sentence with nothing to paint. */
  verdicts: (SentenceVerdict | null)[];
  /** ms the matcher itself spent on the batch. */
  matchMs?: number;
}

export interface StepTimings {
  gate: number;
  /** Reading the draft of the article off the live page (when the pipeline has a draft step). */
  draft?: number;
  extract?: number;
  segment?: number;
  /** From sending the first match request (the draft's, when there is one) to the last verdicts received. */
  match?: number;
  /** The matcher's own time inside that round trip (summed over batches), when the matcher reports it. */
  matcher?: number;
  locate?: number;
  /** Time the page had the main thread back in between (a long page is read in slices), summed. */
  paused?: number;
}

export interface LocatedClaim extends Claim {
  range: Range;
}

export type ArticleClaims =
  | { article: false; timings: StepTimings }
  | { article: true; title: string; words: number; sentences: number; claims: LocatedClaim[]; timings: StepTimings };

/** The sentences sent for matching: the headline first, then every sentence of every paragraph. */
export function articleSentences(article: ArticleText): string[] {
  const out: string[] = [];
  const add = (text: string) => {
    if (out.length < MAX_MATCH_SENTENCES && text.length <= MAX_SENTENCE_CHARS) out.push(text);
  };
  const title = article.title.trim();
  const first = article.paragraphs[0]?.trim() ?? '';
  if (title && !first.startsWith(title)) add(title);
  for (const paragraph of article.paragraphs) {
    for (const sentence of segmentSentences(paragraph)) add(sentence.text);
  }
  return out;
}

/**
 * Gate → extraction → sentences → matching → the claims located in the live DOM, in reading order.
 * Nothing after the gate runs on a page that is not an article.
 */
export async function findArticleClaims(doc: Document, steps: ClaimPipeline): Promise<ArticleClaims> {
  let t = steps.now();
  const lap = () => {
    const now = steps.now();
    const elapsed = now - t;
    t = now;
    return elapsed;
  };
  // Every turn given to the page is timed: it is part of the whole, and of no step but locating.
  const given = steps.pause ?? noPause;
  let pausedMs = 0;
  const pause: Pause = () => {
    const turn = given();
    if (!turn) return;
    const from = steps.now();
    return turn.then(() => {
      pausedMs += steps.now() - from;
    });
  };
  const isArticle = steps.isArticle(doc);
  const timings: StepTimings = { gate: lap() };
  if (!isArticle) return { article: false, timings };

  // The draft's sentences leave for matching at once, and are matched while extraction runs.
  let matchStart = steps.now();
  let matchEnd = matchStart;
  const settle = <T>(reply: Promise<T>) =>
    reply.then((value) => {
      matchEnd = steps.now();
      return value;
    });
  const draft = steps.draft ? steps.draft(doc) : null;
  const drafted = draft ? articleSentences(draft) : [];
  const early = drafted.length ? settle(matchInBatches(drafted, (batch) => steps.match(batch, draft?.published))) : null;
  // Whatever happens meanwhile, a failed match is not left unhandled (it fails the run when awaited).
  early?.catch(() => undefined);
  if (steps.draft) timings.draft = lap();
  if (!early) steps.ready?.();

  // A pause is waited for only when it yields: one that does not (the slice is not used up) costs no
  // turn of the microtask queue, in which other work queued on the page would run first.
  let paused = pause();
  if (paused) await paused;
  t = steps.now();
  const article = steps.extract(doc);
  timings.extract = lap();
  if (!article || !doc.body) return { article: false, timings };

  paused = pause();
  if (paused) await paused;
  t = steps.now();
  const sentences = articleSentences(article);
  timings.segment = lap();

  if (sentences.length === 0) return { article: true, title: article.title, words: countWords(article.paragraphs), sentences: 0, claims: [], timings };

  // The requests leave first; while the background matches, every sentence is found on the live page
  // (live ranges follow any change). Only building the claims is left for when the verdicts arrive.
  // Sentences the draft had take its verdicts; the others are judged in the context of the article.
  const reuse = early && (draft?.published ?? null) === (article.published ?? null) ? draftIndexOf(drafted, sentences) : null;
  if (!early) matchStart = steps.now();
  const missing = reuse ? new Set(reuse.flatMap((at, i) => (at === null ? [i] : []))) : null;
  const ask = (batch: string[], only?: number[]) => steps.match(batch, article.published, only);
  const rest = missing?.size === 0 ? null : settle(matchInBatches(sentences, ask, missing ?? undefined));
  const pending = Promise.all([reuse ? early : null, rest]).then(([drafts, own]) => combine(sentences.length, reuse, drafts, own));
  pending.catch(() => undefined);
  const words = countWords(article.paragraphs);
  t = steps.now();
  const everywhere = await locateSentencesSliced(steps.locateRoots?.(doc) ?? doc.body, sentences, pause);
  timings.locate = lap();
  const { verdicts, matcherMs } = await pending;
  timings.match = matchEnd - matchStart;
  if (matcherMs !== null) timings.matcher = matcherMs;
  timings.paused = pausedMs;

  const claims: LocatedClaim[] = [];
  for (const { index, range } of everywhere) {
    const verdict = verdicts[index];
    if (!verdict || !isPaintable(verdict)) continue;
    claims.push({
      index: claims.length,
      text: sentences[index]!,
      verdict: verdict.verdict,
      score: verdict.score,
      evidence: verdict.evidence,
      differences: verdict.differences,
      range,
    });
  }
  return { article: true, title: article.title, words, sentences: sentences.length, claims, timings };
}

interface Matched {
  verdicts: (SentenceVerdict | null)[];
  /** The matcher's own time summed over the replies, or null when a reply does not say. */
  matcherMs: number | null;
}

/**
 * Verdicts for all sentences, asked for MATCH_BATCH at a time (so that no message is huge); every
 * batch is sent at once, and the replies are checked: one verdict per sentence. With `only`, just
 * those sentences are judged (a batch with none of them is not sent; the rest answer null).
 */
async function matchInBatches(sentences: string[], match: (batch: string[], only?: number[]) => Promise<MatchBatch>, only?: ReadonlySet<number>): Promise<Matched> {
  const asked: { from: number; batch: string[]; only?: number[] }[] = [];
  for (let from = 0; from < sentences.length; from += MATCH_BATCH) {
    const batch = sentences.slice(from, from + MATCH_BATCH);
    if (!only) {
      asked.push({ from, batch });
      continue;
    }
    const within = batch.flatMap((_, i) => (only.has(from + i) ? [i] : []));
    if (within.length) asked.push({ from, batch, only: within });
  }
  const replies = await Promise.all(asked.map(({ batch, only: within }) => (within ? match(batch, within) : match(batch))));
  const verdicts = new Array<SentenceVerdict | null>(sentences.length).fill(null);
  let matcherMs: number | null = 0;
  replies.forEach((reply, i) => {
    const { from, batch } = asked[i]!;
    const answered = Array.isArray(reply?.verdicts) ? reply.verdicts.length : 0;
    if (answered !== batch.length) throw new Error(`The matcher answered ${answered} verdicts for ${batch.length} sentences`);
    reply.verdicts.forEach((verdict, j) => (verdicts[from + j] = verdict));
    const ms = reply.matchMs;
    matcherMs = matcherMs !== null && typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? matcherMs + ms : null;
  });
  return { verdicts, matcherMs };
}

/** The article's verdicts: from the draft's where `reuse` places a sentence there, else its own. */
function combine(count: number, reuse: (number | null)[] | null, drafts: Matched | null, own: Matched | null): Matched {
  const verdicts = Array.from({ length: count }, (_, i) => {
    const at = reuse?.[i];
    return at !== undefined && at !== null ? (drafts?.verdicts[at] ?? null) : (own?.verdicts[i] ?? null);
  });
  const parts = [drafts, own].filter((m): m is Matched => m !== null);
  const matcherMs = parts.some((m) => m.matcherMs === null) ? null : parts.reduce((sum, m) => sum + m.matcherMs!, 0);
  return { verdicts, matcherMs };
}

const WORD = /\S+/g;

function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.match(WORD)?.length ?? 0;
  return words;
}
