import type { SentenceVerdict } from '../matcher/types';
import { isPaintable, type Claim } from '../claims/types';
import { segmentSentences } from '../text/segment';
import { MAX_MATCH_SENTENCES, MAX_SENTENCE_CHARS } from '../claims/limits';
import { locateSentences } from './sentence-ranges';

/** The article as extraction gives it. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
}

export interface ClaimPipeline {
  isArticle(doc: Document): boolean;
  extract(doc: Document): ArticleText | null;
  match(sentences: string[]): Promise<SentenceVerdict[]>;
  now(): number;
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
  const isArticle = steps.isArticle(doc);
  const timings: StepTimings = { gate: lap() };
  if (!isArticle) return { article: false, timings };

  const article = steps.extract(doc);
  timings.extract = lap();
  if (!article || !doc.body) return { article: false, timings };

  const sentences = articleSentences(article);
  timings.segment = lap();

  if (sentences.length === 0) return { article: true, title: article.title, words: countWords(article.paragraphs), sentences: 0, claims: [], timings };

  // While the background matches, find every sentence on the live page (live ranges follow any change).
  const matchStart = steps.now();
  let matchEnd = matchStart;
  const pending = steps.match(sentences).then((verdicts) => {
    matchEnd = steps.now();
    return verdicts;
  });
  const everywhere = locateSentences(doc.body, sentences);
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

function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.split(/\s+/).filter(Boolean).length;
  return words;
}
