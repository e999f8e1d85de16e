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
const TOKEN_RE = /[A-Za-z\u00C0-\u024F]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/g;

/** Splits text into word and number tokens with offsets into the input. Possessive 's is dropped. */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) {
    let raw = m[0];
    const start = m.index;
    if (/'s$/i.test(raw)) raw = raw.slice(0, -2);
    else if (/s'$/i.test(raw)) raw = raw.slice(0, -1);
    const isNumber = /^\d/.test(raw);
    const norm = isNumber ? raw : stripDiacritics(raw).toLowerCase();
    tokens.push({ norm, raw, start, end: start + raw.length, capitalized: /^[A-Z\u00C0-\u00DE]/.test(raw), isNumber });
  }
  return tokens;
}
