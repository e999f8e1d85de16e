import { foldPunctuation, stripDiacritics } from './normalize';

export interface Token {
  /** Lower-case, ASCII-folded form. */
  norm: string;
  /** The token as written (folded punctuation). */
  raw: string;
  start: number;
  end: number;
  /** Written with an initial capital (or all capitals) in the source. */
  capitalized: boolean;
  isNumber: boolean;
}

/**
 * Splits text into word and number tokens with offsets into the input. Possessive 's is dropped.
 * Words have inner apostrophes ("don't"); numbers have thousands separators, decimals or an ordinal
 * suffix. One scan of the text, taking what this pattern matches, in order:
 *   /[A-Za-z\u00C0-\u024F]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/g
 */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  // Most texts are ASCII: diacritics are looked for per token only when the text has some.
  const ascii = !NON_ASCII_RE.test(folded);
  const tokens: Token[] = [];
  const n = folded.length;
  for (let start = 0; start < n; ) {
    const first = folded.charCodeAt(start);
    const isNumber = isDigit(first);
    let end = start + 1;
    if (isNumber) {
      while (end < n && isDigit(folded.charCodeAt(end))) end++;
      for (let c = folded.charCodeAt(end); (c === 46 || c === 44) && isDigit(folded.charCodeAt(end + 1)); c = folded.charCodeAt(end)) {
        end += 2;
        while (end < n && isDigit(folded.charCodeAt(end))) end++;
      }
      if (isOrdinalSuffix(folded.charCodeAt(end), folded.charCodeAt(end + 1))) end += 2;
    } else if (isLetter(first)) {
      while (end < n && isLetter(folded.charCodeAt(end))) end++;
      while (folded.charCodeAt(end) === APOSTROPHE && isAsciiLetter(folded.charCodeAt(end + 1))) {
        end += 2;
        while (end < n && isAsciiLetter(folded.charCodeAt(end))) end++;
      }
    } else {
      start++;
      continue;
    }
    let raw = folded.slice(start, end);
    const length = end - start;
    const last = folded.charCodeAt(end - 1);
    const before = length >= 2 ? folded.charCodeAt(end - 2) : 0;
    // A possessive "'s", or a plural's closing apostrophe (as /'s$/i, then /s'$/i).
    if (before === APOSTROPHE && (last === 115 || last === 83)) raw = raw.slice(0, -2);
    else if (last === APOSTROPHE && (before === 115 || before === 83)) raw = raw.slice(0, -1);
    const norm = isNumber ? raw : ascii ? raw.toLowerCase() : stripDiacritics(raw).toLowerCase();
    tokens.push({ norm, raw, start, end: start + raw.length, capitalized: (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde), isNumber });
    start = end;
  }
  return tokens;
}

const APOSTROPHE = 39;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\u0000-\u007f]/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A letter of a word: ASCII, or Latin-1 and Latin Extended (U+00C0 to U+024F). */
const isLetter = (c: number) => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
/** "st", "nd", "rd" or "th" (lower case). */
const isOrdinalSuffix = (a: number, b: number) =>
  (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
