import { stem } from '@/lib/text/stem';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

/** "less busy", "fewer ships": a degree below. */
const LESS_RE = /\b(?:less|fewer)\s+([a-z]{3,})\b/gi;
/** "more busy", "increasingly busy", "ever more busy": a degree above. */
const MORE_RE = /\b(?:more|increasingly|ever\s+more)\s+([a-z]{3,})\b/gi;

function degrees(text: string, re: RegExp): { words: string; stem: string }[] {
  if (!/\b(?:less|fewer|more|increasingly)\b/i.test(text)) return [];
  // "more than 400" bounds a figure (compared as a figure): only a quality or a thing counted is a degree.
  return [...text.matchAll(re)].filter((m) => !STOPWORDS.has(m[1]!.toLowerCase())).map((m) => ({ words: m[0], stem: stem(m[1]!.toLowerCase()) }));
}

/**
 * The same quality said to grow on one side and to shrink on the other ("are expected to become
 * less busy" against "are expected to become increasingly busy"): opposite claims.
 */
export function compareComparatives(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  for (const [below, above, pageBelow] of [
    [degrees(page.text, LESS_RE), degrees(corpus.text, MORE_RE), true],
    [degrees(corpus.text, LESS_RE), degrees(page.text, MORE_RE), false],
  ] as const) {
    for (const b of below) {
      const a = above.find((x) => x.stem === b.stem);
      if (!a) continue;
      out.differences.push(pageBelow ? { kind: 'polarity', page: b.words, corpus: a.words } : { kind: 'polarity', page: a.words, corpus: b.words });
      return true;
    }
  }
  return false;
}
