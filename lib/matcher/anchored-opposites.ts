import { stem } from '@/lib/text/stem';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { Token } from '@/lib/text/tokenize';
import { sidesOfStem } from './polarity';

/** Words on each side of an outcome word that tell what it is said of. */
const WINDOW = 6;
/** Words the two outcome words must share around them to be said of the same thing. */
const MIN_SHARED = 2;

interface Outcome {
  /** Token index. */
  at: number;
  /** 2i or 2i+1: the side of pair i it stands on (see sidesOfStem). */
  side: number;
  stemmed: string;
}

function outcomes(stems: readonly string[]): Outcome[] {
  const out: Outcome[] = [];
  stems.forEach((stemmed, at) => {
    for (const side of sidesOfStem(stemmed)) out.push({ at, side, stemmed });
  });
  return out;
}

/** The words around a token (numbers included, function words left out), stemmed. */
function around(tokens: readonly Token[], stems: readonly string[], at: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, at - WINDOW); i <= Math.min(tokens.length - 1, at + WINDOW); i++) {
    const norm = tokens[i]!.norm;
    if (i !== at && norm.length > 1 && !STOPWORDS.has(norm) && /^[\p{L}\p{N}]/u.test(norm)) out.add(stems[i]!);
  }
  return out;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Opposite outcome words said of the same thing, where a sentence holds both sides of a pair
 * ("assets rose by 30 percent" against "assets fell by 30 percent, though the pipeline was meant to
 * expand trade"): each outcome word of one sentence is paired with the word of the same pair, in
 * the other, whose surroundings it shares most. When the closest pairing of all sets opposites side
 * by side on at least MIN_SHARED words, and no pairing of like words is as close, the sentences
 * state opposite outcomes: the two stems, page first. Null otherwise.
 */
export function anchoredOpposites(pageTokens: readonly Token[], corpusTokens: readonly Token[]): [string, string] | null {
  const pageStems = pageTokens.map((t) => stem(t.norm));
  const corpusStems = corpusTokens.map((t) => stem(t.norm));
  const onPage = outcomes(pageStems);
  if (!onPage.length) return null;
  const inCorpus = outcomes(corpusStems);
  if (!inCorpus.length) return null;
  let best: { score: number; opposite: boolean; page: string; corpus: string } | null = null;
  let tied = false;
  for (const p of onPage) {
    const pairOf = p.side >> 1;
    const pageAround = around(pageTokens, pageStems, p.at);
    for (const c of inCorpus) {
      if (c.side >> 1 !== pairOf) continue;
      const score = shared(pageAround, around(corpusTokens, corpusStems, c.at));
      const opposite = c.side !== p.side;
      if (!best || score > best.score) {
        best = { score, opposite, page: p.stemmed, corpus: c.stemmed };
        tied = false;
      } else if (score === best.score && opposite !== best.opposite) tied = true;
    }
  }
  return best && best.opposite && !tied && best.score >= MIN_SHARED ? [best.page, best.corpus] : null;
}
