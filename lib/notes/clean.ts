/**
 * Cleaning of text that comes from pages, messages and imported files. Control characters (C0 except
 * tab, line feed and carriage return; DEL; C1) are removed and unpaired surrogates become U+FFFD.
 * Everything else — right-to-left scripts, bidi marks, combining marks, emoji — is kept as it is.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A tag: cleaned, whitespace (including line breaks) collapsed to single spaces, trimmed. */
export function cleanTag(tag: string): string {
  return cleanText(tag).replace(/\s+/g, ' ').trim();
}

/** Cleaned, non-empty tags, each once (compared case-insensitively, the first spelling kept). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
