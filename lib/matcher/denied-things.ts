import { STOPWORDS } from '@/lib/text/stopwords';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { wordTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** "nobody", "no one", "none of", "no" before a noun: nothing of what follows is so. */
const NONE_RE = /\b(?:nobody|no[\s-]one|none\s+of\s+(?:them|the\s+\w+)|no)\b/gi;
/** Words after such a word that tell what is denied. */
const DENIED_WORDS = 6;
/** Words after "no" that make it something other than a denial of a thing ("no longer", "no doubt", "no more than"). */
const NOT_A_DENIAL_AFTER = /^\s+(?:longer|doubt|more|less|later|sooner|matter|one\s+else|way|wonder|less\s+than|fewer|exception)\b/i;
/**
 * A negation in the words just before a word, within its clause ("not a serious threat", "no
 * serious threat", "decided not to build new manufacturing plants or expand").
 */
const NEGATED_BEFORE_RE = /\b(?:not|no|never|nobody|none|without|n't|hardly|little)\b[^.;:,]{0,48}$/i;

/** A comparison after the denial ("no country consumes more than", "none bigger than"). */
const COMPARED_RE = /\b(?:more|less|fewer|bigger|larger|smaller|greater|better|worse|\w+er)\b[^.;:]*\bthan\b/i;

/** A negation in the words just after a word, within its clause ("services do not exist"). */
const NEGATED_AFTER_RE = /^[^.;:,]{0,30}?\b(?:not|never|no\s+longer)\b|^[^.;:,]{0,30}?n't\b/i;

const termOf = (word: string) => wordTerm(word.toLowerCase());

/**
 * A thing denied on one side and stated on the other: "nobody inside the system is sceptical"
 * against "there are people within the system who are sceptical", "found no serious threat"
 * against "China is a serious threat". The denied words (the few after "nobody" or "no") must
 * stand on the other side with no negation before them.
 */
export function deniedThing(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  return denialOf(page, corpus, true) ?? denialOf(corpus, page, false);
}

/** Nouns a "no" is put before to deny an act ("no attempt to", "no effort to"): not the act itself. */
const DENIAL_WORDS = ['attempt', 'effort', 'plan', 'plans', 'intention', 'sign', 'need'];
let denialNouns: Set<string> | null = null;
const isDenialNoun = (term: string) => (denialNouns ??= new Set(DENIAL_WORDS.map(termOf))).has(term);

/** The words a denial may deny: the content words among the few after it, within its clause. */
const wordsDenied = (rest: string) =>
  (rest.split(/[.;:,]/)[0]!.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).slice(0, DENIED_WORDS).filter((w) => !STOPWORDS.has(w.toLowerCase()));

/** The terms of the words a sentence's "no" or "nobody" denies. */
function deniedTerms(f: SentenceFeatures): Set<string> {
  const out = new Set<string>();
  if (!/\bno/i.test(f.text)) return out;
  for (const m of f.text.matchAll(NONE_RE)) for (const w of wordsDenied(f.text.slice(m.index! + m[0].length))) out.add(termOf(w));
  return out;
}

function denialOf(denying: SentenceFeatures, other: SentenceFeatures, denyingIsPage: boolean): Difference | null {
  if (!/\bno/i.test(denying.text)) return null;
  const otherWords = [...other.text.matchAll(/[A-Za-z][A-Za-z'-]*/g)];
  let otherDenies: Set<string> | null = null;
  for (const m of denying.text.matchAll(NONE_RE)) {
    const rest = denying.text.slice(m.index! + m[0].length);
    // "no country consumes more of it than China": a superlative, not a denial.
    if (NOT_A_DENIAL_AFTER.test(rest) || COMPARED_RE.test(rest.split(/[.;:,]/)[0]!)) continue;
    const words = wordsDenied(rest);
    if (words.length < 2) continue;
    const terms = new Set(words.map(termOf));
    // The other side denies the same act ("making no effort to hide them" / "no attempt to hide the missiles"): no contrast.
    const alsoDenied = (otherDenies ??= deniedTerms(other));
    if ([...terms].some((t) => alsoDenied.has(t) && !isDenialNoun(t))) continue;
    // Where the other side states those words, without a negation before them.
    const stated = otherWords.filter((w) => terms.has(termOf(w[0])) && !NEGATED_BEFORE_RE.test(other.text.slice(0, w.index!)));
    const found = new Set(stated.map((w) => termOf(w[0])));
    if (found.size < 2 || found.size * 2 < terms.size) continue;
    // "friendly intelligence services do not exist": denied after the words, in the same clause.
    const end = stated[stated.length - 1]!;
    if (NEGATED_AFTER_RE.test(other.text.slice(end.index! + end[0].length))) continue;
    // The denial as written, up to the last of its words the other side states.
    const last = Math.max(...words.map((w, k) => (found.has(termOf(w)) ? k : -1)));
    const denied = `${m[0]} ${words.slice(0, last + 1).join(' ')}`;
    const affirmed = stated.map((w) => w[0]).join(' ');
    return denyingIsPage ? { kind: 'polarity', page: denied, corpus: affirmed } : { kind: 'polarity', page: affirmed, corpus: denied };
  }
  return null;
}
