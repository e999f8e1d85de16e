import { stem } from '@/lib/text/stem';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { placeTermOf } from './entities';
import { wordTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** Verbs of a transfer seen from its two ends: who sells, who buys. Porter stems. */
const DIRECTIONS: readonly [readonly string[], readonly string[]][] = [
  [['sell', 'sold', 'export'], ['buy', 'bui', 'bought', 'purchas', 'import']],
  [['lend', 'lent'], ['borrow']],
  [['give', 'gave', 'given', 'donat'], ['receiv', 'got', 'obtain']],
];

/** Any word of a transfer, for a cheap first look. */
const DIRECTION_RE = /\b(?:sell|sold|export|buy|bought|purchas|import|lend|lent|borrow|giv|gave|donat|receiv|got|obtain)/i;

/** The side (pair index * 2 + end) of a stem, or -1. */
function sideOf(stemmed: string): number {
  for (let i = 0; i < DIRECTIONS.length; i++) {
    for (let end = 0; end < 2; end++) if (DIRECTIONS[i]![end]!.some((s) => stemmed === s || (s.length > 4 && stemmed.startsWith(s)))) return i * 2 + end;
  }
  return -1;
}

/**
 * The doer of the transfer verb at `at`: the last name before it ("Japan is buying ...", "the NYT
 * said Ares Leaks had given it ..."), when one comes within a few words of the sentence's start or
 * of the verb.
 */
function doer(f: SentenceFeatures, at: number): string | null {
  const before = f.facts.entities.filter((e) => e.end <= at);
  const last = before[before.length - 1];
  if (!last || (last.start > 40 && at - last.end > 40)) return null;
  const word = last.text.toLowerCase().replace(/'s$/, '');
  const term = placeTermOf(word.split(/\s+/)[0]!);
  return term ? wordTerm(term) || term : word;
}

/**
 * One doer, the transfer seen from the other end: "Japan is selling weapons to the US" against
 * "Japan is buying weapons from the US". The same transfer told from its other party ("The US is
 * selling weapons to Japan") has another doer and is left alone.
 */
export function reversedDirection(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  if (!DIRECTION_RE.test(page.text) || !DIRECTION_RE.test(corpus.text)) return null;
  const sides = (f: SentenceFeatures) => f.tokens.map((t) => ({ side: sideOf(stem(t.norm)), raw: t.raw, start: t.start })).filter((x) => x.side >= 0);
  const p = sides(page);
  if (!p.length) return null;
  const c = sides(corpus);
  for (const x of p) {
    const other = c.find((y) => y.side >> 1 === x.side >> 1);
    if (!other || other.side === x.side || c.some((y) => y.side === x.side)) continue;
    const d = doer(page, x.start);
    if (!d || d !== doer(corpus, other.start)) return null;
    return { kind: 'polarity', page: x.raw, corpus: other.raw };
  }
  return null;
}
