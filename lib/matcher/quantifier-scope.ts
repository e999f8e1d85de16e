import type { Token } from '@/lib/text/tokenize';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { wordTerm } from './lexicon';
import { parseNumberWords } from './number-words';
import { groupNoun } from './quantifiers';

type Difference = FactComparison['differences'][number];

/** A group taken whole or in part, with the noun it counts and its words as written. */
interface Share {
  whole: boolean;
  cue: string;
  noun: string;
}

const WHOLE = new Set(['all', 'every', 'each']);
const PART = new Set(['some', 'several', 'certain', 'most', 'many']);
/** Words after a quantifier that make it something else ("all but", "all too", "most likely", "each other"). */
const NOT_A_SHARE_BEFORE = new Set(['but', 'too', 'over', 'along', 'likely', 'other', 'time', 'times', 'day', 'year', 'week', 'month']);
/** Words before one that do ("at all", "the most", "at most", "not all" is a part). */
const NOT_A_SHARE_AFTER = new Set(['at', 'the', 'above', 'for', 'once']);

/** Words for the parts of a group ("some members of the administration"). */
const MEMBERS = new Set(['members', 'parts', 'sections', 'elements', 'officials']);

/** The noun of "everyone" and of "there are people who": people, whoever they are. */
const PEOPLE = '(people)';

/** The noun of "all of them": the group the sentence named before. */
const OF_THEM = '(of them)';

const numberAt = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return !!t && (t.isNumber || parseNumberWords(t.norm) !== null);
};

/**
 * How a sentence takes a group: whole ("all agencies", "every officer", "academics as a whole") or
 * in part ("some academics", "most agencies", "several officers", "not all"). "Some 30 percent" and
 * "all six" are figures, compared as figures.
 */
function sharesOf(f: SentenceFeatures): Share[] {
  const { tokens, text } = f;
  const out: Share[] = [];
  tokens.forEach((t, i) => {
    const w = t.norm;
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    // "virtually everyone inside the system" against "there are people within the system who": everyone against some.
    if (w === 'everyone' || w === 'everybody') {
      out.push({ whole: true, cue: text.slice(/^(?:virtually|almost|nearly|practically)$/.test(prev) ? tokens[i - 1]!.start : t.start, t.end), noun: PEOPLE });
      return;
    }
    if (w === 'there' && /^(?:are|were)$/.test(next) && /^(?:people|those|officials|members)$/.test(tokens[i + 2]?.norm ?? '') && tokens.slice(i + 3, i + 9).some((x) => x.norm === 'who')) {
      out.push({ whole: false, cue: text.slice(t.start, tokens[i + 2]!.end), noun: PEOPLE });
      return;
    }
    if (w === 'as' && next === 'a' && tokens[i + 2]?.norm === 'whole' && i > 0 && !STOPWORDS.has(prev) && !tokens[i - 1]!.capitalized) {
      out.push({ whole: true, cue: text.slice(tokens[i - 1]!.start, tokens[i + 2]!.end), noun: wordTerm(prev) });
      return;
    }
    // "academics across the board": the group before it, taken whole.
    if (w === 'across' && next === 'the' && tokens[i + 2]?.norm === 'board' && i > 0 && !STOPWORDS.has(prev) && !tokens[i - 1]!.capitalized) {
      out.push({ whole: true, cue: text.slice(tokens[i - 1]!.start, tokens[i + 2]!.end), noun: wordTerm(prev) });
      return;
    }
    // "the entire administration", "the whole region": the group taken whole.
    if ((w === 'entire' || w === 'whole') && prev === 'the' && !STOPWORDS.has(next)) {
      const noun = groupNoun(text, tokens, i + 1);
      if (noun) out.push({ whole: true, cue: text.slice(tokens[i - 1]!.start, t.end), noun });
      return;
    }
    const whole = WHOLE.has(w);
    if (!whole && !PART.has(w)) return;
    if (NOT_A_SHARE_AFTER.has(prev) || NOT_A_SHARE_BEFORE.has(next) || numberAt(tokens, i + 1)) return;
    // "most severe": a superlative.
    if (w === 'most' && next !== 'of' && /(?:ous|ful|ive|ic|al|ent|ant|ble|ing|ed|est|er)$/.test(next)) return;
    // "all of them", "most of which": the group named before, one on each side.
    const ofThem = next === 'of' && /^(?:them|which|whom|those|these|us|you)$/.test(tokens[i + 2]?.norm ?? '');
    // "some members of the administration": part of the group named after "of".
    const ofGroup = !ofThem && MEMBERS.has(next) && tokens[i + 2]?.norm === 'of';
    const noun = ofThem ? OF_THEM : ofGroup ? groupNoun(text, tokens, i + 3) : groupNoun(text, tokens, i + 1);
    if (!noun || numberAt(tokens, i + 3) || tokens[i + 1]?.capitalized) return;
    const denied = prev === 'not';
    out.push({ whole: whole && !denied, cue: denied ? `not ${t.raw}` : t.raw, noun });
  });
  return out;
}

/**
 * A group taken whole on one side and in part on the other ("academics as a whole" against "some
 * academics", "all agencies" against "most agencies"): the page widens or narrows the claim.
 */
export function wholeAgainstPart(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const ps = sharesOf(page);
  if (!ps.length) return null;
  const cs = sharesOf(corpus);
  for (const p of ps) {
    const c = cs.find((x) => x.noun === p.noun && x.whole !== p.whole);
    if (c && !cs.some((x) => x.noun === p.noun && x.whole === p.whole)) return { kind: 'scope', page: p.cue, corpus: c.cue };
  }
  return null;
}
