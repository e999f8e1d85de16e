import type { SentenceVerdict } from '../matcher/types';
import { isPaintable, type Claim } from '../claims/types';
import { segmentSentences } from '../text/segment';
import { MATCH_BATCH, MAX_MATCH_SENTENCES, MAX_SENTENCE_CHARS } from '../claims/limits';
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
   * when known (the rest of the round trip is messaging).
   */
  match(sentences: string[], published?: string): Promise<MatchBatch>;
  now(): number;
  /** Called between units of work; may give the page a turn (see ./slicing). Never yields when omitted. */
  pause?: Pause;
  /** Where the sentences are looked for on the live page; the body when omitted. */
  locateRoot?(doc: Document): Node | null;
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
  extract?: number;
  segment?: number;
  /** From sending the first match request to the last verdicts received. */
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
  steps.ready?.();

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
  const matchStart = steps.now();
  let matchEnd = matchStart;
  const pending = matchInBatches(sentences, (batch) => steps.match(batch, article.published)).then((matched) => {
    matchEnd = steps.now();
    return matched;
  });
  // Whatever happens to the page meanwhile, a failed match is not left unhandled while locating.
  pending.catch(() => undefined);
  const words = countWords(article.paragraphs);
  t = steps.now();
  const everywhere = await locateSentencesSliced(steps.locateRoot?.(doc) ?? doc.body, sentences, pause);
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

/**
 * Verdicts for all sentences, asked for MATCH_BATCH at a time (so that no message is huge); every
 * batch is sent at once, and the replies are checked: one verdict per sentence. `matcherMs` sums the
 * matcher's own time over the batches, or is null when a reply does not say.
 */
async function matchInBatches(sentences: string[], match: (batch: string[]) => Promise<MatchBatch>): Promise<{ verdicts: (SentenceVerdict | null)[]; matcherMs: number | null }> {
  const batches: string[][] = [];
  for (let from = 0; from < sentences.length; from += MATCH_BATCH) batches.push(sentences.slice(from, from + MATCH_BATCH));
  const replies = await Promise.all(batches.map((batch) => match(batch)));
  const verdicts: (SentenceVerdict | null)[] = [];
  let matcherMs: number | null = 0;
  replies.forEach((reply, i) => {
    const asked = batches[i]!.length;
    const answered = Array.isArray(reply?.verdicts) ? reply.verdicts.length : 0;
    if (answered !== asked) throw new Error(`The matcher answered ${answered} verdicts for ${asked} sentences`);
    for (const verdict of reply.verdicts) verdicts.push(verdict);
    const ms = reply.matchMs;
    matcherMs = matcherMs !== null && typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? matcherMs + ms : null;
  });
  return { verdicts, matcherMs };
}

const WORD = /\S+/g;

function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.match(WORD)?.length ?? 0;
  return words;
}
