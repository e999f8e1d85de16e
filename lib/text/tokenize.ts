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

// Words (with inner apostrophes, e.g. "don't"), or numbers with thousands separators, decimals or an ordinal suffix.
const TOKEN_RE = /[A-Za-z\u00C0-\u024F]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/y;
/** What lies between tokens: a token starts at any letter or digit. */
const BETWEEN_RE = /[^A-Za-z\u00C0-\u024F0-9]*/y;

/**
 * Splits text into word and number tokens with offsets into the input. Possessive 's is dropped.
 * Each token's ends are found by sticky patterns tested in place (no match object per token).
 */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  // Most texts are ASCII: diacritics are looked for per token only when the text has some.
  const ascii = !NON_ASCII_RE.test(folded);
  const tokens: Token[] = [];
  const n = folded.length;
  for (let at = 0; ; ) {
    BETWEEN_RE.lastIndex = at;
    BETWEEN_RE.test(folded);
    const start = BETWEEN_RE.lastIndex;
    if (start >= n) break;
    TOKEN_RE.lastIndex = start;
    TOKEN_RE.test(folded);
    const end = TOKEN_RE.lastIndex;
    at = end;
    let raw = folded.slice(start, end);
    const last = folded.charCodeAt(end - 1);
    const before = end - start >= 2 ? folded.charCodeAt(end - 2) : 0;
    // A possessive "'s", or a plural's closing apostrophe (as /'s$/i, then /s'$/i).
    if (before === APOSTROPHE && (last === 115 || last === 83)) raw = raw.slice(0, -2);
    else if (last === APOSTROPHE && (before === 115 || before === 83)) raw = raw.slice(0, -1);
    const first = folded.charCodeAt(start);
    const isNumber = first >= 48 && first <= 57;
    const norm = isNumber ? raw : ascii ? raw.toLowerCase() : stripDiacritics(raw).toLowerCase();
    tokens.push({ norm, raw, start, end: start + raw.length, capitalized: (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde), isNumber });
  }
  return tokens;
}

const APOSTROPHE = 39;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\u0000-\u007f]/;
