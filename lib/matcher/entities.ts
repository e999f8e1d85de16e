import type { Token } from '@/lib/text/tokenize';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { Span } from './fact-types';
import { parseNumberWords } from './number-words';
import { isCountryWord } from './places-data';
import { isPlaceTerm, wordTerm } from './lexicon';
import { REPORT_VERBS, SOURCE_NOUNS } from './attribution';

/** Capitalised words that are titles or calendar words, not names. */
const NOT_NAMES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'professor', 'prof', 'president', 'secretary', 'minister', 'colonel', 'col', 'general',
  'sir', 'lord', 'king', 'queen', 'prince', 'chairman', 'director', 'senator', 'governor', 'mayor', 'premier',
  'chancellor', 'captain', 'lieutenant', 'sergeant', 'admiral', 'judge', 'justice', 'prime', 'deputy', 'vice',
  'chief', 'head', 'commander', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'councillor', 'manager',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'defence', 'defense',
  'foreign', 'finance', 'treasury', 'commerce', 'state', 'trade', 'envoy', 'state-run',
]);
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'la', 'von', 'van', 'al', 'bin']);

export interface EntityOptions {
  /** For a word opening a sentence or quote: whether it is known as a name (capitalised elsewhere, never in lower case). */
  isNameWord?: (lower: string) => boolean;
  /** Whether a word is known as an ordinary word (written in lower case somewhere). */
  isCommonWord?: (lower: string) => boolean;
}

/** Ordinary words that credit a claim from the start of a sentence ("Officials said", "Analysts say"). */
const GENERIC_SOURCES = new Set([
  'officials', 'analysts', 'experts', 'critics', 'researchers', 'scientists', 'sources', 'diplomats', 'police', 'witnesses',
  'residents', 'authorities', 'observers', 'investigators', 'prosecutors', 'lawyers', 'economists', 'historians', 'scholars',
  'reports', 'documents', 'data', 'figures', 'others', 'people', 'commentators', 'supporters', 'opponents', 'insiders',
]);

/**
 * A word opening a sentence before a verb of reporting ("Bloomberg reported", "Reuters news agency says"): the
 * source credited, a name unless known as an ordinary word.
 */
function opensCredit(text: string, tokens: Token[], i: number, opts: EntityOptions): boolean {
  const word = tokens[i]!.norm;
  // "Reuters news agency reported": past what the source is, to the verb.
  let k = i + 1;
  while (k < i + 3 && tokens[k] && !tokens[k]!.capitalized && SOURCE_NOUNS.has(tokens[k]!.norm) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
  const next = tokens[k];
  if (!next || next.capitalized || !REPORT_VERBS.has(next.norm) || !/^\s+$/.test(text.slice(tokens[k - 1]!.end, next.start))) return false;
  return !GENERIC_SOURCES.has(word) && !(opts.isCommonWord?.(word) ?? true);
}

/** Model and code names: "Su-27", "F-35B", "Entente-4", "TeamT5". */
const CODE_RE = /\b[A-Z][A-Za-z]*-?\d+[A-Za-z]*\b/g;

/** The term of a word that names a country or a place known by its capital or its people ("delhi's" → "india"), else null. */
export function placeTermOf(norm: string): string | null {
  const word = norm.replace(/'s$/, '');
  if (isCountryWord(word)) return word;
  const term = wordTerm(word);
  return term && isPlaceTerm(term) ? term : null;
}

/** Whether a token can be part of a name. */
function isNameToken(t: Token, first: boolean, opts: EntityOptions): boolean {
  if (t.isNumber) return false;
  if (!t.capitalized) return false;
  if (NOT_NAMES.has(t.norm) || STOPWORDS.has(t.norm) || parseNumberWords(t.norm) !== null) return false;
  // A word opening a sentence is a name when known as one, or when it is a country or a place known
  // by its capital or its people ("Egypt, which ...", "Delhi's map", "Kyiv tore up").
  if (first && t.raw !== t.raw.toUpperCase() && !(opts.isNameWord?.(t.norm) ?? true) && placeTermOf(t.norm) === null) return false;
  return true;
}

/**
 * Named entities as runs of capitalised tokens ("Dmitry Peskov", "Bank of China", "FSB"). The first
 * word of the sentence counts only when it is not an ordinary word written with a capital.
 */
export function extractEntities(text: string, tokens: Token[], opts: EntityOptions = {}): Span[] {
  const out: Span[] = [];
  // A code ("F-35", "COVID19") has a digit: most sentences have none to look for.
  const codes = !/\d/.test(text) ? [] : [...text.matchAll(CODE_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const inCode = (t: Token) => codes.some((c) => t.start >= c.start && t.end <= c.end);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Numbers and lower-case words are never names: nothing around them needs reading.
    if (token.isNumber || !token.capitalized || inCode(token)) {
      i++;
      continue;
    }
    const opensClause = i === 0 || /["'(:]\s*$/.test(text.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start));
    // A clause-opening capital is a name when the word is known as one, or when a name word follows ("Andrei Soldatov").
    const next = tokens[i + 1];
    const followedByName = !!next && /^\s+$/.test(text.slice(tokens[i]!.end, next.start)) && isNameToken(next, false, opts);
    if (!isNameToken(tokens[i]!, opensClause && !followedByName && !opensCredit(text, tokens, i, opts), opts)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over further name tokens, and over connectors followed by a name token ("Bank of China").
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const gap = text.slice(tokens[j]!.end, next.start);
      // "Romulo Victor M. Israel Jr.": an initial's full stop stays inside the name.
      const initial = /^\.\s+$/.test(gap) && /^[A-Z]$/.test(tokens[j]!.raw);
      if (!/^[\s-]*$/.test(gap) && gap !== "'" && !initial) break;
      if (inCode(next)) break;
      if (isNameToken(next, false, opts)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (CONNECTORS.has(next.norm) && after && isNameToken(after, false, opts) && /^\s+$/.test(text.slice(next.end, after.start))) {
        j += 2;
        continue;
      }
      break;
    }
    out.push({ text: text.slice(tokens[i]!.start, tokens[j]!.end), start: tokens[i]!.start, end: tokens[j]!.end });
    i = j + 1;
  }
  return [...out, ...codes].sort((a, b) => a.start - b.start);
}

/** Initials of the capitalised words of a name: "New York Times" → "nyt". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w) && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** Name words without titles, lower case: "President Donald Trump" → ["donald", "trump"]. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !NOT_NAMES.has(w) && !CONNECTORS.has(w));
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z0-9]{1,6}$/.test(name.replace(/[.\s]/g, ''));
}
