import type { Token } from '@/lib/text/tokenize';
import type { SentenceFacts } from './fact-types';
import { STOPWORDS } from '@/lib/text/stopwords';
import { wordTerm } from './lexicon';
import { isPlural } from './scope';

type QuantifierCue = SentenceFacts['quantifiers'][number];

/** Quantifiers that say most of a group did something. */
const LARGE = new Set(['many', 'most', 'all', 'every', 'numerous', 'countless', 'majority']);
/** Quantifiers that say hardly any of a group did: the opposite claim. */
const SMALL = new Set(['few', 'none', 'nobody', 'minority']);
/** Words before a quantifier that change what it says ("a few" is some, "the most" a superlative, "at most" a bound). */
const NOT_QUANTIFYING_AFTER = new Set(['a', 'the', 'at', 'above', 'quite', 'very', 'so', 'too', 'how']);
/** Words after a quantifier that make it something else ("all but", "most likely", "all too"). */
const NOT_QUANTIFYING_BEFORE = new Set(['but', 'likely', 'too', 'the', 'over', 'along', 'around', 'else', 'along']);

/**
 * The group a quantifier counts: past function words ("few of the"), the first plural among the
 * next few adjoining words ("many Western firms"), else the first of them ("no country").
 */
export function groupNoun(text: string, tokens: Token[], from: number): string {
  let i = from;
  while (i < tokens.length && STOPWORDS.has(tokens[i]!.norm)) i++;
  let pick = -1;
  for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
    const t = tokens[j]!;
    // Words joined by spaces, hyphens or a possessive ("the country's carmakers").
    if (j > i && !/^(?:'s?)?[\s-]*$/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
    if (STOPWORDS.has(t.norm) || t.isNumber) break;
    if (isPlural(t.norm)) {
      pick = j;
      break;
    }
    // A singular group is named by its head, past the words that describe it ("every major Chinese carmaker").
    if (pick < 0 || describes(tokens[pick]!)) pick = j;
  }
  return pick < 0 ? '' : wordTerm(tokens[pick]!.norm);
}

/** Words that describe a group rather than name it: a capitalised one ("Chinese") or a common adjective. */
const DESCRIBING = new Set(['major', 'big', 'large', 'small', 'new', 'old', 'main', 'key', 'leading', 'top', 'senior', 'local', 'foreign', 'single', 'entire', 'whole']);
const describes = (t: Token) => t.capitalized || DESCRIBING.has(t.norm);

/** Whether one of the three words from token `from` on, in one run of words, is a plural ("the Russian private companies"). */
function pluralAhead(text: string, tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    if (j > from && !/^[\s-]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    if (STOPWORDS.has(tokens[j]!.norm)) return false;
    if (isPlural(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * Quantifiers over a group, large ("many delegates", "most of the firms", "all", "every") or small
 * ("few delegates", "none", "no firms", "hardly any", "not many"), with the noun they count.
 */
export function extractQuantifiers(text: string, tokens: Token[]): QuantifierCue[] {
  const out: QuantifierCue[] = [];
  tokens.forEach((t, i) => {
    const w = t.norm;
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    // "the majority": the article belongs to the quantifier.
    if (w === 'majority' || w === 'minority') {
      if (prev === 'the' || prev === 'a') out.push({ size: w === 'majority' ? 'large' : 'small', cue: w, noun: next === 'of' ? groupNoun(text, tokens, i + 2) : '' });
      return;
    }
    const notBefore = prev === 'not' || ((prev === 'any' || prev === 'many') && tokens[i - 2]?.norm === 'not');
    if (w === 'any' && (prev === 'hardly' || prev === 'scarcely' || prev === 'barely')) {
      out.push({ size: 'small', cue: `${prev} any`, noun: groupNoun(text, tokens, i + 1) });
      return;
    }
    if (w === 'no' && !/^[,.;:!?]/.test(text.slice(t.end).trimStart()) && next && !NOT_QUANTIFYING_BEFORE.has(next) && next !== 'longer' && next !== 'one') {
      out.push({ size: 'small', cue: t.raw, noun: groupNoun(text, tokens, i + 1) });
      return;
    }
    if (w === 'no' && next === 'one') {
      out.push({ size: 'small', cue: 'no one', noun: '' });
      return;
    }
    // "only a few", "just a few": few after all.
    if (w === 'few' && prev === 'a' && /^(only|just)$/.test(tokens[i - 2]?.norm ?? '')) {
      out.push({ size: 'small', cue: `${tokens[i - 2]!.raw} a few`, noun: groupNoun(text, tokens, i + 1) });
      return;
    }
    const large = LARGE.has(w);
    if (!large && !SMALL.has(w)) return;
    // "all the Russian companies": the whole of a group, when a plural follows ("all the same" is not).
    const allThe = w === 'all' && next === 'the' && pluralAhead(text, tokens, i + 2);
    if (NOT_QUANTIFYING_AFTER.has(prev) || (NOT_QUANTIFYING_BEFORE.has(next) && !allThe)) return;
    // "the most severe": a superlative, not a quantity.
    if (w === 'most' && tokens[i + 1] && !tokens[i + 1]!.capitalized && next !== 'of' && /(?:ous|ful|ive|ic|al|ent|ant|ble|ing|ed)$/.test(next)) return;
    const noun = w === 'none' || w === 'nobody' ? (next === 'of' ? groupNoun(text, tokens, i + 2) : '') : groupNoun(text, tokens, i + 1);
    // "not many", "not all": the opposite size.
    const size = large !== notBefore ? 'large' : 'small';
    out.push({ size, cue: notBefore ? `not ${t.raw}` : t.raw, noun });
  });
  return out;
}
