import { stem } from '@/lib/text/stem';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { americanize, canonicalTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** Quantifiers over the whole of a group. */
const UNIVERSAL = new Set(['all', 'every', 'each']);
/** Quantifiers over part of a group ("many delegates", "some firms"). */
const PARTIAL = new Set(['many', 'most', 'some', 'several', 'numerous', 'countless', 'majority']);
/** How far after a quantifier the noun it counts may come ("many of the foreign delegates"). */
const NOUN_REACH = 4;

const termOf = (word: string) => canonicalTerm(stem(americanize(word)));

/** The quantifier of a sentence that counts `noun`, as written, when it is of a kind in `cues`. */
function quantifierOf(f: SentenceFeatures, noun: string, cues: ReadonlySet<string>): string | null {
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!cues.has(w) || tokens[i - 1]?.norm === 'not' || tokens[i - 1]?.norm === 'at') continue;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + NOUN_REACH); j++) {
      if (termOf(tokens[j]!.norm) === noun) return tokens[i]!.raw;
    }
  }
  return null;
}

/**
 * The whole of a group on one side against part of it on the other, for the same group: "every
 * delegate" against "many delegates", "all the firms" against "some firms". A plain plural with no
 * quantifier ("delegates exchanged contacts") says neither, so it is no difference.
 */
export function universalAgainstPartial(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  for (const [a, b, pageIsUniversal] of [
    [page, corpus, true],
    [corpus, page, false],
  ] as const) {
    for (const q of a.facts.quantifiers) {
      if (!UNIVERSAL.has(q.cue.toLowerCase()) || !q.noun) continue;
      const partial = quantifierOf(b, q.noun, PARTIAL);
      if (!partial || quantifierOf(b, q.noun, UNIVERSAL)) continue;
      return pageIsUniversal ? { kind: 'scope', page: q.cue, corpus: partial } : { kind: 'scope', page: partial, corpus: q.cue };
    }
  }
  return null;
}

/** Scope of a group: adds the difference to `out` when one side speaks of all of it and the other of part. */
export function compareExtent(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.some((d) => d.kind === 'scope')) return;
  const d = universalAgainstPartial(page, corpus);
  if (d) out.differences.push(d);
}
