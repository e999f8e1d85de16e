import { isKnownPlace } from './compare-places';
import { analyzeSentence, contentTerms, nameTerms, type SentenceFeatures } from './features';
import { isPlaceTerm } from './lexicon';

/** The sentences just before each side's sentence in its text, nearest last: where a "he said" finds its speaker. */
export interface Preceding {
  page: () => readonly string[];
  corpus: () => readonly string[];
}

export const NO_PRECEDING: Preceding = { page: () => [], corpus: () => [] };

/** A pronoun credit ("he said", "she added"). */
const PRONOUN_CREDIT_RE = /\b(?:he|she)\s+(?:said|says|added|adds|told|tells|argued|argues|wrote|writes|noted|notes|explained|insisted|warned|stressed)\b/i;

/** Whether a sentence gives the words of someone named before it: a quotation credited to no name, or "he said". */
export function spokenByPronoun(f: SentenceFeatures): boolean {
  return f.facts.attributions.length === 0 && (f.quoteTerms.length > 0 || PRONOUN_CREDIT_RE.test(f.text));
}

/** A first word counts as a name only before another name word ("Tomasz Wilk spoke"), never alone ("Officials said"). */
const STRICT = { isNameWord: () => false };

/** A person's or a body's full name: two to four words, not a place. */
function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || isKnownPlace(name)) return false;
  return !contentTerms(name).every(isPlaceTerm);
}

export interface Speaker {
  /** The speaker as the text names them. */
  name: string;
  /** Terms of every name in the sentences searched: a later pronoun may stand for any of them. */
  named: ReadonlySet<string>;
}

/**
 * The speaker a "he said" refers to, read from the sentences before it (nearest first): whom the
 * nearest sentence that credits anyone credits, else the first full name of a person in it.
 * Undefined when those sentences name nobody.
 */
export function speakerBefore(texts: readonly string[]): Speaker | undefined {
  const named = new Set<string>();
  for (const text of texts) for (const t of nameTerms(text)) named.add(t);
  for (let i = texts.length - 1; i >= 0; i--) {
    const f = analyzeSentence(texts[i]!, STRICT);
    const credited = f.facts.attributions.find(personLike);
    if (credited) return { name: credited, named };
    const person = f.facts.entities.find((e) => personLike(e.text));
    if (person) return { name: person.text, named };
  }
  return undefined;
}

/** The person a credit names, without the body they speak for ("Erik Sand of Baltic Freight" → terms of "Erik Sand"). */
export function personTerms(credit: string): string[] {
  return contentTerms(credit.split(/\s+of\s+/)[0]!);
}
