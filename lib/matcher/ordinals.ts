import type { SentenceFeatures } from './features';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/**
 * Things counted in order in news prose: "for the first time", "in the third quarter", "the second
 * round". An ordinal is read only before one of these nouns, right after "the", so that "first"
 * as an adverb ("first tried out") or in a name is left alone.
 */
const ORDERED_NOUNS = new Set([
  'time', 'quarter', 'half', 'round', 'day', 'week', 'month', 'year', 'term', 'phase', 'stage', 'wave', 'batch',
  'attempt', 'visit', 'meeting', 'summit', 'test', 'launch', 'session', 'season', 'edition', 'consecutive',
]);

export interface Ordinal {
  text: string;
  value: number;
  noun: string;
}

/** A quick look for an ordinal word before the sentence's tokens are read. */
const ORDINAL_RE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s/;

const cache = new WeakMap<SentenceFeatures, readonly Ordinal[]>();

/** The ordinals of a sentence with the noun they order ("the second time" → 2, "time"), read once. */
export function ordinalsOf(f: SentenceFeatures): readonly Ordinal[] {
  let out = cache.get(f);
  if (out) return out;
  const found: Ordinal[] = [];
  if (!ORDINAL_RE.test(f.text)) {
    cache.set(f, found);
    return found;
  }
  const tokens = f.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const value = ORDINAL_WORDS[tokens[i]!.norm];
    if (value === undefined || tokens[i]!.capitalized) continue;
    const prev = tokens[i - 1]!.norm;
    if (prev !== 'the' && prev !== 'its' && prev !== 'their' && prev !== 'a') continue;
    const noun = tokens[i + 1]!.norm;
    if (ORDERED_NOUNS.has(noun)) found.push({ text: `${tokens[i]!.raw} ${tokens[i + 1]!.raw}`, value, noun });
  }
  out = found.length ? found : [];
  cache.set(f, out);
  return out;
}
