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
 * searched natively (line breaks with indexOf, each run of sentence-ending punctuation with one
 * regular expression) and only the few characters around a candidate boundary are looked at one by
 * one. Typographic quotes and the ellipsis character count as their ASCII forms (as foldPunctuation
 * in ./normalize has them), without a folded copy of the text.
 */
const LF = 10;
const CR = 13;
const DOT = 46;
const ELLIPSIS = 0x2026;
const DOUBLE_QUOTE = 34;
const QUOTE = 39;
const OPEN_PAREN = 40;
const OPEN_BRACKET = 91;

/**
 * A candidate end: a run of . ! ? … and the closing quotes or brackets after it (never crosses a
 * line); or the line break that ends the search in this line.
 */
const ENDING = /[.!?\u2026]+["')\]\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]*|[\n\r]/g;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is whitespace as /\s/ understands it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A quotation mark, straight or typographic (what foldPunctuation turns into ' or "). */
function isQuote(c: number): boolean {
  return (
    c === DOUBLE_QUOTE || c === QUOTE || (c >= 0x2018 && c <= 0x201f) || c === 0x2032 || c === 0x2033 ||
    c === 0x60 || c === 0xb4 || c === 0xab || c === 0xbb
  );
}

/** A full stop, or the ellipsis character (folded to one). */
const isDot = (c: number) => c === DOT || c === ELLIPSIS;
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
  const out: Segment[] = [];
  const length = text.length;
  // The next line feed and carriage return at or after the current line, looked up again only once passed.
  let lf = -1;
  let cr = -1;
  let from = 0;
  while (from < length) {
    const c = text.charCodeAt(from);
    if (c === LF || c === CR) {
      from++;
      continue;
    }
    if (lf < from) lf = nextOrEnd(text, '\n', from);
    if (cr < from) cr = nextOrEnd(text, '\r', from);
    const to = lf < cr ? lf : cr;
    splitLine(text, from, to, out);
    from = to;
  }
  return out;
}

/** Offset of the next `ch` at or after `from`, or the text's length. */
function nextOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at === -1 ? text.length : at;
}

function splitLine(text: string, from: number, to: number, out: Segment[]): void {
  let start = from;
  ENDING.lastIndex = from;
  for (let ending = ENDING.exec(text); ending !== null && ending.index < to; ending = ENDING.exec(text)) {
    const i = ending.index;
    // Every other mark of the same run would be judged the same way: the search goes on after the run.
    const end = i + ending[0].length;
    if (end >= to) break;
    ENDING.lastIndex = end;
    if (!isSpace(text.charCodeAt(end))) continue;
    let next = end + 1;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next >= to) break;
    if (!startsSentence(text, next, to)) continue;
    if (end === i + 1 && isDot(text.charCodeAt(i)) && !isBoundaryAfterPeriod(text, i, next, to)) continue;
    push(text, start, end, out);
    start = next;
    ENDING.lastIndex = next;
  }
  push(text, start, to, out);
}

function startsSentence(s: string, at: number, to: number): boolean {
  const c = s.charCodeAt(at);
  if (isCapitalOrDigit(c)) return true;
  if ((isQuote(c) || c === OPEN_PAREN || c === OPEN_BRACKET) && at + 1 < to) return isCapitalOrDigit(s.charCodeAt(at + 1));
  return false;
}

/** Decides whether the single full stop at index dot ends the sentence. */
function isBoundaryAfterPeriod(s: string, dot: number, next: number, to: number): boolean {
  let w = dot;
  while (w > 0) {
    const c = s.charCodeAt(w - 1);
    if (!isAsciiLetter(c) && !isDot(c)) break;
    w--;
  }
  // The word before the full stop, without leading full stops.
  while (w < dot && isDot(s.charCodeAt(w))) w++;
  if (w === dot) return true;
  const raw = s.slice(w, dot).toLowerCase();
  const word = raw.includes('\u2026') ? raw.split('\u2026').join('.') : raw;
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
