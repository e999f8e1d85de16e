import { collapseWhitespace, foldPunctuation, stripDiacritics } from '@/lib/text/normalize';
import { stem } from '@/lib/text/stem';
import { STOPWORDS } from '@/lib/text/stopwords';
import { tokenize, type Token } from '@/lib/text/tokenize';
import { extractAttributions } from './attribution';
import { extractDates } from './dates';
import { extractEntities, type EntityOptions } from './entities';
import type { SentenceFacts } from './fact-types';
import { foldPhrases, mayFoldPhrase, wordTerm } from './lexicon';
import { extractLists } from './lists';
import { extractNegations } from './polarity';
import { extractQuantities } from './quantities';
import { extractRanks } from './ranks';
import { extractQuantifiers } from './quantifiers';
import { extractScope } from './scope';

/** What term overlap needs: cheap to compute for any candidate. */
export interface LightFeatures {
  text: string;
  /** Canonical content terms, unique, in first-seen order. */
  terms: string[];
  /** Canonical terms that occur inside names. */
  entityTerms: Set<string>;
  /** Canonical terms inside quotation marks (quotes of three words or more). */
  quoteTerms: string[];
}

/** Everything the matcher knows about one sentence. */
export interface SentenceFeatures extends LightFeatures {
  /**
   * Short quotations (one to four words: a label, a verdict such as "eyeopener"), each with its
   * terms and the plain terms just before it (the frame: "described the tour as").
   */
  shortQuotes: { text: string; terms: string[]; frame: string[] }[];
  tokens: Token[];
  /** Porter stems of all words (not folded by the lexicon), for polarity cues. */
  stems: Set<string>;
  facts: SentenceFacts;
}

/** "U.S." and "US" (capitals) are the country, not the pronoun. */
function markCountryAbbreviations(text: string): string {
  if (!text.includes('U')) return text;
  return text.replace(/\bU\.S\.(?=\s|$|[,;:)'"])|\bU\.S\b|\bUS\b/g, 'USA');
}

const termCache = new Map<string, string | null>();

/** The canonical term of a lower-case word, or null for stopwords and numbers. Memoised. */
export function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = STOPWORDS.has(word) || /^\d/.test(word) || word.length < 2 ? null : wordTerm(word);
    if (termCache.size >= 200_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

const shortCache = new Map<string, string[]>();

/** Canonical content terms of a text, for retrieval and scoring (no facts: cheap enough for corpus indexing). */
export function contentTerms(text: string): string[] {
  return termsOf(text, false);
}

/** As contentTerms, for a text whose punctuation is already folded (folding again changes nothing). */
function termsOf(text: string, folded: boolean): string[] {
  // Names and other short strings recur across comparisons: remember them.
  if (text.length <= 40) {
    let hit = shortCache.get(text);
    if (!hit) {
      if (shortCache.size >= 50_000) shortCache.clear();
      hit = computeTerms(text, folded);
      shortCache.set(text, hit);
    }
    return hit;
  }
  return computeTerms(text, folded);
}

/** Two whitespace characters in a row, or one that is not a space: what collapsing whitespace would change inside a text. */
const LOOSE_SPACE_RE = /\s\s|[^\S ]/;

function computeTerms(text: string, folded: boolean): string[] {
  // As normalizeText (the text is folded first), collapsing whitespace only where there is some to collapse.
  const marked = markCountryAbbreviations(folded ? text : foldPunctuation(text));
  const plain = stripDiacritics(marked).toLowerCase();
  // Words are read between any characters but letters and apostrophes: spaces need collapsing only for a phrase.
  const lower = mayFoldPhrase(plain) ? foldPhrases(LOOSE_SPACE_RE.test(plain) ? collapseWhitespace(plain) : plain) : plain;
  // A text has at most one word in two characters: the table of words makes room for them all first.
  const room = (lower.length >> 1) + 1;
  if (room > WORD_CAPACITY) return termsOfLongText(lower);
  if (wordsKept + room > WORD_CAPACITY) forgetWords();
  if (++stamp === 0x7fffffff) {
    taken.fill(0);
    stamp = 1;
  }
  const out: string[] = [];
  // Words: a letter, then letters and apostrophes (as /[a-z][a-z']*/g).
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let hash = lower.charCodeAt(i);
    let j = i + 1;
    for (let c = lower.charCodeAt(j); j < n && (isLower(c) || c === 39); c = lower.charCodeAt(++j)) hash = (Math.imul(hash, 31) + c) | 0;
    const end = wordEnd(lower, i, j);
    const slot = slotOf(lower, i, end, end === j ? hash : hashOf(lower, i, end));
    i = j;
    // Each term once, in first-seen order.
    const id = slotTermIds[slot]!;
    if (id >= 0 && taken[id] !== stamp) {
      taken[id] = stamp;
      out.push(slotTerms[slot]!);
    }
  }
  return out;
}

/** The end of the word text[start, end) without a possessive "'s", then without a closing apostrophe. */
function wordEnd(text: string, start: number, end: number): number {
  if (end - start >= 2 && text.charCodeAt(end - 2) === 39 && text.charCodeAt(end - 1) === 115) end -= 2;
  if (text.charCodeAt(end - 1) === 39) end--;
  return end;
}

/** As computeTerms, for a text too long for the table of words (more words than it holds). */
function termsOfLongText(lower: string): string[] {
  const seen = new Set<string>();
  for (const m of lower.matchAll(/[a-z][a-z']*/g)) {
    const term = termOf(lower.slice(m.index, wordEnd(lower, m.index, m.index + m[0].length)));
    if (term) seen.add(term);
  }
  return [...seen];
}

/**
 * Words already read, by a hash of their characters (open addressing, at most half full): the term
 * of a known word is found without cutting the word out of the text. Each distinct term has a
 * number, so that a text's terms are told apart by a mark per number, not by comparing strings.
 * All start afresh when a text might not fit.
 */
const WORD_SLOTS = 1 << 15;
const WORD_CAPACITY = WORD_SLOTS >> 1;
const slotWords: (string | undefined)[] = new Array<string | undefined>(WORD_SLOTS).fill(undefined);
const slotTerms: (string | null)[] = new Array<string | null>(WORD_SLOTS).fill(null);
/** The number of each slot's term, -1 for a word with none (a stopword, a number). */
const slotTermIds = new Int32Array(WORD_SLOTS);
const slotHashes = new Int32Array(WORD_SLOTS);
let wordsKept = 0;
const termNumbers = new Map<string, number>();
/** By term number: the stamp of the last text that took the term. */
const taken = new Int32Array(WORD_CAPACITY);
let stamp = 0;

function forgetWords(): void {
  slotWords.fill(undefined);
  slotTerms.fill(null);
  wordsKept = 0;
  termNumbers.clear();
}

/** The hash of text[start, end) the table of words files it by. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return hash;
}

/** The slot of the word text[start, end) (its hash given), filled with its term when the word is new. */
function slotOf(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let at = hash & (WORD_SLOTS - 1);
  for (let word = slotWords[at]; word !== undefined; word = slotWords[at]) {
    if (slotHashes[at] === hash && word.length === length && sameChars(word, text, start)) return at;
    at = (at + 1) & (WORD_SLOTS - 1);
  }
  const word = text.slice(start, end);
  const term = termOf(word);
  let id = -1;
  if (term !== null) {
    id = termNumbers.get(term) ?? termNumbers.size;
    if (id === termNumbers.size) termNumbers.set(term, id);
  }
  slotWords[at] = word;
  slotTerms[at] = term;
  slotTermIds[at] = id;
  slotHashes[at] = hash;
  wordsKept++;
  return at;
}

/** Whether `word` is written in `text` from `start` on. */
function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const isLower = (c: number) => c >= 97 && c <= 122;

// A quotation in double quotes, or in single quotes opened after a space and closed before a space or punctuation.
const QUOTE_RE = /"([^"]+)"|(?<=^|[\s(])'(.+?)'(?=[\s,.;:!?)]|$)/g;

/** Whether a text has a quotation mark QUOTE_RE needs (most sentences have none). */
const mayQuote = (text: string) => text.includes('"') || text.includes("'");

function quotedTerms(text: string): string[] {
  if (!mayQuote(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTE_RE)) {
    const quote = m[1] ?? m[2] ?? '';
    if (quote.split(/\s+/).length >= 3) for (const t of contentTerms(quote)) out.add(t);
  }
  return [...out];
}

function shortQuotes(text: string): SentenceFeatures['shortQuotes'] {
  const out: SentenceFeatures['shortQuotes'] = [];
  if (!mayQuote(text)) return out;
  for (const m of text.matchAll(QUOTE_RE)) {
    const quote = (m[1] ?? m[2] ?? '').trim();
    const terms = quote.split(/\s+/).length <= 4 ? contentTerms(quote) : [];
    const before = text.slice(Math.max(0, m.index - 50), m.index).replace(m.index > 50 ? /^\S*/ : /^/, '');
    if (terms.length) out.push({ text: quote, terms, frame: contentTerms(before).slice(-2) });
  }
  return out;
}

/**
 * Terms of the names a sentence mentions (capitalised words, the sentence's first word only when a
 * capitalised word follows it): who a later "he said" may refer to.
 */
export function nameTerms(text: string): Set<string> {
  const out = new Set<string>();
  const words = [...stripDateline(foldPunctuation(text)).matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => m[0]);
  words.forEach((w, i) => {
    if (!/^[A-Z]/.test(w) || (i === 0 && !/^[A-Z]/.test(words[1] ?? ''))) return;
    for (const t of contentTerms(w)) out.add(t);
  });
  return out;
}

/** "NEW YORK: ", "OKINAWA, Japan (PWS) - ": the dateline that opens a wire story. */
const DATELINE_RE = /^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\s*[A-Z][A-Za-z.]+)*(?:\s*\([A-Za-z0-9 ]{1,20}\))?\s*(?::|\s[-]{1,2})\s+/;

/**
 * "08:05 ", "9.30am - ", "14:20 GMT | ": the time stamp that opens an entry of a live page, before a
 * capital. With a full stop ("9.30") it needs a suffix or a dash, since "12.50 Euros" is a figure.
 */
const TIME_STAMP_RE = /^(?:\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|JST))?\s*(?:[-\u2013\u2014|]\s*)?|\d{1,2}\.\d{2}\s*(?:(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|JST)\s*(?:[-\u2013\u2014|]\s*)?|[-\u2013\u2014|]\s*))(?=[A-Z"'\u2018\u201c])/;

/** "Two: ", "3. ", "4) ": the number of an item in a list ("five things to know"), before a capital. */
const LIST_ITEM_RE = /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\s*:|\d{1,2}\s*[:.)])\s+(?=[A-Z"'\u2018\u201c])/i;

/**
 * The dateline, the time stamp or the list number that opens a sentence, left out: when and where
 * it was filed, or its place in a list, not what it says.
 */
export function stripDateline(text: string): string {
  return text.replace(TIME_STAMP_RE, '').replace(LIST_ITEM_RE, '').replace(DATELINE_RE, '');
}

/** Terms and quotes only, without names or facts. */
export function lightFeatures(text: string): LightFeatures {
  const folded = stripDateline(foldPunctuation(text));
  return { text: folded, terms: termsOf(folded, true), entityTerms: new Set(), quoteTerms: quotedTerms(folded) };
}

/**
 * Full analysis of a sentence: terms, names and facts. The dateline, if any, is left out. Terms and
 * names are read at once (term overlap weighs them); the facts, stems and short quotes are read when
 * first asked for, since most sentences of a page never get as far as comparing facts.
 */
export function analyzeSentence(text: string, opts?: EntityOptions): SentenceFeatures {
  if (!opts) return completeFeatures(lightFeatures(text));
  // Options are taken as fixed (an isNameWord that answers the same for a word each time it is
  // asked): the same options for the same text give the same analysis, so a rule that reads the
  // sentences around a claim with fixed options reads each once.
  let byText = analyses.get(opts);
  if (!byText) analyses.set(opts, (byText = new Map()));
  let f = byText.get(text);
  if (!f) {
    if (byText.size >= ANALYSES) byText.clear();
    byText.set(text, (f = completeFeatures(lightFeatures(text), opts)));
  }
  return f;
}

/** Analyses kept per options object (the features of a sentence are never changed once read). */
const analyses = new WeakMap<EntityOptions, Map<string, SentenceFeatures>>();
const ANALYSES = 2_000;

/** Full analysis of a sentence from its light features (which it shares). */
export function completeFeatures(light: LightFeatures, opts: EntityOptions = {}): SentenceFeatures {
  const folded = light.text;
  const tokens = tokenize(folded);
  const entities = extractEntities(folded, tokens, opts);
  const entityTerms = new Set<string>();
  for (const e of entities) for (const t of contentTerms(e.text)) entityTerms.add(t);
  return new Analysis(light, tokens, entityTerms, new Facts(folded, tokens, entities));
}

/**
 * A sentence analysed in full, its stems and short quotes read when first asked for. (A class, not
 * an object literal with getters: such a literal is made afresh, getters and all, for every sentence.)
 */
class Analysis implements SentenceFeatures {
  readonly text: string;
  readonly terms: string[];
  readonly quoteTerms: string[];
  #stems: Set<string> | undefined;
  #quotes: SentenceFeatures['shortQuotes'] | undefined;

  constructor(
    light: LightFeatures,
    readonly tokens: Token[],
    readonly entityTerms: Set<string>,
    readonly facts: SentenceFacts,
  ) {
    this.text = light.text;
    this.terms = light.terms;
    this.quoteTerms = light.quoteTerms;
  }

  get shortQuotes(): SentenceFeatures['shortQuotes'] {
    return (this.#quotes ??= shortQuotes(this.text));
  }

  /** The stems of the words, and of words joined by a hyphen ("fast-tracked" → "fast-track"). */
  get stems(): Set<string> {
    return (this.#stems ??= stemsOf(this.text, this.tokens));
  }
}

function stemsOf(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.isNumber) return;
    const stemmed = stem(t.norm);
    out.add(stemmed);
    const prev = tokens[i - 1];
    if (prev && !prev.isNumber && prev.end + 1 === t.start && text[prev.end] === '-') out.add(`${prev.norm}-${stemmed}`);
  });
  return out;
}

/** The facts of a sentence, each kind read when first asked for. */
class Facts implements SentenceFacts {
  // Ranks, dates and quantities claim their characters in turn, so they are read together.
  #figures: Pick<SentenceFacts, 'ranks' | 'dates' | 'quantities'> | undefined;
  #lists: SentenceFacts['lists'] | undefined;
  #attributions: SentenceFacts['attributions'] | undefined;
  #negations: SentenceFacts['negations'] | undefined;
  #scope: SentenceFacts['scope'] | undefined;
  #quantifiers: SentenceFacts['quantifiers'] | undefined;

  constructor(
    private readonly folded: string,
    private readonly tokens: Token[],
    readonly entities: SentenceFacts['entities'],
  ) {}

  #readFigures(): Pick<SentenceFacts, 'ranks' | 'dates' | 'quantities'> {
    if (!this.#figures) {
      const folded = this.folded;
      const taken = new Array<boolean>(folded.length).fill(false);
      const ranks = extractRanks(folded, taken);
      const dates = extractDates(folded, taken);
      const quantities = extractQuantities(folded, taken);
      this.#figures = { ranks, dates, quantities };
    }
    return this.#figures;
  }

  get quantities() {
    return this.#readFigures().quantities;
  }

  get ranks() {
    return this.#readFigures().ranks;
  }

  get dates() {
    return this.#readFigures().dates;
  }

  get lists() {
    return (this.#lists ??= extractLists(this.folded, this.tokens, this.entities));
  }

  get attributions() {
    return (this.#attributions ??= extractAttributions(this.folded, this.tokens, this.entities));
  }

  get negations() {
    return (this.#negations ??= extractNegations(this.tokens, this.folded));
  }

  get scope() {
    return (this.#scope ??= extractScope(this.folded, this.tokens));
  }

  get quantifiers() {
    return (this.#quantifiers ??= extractQuantifiers(this.folded, this.tokens));
  }
}
