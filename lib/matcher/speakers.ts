import { actsOf } from './agents';
import { isKnownPlace } from './compare-places';
import type { Span } from './fact-types';
import { analyzeSentence, contentTerms, nameTerms, type SentenceFeatures } from './features';
import { isPlaceTerm } from './lexicon';
import { STOPWORDS } from '@/lib/text/stopwords';

/** The sentences just before each side's sentence in its text, nearest last: where a "he said" finds its speaker. */
export interface Preceding {
  page: () => readonly string[];
  corpus: () => readonly string[];
}

export const NO_PRECEDING: Preceding = { page: () => [], corpus: () => [] };

/** Whether a sentence speaks of someone as "he" or "she": whoever it refers back to is a person. */
export const PERSON_PRONOUN_RE = /\b(?:he|she|his|her|him)\b/i;
export const refersToPerson = (f: SentenceFeatures): boolean => PERSON_PRONOUN_RE.test(f.text);

/** A pronoun credit ("he said", "she added", "he also says"). */
const PRONOUN_CREDIT_RE = /\b(?:he|she)\s+(?:(?:also|later|then|has|had|once)\s+)?(?:said|says|added|adds|told|tells|argued|argues|wrote|writes|noted|notes|explained|insisted|warned|stressed)\b/i;

/** A verb that credits words to a speaker ("the ministry said"). */
const CREDIT_VERB_RE = /\b(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|insisted|warned|stressed|argued|argues)\b/i;

/**
 * Whether a sentence gives the words of someone named before it: "he said", or a bare quotation
 * credited to nobody. Not a quotation credited to an unnamed speaker ("the commander said").
 */
/** A quotation that names no speaker, not even "he said": the words of whoever spoke just before. */
export function bareQuotation(f: SentenceFeatures): boolean {
  return spokenByPronoun(f) && !PRONOUN_CREDIT_RE.test(f.text);
}

export function spokenByPronoun(f: SentenceFeatures): boolean {
  if (f.facts.attributions.length) return false;
  if (PRONOUN_CREDIT_RE.test(f.text)) return true;
  return (f.quoteTerms.length > 0 && !CREDIT_VERB_RE.test(withoutQuotes(f.text))) || continuesQuotation(f.text);
}

/**
 * A sentence inside a quotation that opened in a sentence before it: it closes a quotation it
 * never opens ("In the long run, China is also a potential threat.'"). Its words are the speaker's
 * of the quotation.
 */
export function continuesQuotation(text: string): boolean {
  return /[\u2019\u201d'"]\s*$/.test(text) && !/(?:^|[\s(\u2014-])[\u2018\u201c'"]\S/.test(text);
}

function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|(?<=^|[\s(])'.+?'(?=[\s,.;:!?)]|$)/g, ' ');
}

/** A first word counts as a name only before another name word ("Tomasz Wilk spoke"), never alone ("Officials said"). */
const STRICT = { isNameWord: () => false };

/** Sentences read for their speaker, kept while they may be read again for the next candidate. */
const analysedCache = new Map<string, SentenceFeatures>();
const ANALYSED_CACHE = 256;

function analyzed(text: string): SentenceFeatures {
  let f = analysedCache.get(text);
  if (!f) {
    if (analysedCache.size >= ANALYSED_CACHE) analysedCache.clear();
    f = analyzeSentence(text, STRICT);
    analysedCache.set(text, f);
  }
  return f;
}

/** Not a country or a region: a person or a body that may speak. */
function notPlace(name: string): boolean {
  return !isKnownPlace(name) && !contentTerms(name).every(isPlaceTerm);
}

/** A person's or a body's full name: two to four words, not a place. */
/** Last words of the names of newspapers, broadcasters, agencies and other bodies: never a person. */
const BODY_NAME_RE = /\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Gazette|Agency|Press|Service|Ministry|Council|Centre|Center|Institute|Bank|Group|Company|Corporation|Commission|Committee|Office|Department|Government|Party|Union|Association|University)$/;

function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && notPlace(name) && !BODY_NAME_RE.test(name);
}

/** A name that stands for a person in running text: a full name, not one opening with a verb ("Discussing X") nor qualifying what follows ("X's cars"). */
function personAt(f: SentenceFeatures, e: { text: string; end: number }): boolean {
  return personLike(e.text) && !/^\w{3,}ing\s/.test(e.text) && !/^'s\b/.test(f.text.slice(e.end));
}

/** Reporting verbs right after a sentence's first word ("Ito told reporters", "Nakatani said"). */
const OPENING_SPEAKER_RE = /^([A-Z][a-z]+)\s+(?:told|tells|said|says|added|adds|insisted|argued|warned|explained|stressed|noted|spoke)\b/;
/** Words for speakers that are not names ("Officials told reporters"). */
const GROUPS = new Set(['officials', 'analysts', 'experts', 'critics', 'police', 'authorities', 'diplomats', 'sources', 'witnesses', 'observers', 'investigators', 'prosecutors', 'lawyers', 'researchers', 'scientists', 'economists', 'spokesman', 'spokeswoman', 'spokesperson', 'lawmakers', 'people', 'others', 'many', 'some', 'both', 'he', 'she', 'they', 'it', 'we', 'officers', 'residents', 'executives', 'organisers', 'organizers', 'protesters']);

/**
 * A single name that opens a sentence as the subject of a reporting verb ("Ito told reporters on
 * Monday"): the second mention of someone by surname. Not a word for a group ("Officials said"),
 * nor a plural.
 */
function openingSpeaker(text: string): string | undefined {
  const word = OPENING_SPEAKER_RE.exec(text)?.[1];
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return GROUPS.has(lower) || STOPWORDS.has(lower) || lower.endsWith('s') || !notPlace(word) ? undefined : word;
}

/** Words before a name that make it an object, not a speaker. */
const OBJECT_RE = /\b(?:told|tells|to|with|for|in|at|from|by|of|on|about|against|and)\s+(?:the\s+)?$/i;

/** Tokens before a name that opens its sentence ("Defence Minister Gen Nakatani", "On Monday, X"). */
const OPENING_TOKENS = 3;

/**
 * Whether a name is what its sentence is about (so a later "he" refers to it): it opens the
 * sentence, or does something ("X, the director, spoke"; "shown by X"). Not a name the subject
 * acts on ("The commander met Gen Nakatani").
 */
function isSubject(f: SentenceFeatures, e: Span): boolean {
  let first = 0;
  while (first < f.tokens.length && f.tokens[first]!.end <= e.start) first++;
  return first <= OPENING_TOKENS || actsOf(f, e).length > 0;
}

/** Quotations of a sentence, as offset ranges. */
function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/"[^"]*"|(?<=^|[\s(])'.+?'(?=[\s,.;:!?)]|$)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The speaker of a sentence that quotes someone without a credit of its own, named in it outside
 * the quotation ("Ito was blunt: '...'"): the first full name of a person there.
 */
export function speakerWithin(f: SentenceFeatures): string | undefined {
  const quotes = quoteRanges(f.text);
  const outside = (e: { start: number; end: number }) => !quotes.some(([a, b]) => e.start >= a && e.end <= b);
  // A subject, not a name after a preposition or an audience ("told Yomiuri Shimbun", "with Bank Negara").
  const object = (e: { start: number }) => OBJECT_RE.test(f.text.slice(Math.max(0, e.start - 20), e.start));
  return f.facts.entities.find((e) => outside(e) && personAt(f, e) && !object(e))?.text;
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
 * (Sentence-initial words count as names only before another name word: "Officials said" names nobody.)
 * Undefined when those sentences name nobody (or, with `personOnly`, no person).
 */
export function speakerBefore(texts: readonly string[], personOnly = false): Speaker | undefined {
  const named = new Set<string>();
  for (const text of texts) for (const t of nameTerms(text)) named.add(t);
  for (let i = texts.length - 1; i >= 0; i--) {
    const f = analyzed(texts[i]!);
    // Whoever is credited by full name, else the first person named, else a speaker by surname
    // ("Ito told reporters", "Mr Ito said"), unless a place.
    const person =
      f.facts.attributions.find(personLike) ??
      f.facts.entities.find((e) => personAt(f, e) && isSubject(f, e))?.text ??
      openingSpeaker(f.text) ??
      // "he" or "she" is a person: a newspaper credited before is not who they are.
      (personOnly ? undefined : f.facts.attributions.find(notPlace));
    if (person) return { name: person, named };
  }
  return undefined;
}

/** The person a credit names, without the body they speak for ("Erik Sand of Baltic Freight" → terms of "Erik Sand"). */
export function personTerms(credit: string): string[] {
  return contentTerms(credit.split(/\s+of\s+/)[0]!);
}
