/**
 * Text normalisation shared by the corpus build and the matcher. Each function keeps the string's
 * length unchanged where noted, so offsets computed on the normalised text stay valid on the original.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u2026': '.',
};

const FOLD_RE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212\u00A0\u2007\u2009\u200A\u202F\u2026]/g;

/** Folds typographic quotes, dashes and spaces to ASCII, one character for one (length preserved). */
export function foldPunctuation(text: string): string {
  return text.replace(FOLD_RE, (ch) => QUOTE_MAP[ch] ?? ch);
}

/** Removes diacritics (é → e). May change length: use only where offsets do not matter. */
export function stripDiacritics(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The comparison form of a string: folded punctuation, no diacritics, lower case, single spaces. */
export function normalizeText(text: string): string {
  return collapseWhitespace(stripDiacritics(foldPunctuation(text)).toLowerCase());
}
