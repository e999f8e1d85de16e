import { foldPunctuation } from './normalize';

export interface Segment {
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character: input.slice(start, end) === text. */
  end: number;
}

/** Abbreviations after which a full stop never ends a sentence (titles, initials of names, "e.g."). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'cmdr', 'adm', 'sen', 'rep', 'gov',
  'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'messrs', 'mme', 'vs', 'v', 'eg', 'e.g', 'ie', 'i.e', 'cf', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'vol', 'ch', 'para',
]);
/** Abbreviations that end a sentence only when the next word is a usual sentence opener. */
const MAYBE_FINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros', 'etc', 'a.m', 'p.m', 'no',
]);
/** Words that commonly open a sentence: after "U.S." or "Inc." they signal a real boundary. */
const OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'yet', 'so', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'since', 'as',
  'however', 'meanwhile', 'still', 'some', 'many', 'most', 'his', 'her', 'their', 'our', 'officials', 'what', 'why',
]);

/*
 * Segmentation runs on every article page, in code the browser has not compiled yet: the text is
 * searched natively (a regular expression finds each line and each run of sentence-ending
 * punctuation) and only the few characters around a candidate boundary are looked at one by one.
 */
const DOT = 46;
const DOUBLE_QUOTE = 34;
const QUOTE = 39;
const OPEN_PAREN = 40;
const OPEN_BRACKET = 91;

/** A line: text between line breaks. */
const LINE = /[^\n\r]+/g;
/**
 * A candidate end: a run of . ! ? and the closing quotes or brackets after it (never crosses a line);
 * or the line break that ends the search in this line.
 */
const ENDING = /[.!?]+["')\]]*|[\n\r]/g;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is whitespace as /\s/ understands it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A capital (A-Z, \u00C0-\u00DE) or a digit: what a sentence opens with. */
const isCapitalOrDigit = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde);
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Splits news text into sentences with exact offsets. Line breaks end a sentence (headings and
 * captions stand alone); within a line a sentence ends at . ! or ? (with any closing quotes or
 * brackets) followed by space and a capital, digit or opening quote, unless the full stop belongs to
 * an abbreviation (Mr., U.S., No. 7), an initial (M.), a decimal (1.6) or an ellipsis inside a line.
 */
export function segmentSentences(text: string): Segment[] {
  const folded = foldPunctuation(text);
  const out: Segment[] = [];
  LINE.lastIndex = 0;
  for (let line = LINE.exec(folded); line !== null; line = LINE.exec(folded)) {
    const to = line.index + line[0].length;
    splitLine(folded, line.index, to, text, out);
    LINE.lastIndex = to;
  }
  return out;
}

function splitLine(folded: string, from: number, to: number, original: string, out: Segment[]): void {
  let start = from;
  ENDING.lastIndex = from;
  for (let ending = ENDING.exec(folded); ending !== null && ending.index < to; ending = ENDING.exec(folded)) {
    const i = ending.index;
    // Every other mark of the same run would be judged the same way: the search goes on after the run.
    const end = i + ending[0].length;
    if (end >= to) break;
    ENDING.lastIndex = end;
    if (!isSpace(folded.charCodeAt(end))) continue;
    let next = end + 1;
    while (next < to && isSpace(folded.charCodeAt(next))) next++;
    if (next >= to) break;
    if (!startsSentence(folded, next, to)) continue;
    if (end === i + 1 && folded.charCodeAt(i) === DOT && !isBoundaryAfterPeriod(folded, i, next, to)) continue;
    push(original, start, end, out);
    start = next;
    ENDING.lastIndex = next;
  }
  push(original, start, to, out);
}

function startsSentence(s: string, at: number, to: number): boolean {
  const c = s.charCodeAt(at);
  if (isCapitalOrDigit(c)) return true;
  if ((c === DOUBLE_QUOTE || c === QUOTE || c === OPEN_PAREN || c === OPEN_BRACKET) && at + 1 < to) return isCapitalOrDigit(s.charCodeAt(at + 1));
  return false;
}

/** Decides whether the single full stop at index dot ends the sentence. */
function isBoundaryAfterPeriod(s: string, dot: number, next: number, to: number): boolean {
  let w = dot;
  while (w > 0) {
    const c = s.charCodeAt(w - 1);
    if (!isAsciiLetter(c) && c !== DOT) break;
    w--;
  }
  // The word before the full stop, without leading full stops.
  while (w < dot && s.charCodeAt(w) === DOT) w++;
  if (w === dot) return true;
  const word = s.slice(w, dot).toLowerCase();
  // A single capital letter: an initial ("Romulo Victor M. Israel").
  if (dot - w === 1) {
    const c = s.charCodeAt(w);
    if (c >= 65 && c <= 90) return false;
  }
  if (NEVER_FINAL.has(word)) return false;
  if (word === 'no') {
    const c = s.charCodeAt(next);
    return !(c >= 48 && c <= 57);
  }
  if (MAYBE_FINAL.has(word) || isDottedLetters(word)) {
    // The next word: its first ASCII letters, within 20 characters.
    let e = next;
    const limit = Math.min(to, next + 20);
    while (e < limit && isAsciiLetter(s.charCodeAt(e))) e++;
    return OPENERS.has(s.slice(next, e).toLowerCase());
  }
  return true;
}

/** Letters with a full stop between each two ("a.b.c"), in lower case. */
function isDottedLetters(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k % 2 === 0 ? !(c >= 97 && c <= 122) : c !== DOT) return false;
  }
  return true;
}

function push(original: string, from: number, to: number, out: Segment[]): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(original.charCodeAt(a))) a++;
  while (b > a && isSpace(original.charCodeAt(b - 1))) b--;
  if (b > a && hasLetterOrNumber(original, a, b)) out.push({ text: original.slice(a, b), start: a, end: b });
}

/** Whether original[a, b) holds a letter or a number (any script); ASCII is tested without a regular expression. */
function hasLetterOrNumber(original: string, a: number, b: number): boolean {
  let other = false;
  for (let k = a; k < b; k++) {
    const c = original.charCodeAt(k);
    if (isAsciiLetter(c) || (c >= 48 && c <= 57)) return true;
    if (c > 127) other = true;
  }
  return other && LETTER_OR_NUMBER.test(original.slice(a, b));
}
