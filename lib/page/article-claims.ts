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
}

export interface ClaimPipeline {
  isArticle(doc: Document): boolean;
  extract(doc: Document): ArticleText | null;
  /** Verdicts for up to MATCH_BATCH sentences, one per sentence, in order. */
  match(sentences: string[]): Promise<SentenceVerdict[]>;
  now(): number;
  /** Called between units of work; may give the page a turn (see ./slicing). Never yields when omitted. */
  pause?: Pause;
  /** Where the sentences are looked for on the live page; the body when omitted. */
  locateRoot?(doc: Document): Node | null;
}

export interface StepTimings {
  gate: number;
  extract?: number;
  segment?: number;
  match?: number;
  locate?: number;
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
  const pause = steps.pause ?? noPause;
  const isArticle = steps.isArticle(doc);
  const timings: StepTimings = { gate: lap() };
  if (!isArticle) return { article: false, timings };

  await pause();
  t = steps.now();
  const article = steps.extract(doc);
  timings.extract = lap();
  if (!article || !doc.body) return { article: false, timings };

  await pause();
  t = steps.now();
  const sentences = articleSentences(article);
  timings.segment = lap();

  if (sentences.length === 0) return { article: true, title: article.title, words: countWords(article.paragraphs), sentences: 0, claims: [], timings };

  // While the background matches (in batches, so that no message is huge), find every sentence on
  // the live page (live ranges follow any change).
  const matchStart = steps.now();
  let matchEnd = matchStart;
  const pending = matchInBatches(sentences, steps.match).then((verdicts) => {
    matchEnd = steps.now();
    return verdicts;
  });
  // Whatever happens to the page meanwhile, a failed match is not left unhandled while locating.
  pending.catch(() => undefined);
  t = steps.now();
  const everywhere = await locateSentencesSliced(steps.locateRoot?.(doc) ?? doc.body, sentences, pause);
  timings.locate = lap();
  const verdicts = await pending;
  timings.match = matchEnd - matchStart;
  lap();

  const located = everywhere.filter(({ index }) => index < verdicts.length && isPaintable(verdicts[index]!));
  const claims: LocatedClaim[] = located.map(({ index, range }, order) => {
    const verdict = verdicts[index]! as SentenceVerdict & Pick<Claim, 'verdict' | 'evidence'>;
    return {
      index: order,
      text: sentences[index]!,
      verdict: verdict.verdict,
      score: verdict.score,
      evidence: verdict.evidence,
      differences: verdict.differences,
      range,
    };
  });
  return { article: true, title: article.title, words: countWords(article.paragraphs), sentences: sentences.length, claims, timings };
}

/** Verdicts for all sentences, asked for MATCH_BATCH at a time, one batch after another. */
async function matchInBatches(sentences: string[], match: ClaimPipeline['match']): Promise<SentenceVerdict[]> {
  const verdicts: SentenceVerdict[] = [];
  for (let from = 0; from < sentences.length; from += MATCH_BATCH) {
    const batch = sentences.slice(from, from + MATCH_BATCH);
    const reply = await match(batch);
    if (reply.length !== batch.length) throw new Error(`The matcher answered ${reply.length} verdicts for ${batch.length} sentences`);
    verdicts.push(...reply);
  }
  return verdicts;
}

function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.split(/\s+/).filter(Boolean).length;
  return words;
}
