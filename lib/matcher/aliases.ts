/**
 * Names the corpus itself spells out: "the Russian Federal Security Service (FSB)", "ICBC (Industrial
 * and Commercial Bank of China)". A page that writes one form where the corpus writes the other
 * names the same body.
 */

/** A name of two to seven capitalised words, with the short words names keep inside ("Bank of China"). */
const LONG = "((?:[A-Z][\\w'\u2019-]*|of|and|for|the|de)(?:\\s+(?:[A-Z][\\w'\u2019-]*|of|and|for|the|de)){1,6})";
/** An acronym: two to eight capitals or digits, starting with a capital. */
const SHORT = '([A-Z][A-Z0-9&]{1,7})';
const LONG_THEN_SHORT_RE = new RegExp(`${LONG}\\s*\\(${SHORT}\\)`, 'g');
const SHORT_THEN_LONG_RE = new RegExp(`\\b${SHORT}\\s*\\(${LONG}\\)`, 'g');
/** "the FSB's Department for Counterintelligence Operations, known as the DKRO". */
const LONG_KNOWN_AS_SHORT_RE = new RegExp(`${LONG},?\\s+(?:known|referred to|abbreviated)\\s+as\\s+(?:the\\s+)?${SHORT}\\b`, 'g');
const SMALL_WORD_RE = /^(?:of|and|for|the|de)$/;

/**
 * The long name trimmed to where the acronym starts ("Russian Federal Security Service" for "FSB":
 * "Federal Security Service"), or null when no word of it starts with the acronym's first letter.
 */
function trimmed(long: string, short: string): string | null {
  const words = long.split(/\s+/);
  const from = words.findIndex((w) => w[0] === short[0] && !SMALL_WORD_RE.test(w));
  if (from < 0 || words.length - from < 2) return null;
  return words.slice(from).join(' ');
}

/** Each form of a name spelt out in the texts, with its other form. */
export function learnAliases(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (long: string, short: string) => {
    const name = trimmed(long, short);
    if (!name || out.has(short) || out.has(name)) return;
    out.set(short, name);
    out.set(name, short);
  };
  for (const text of texts) {
    if (text.includes(' as ')) for (const m of text.matchAll(LONG_KNOWN_AS_SHORT_RE)) add(m[1]!, m[2]!);
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(LONG_THEN_SHORT_RE)) add(m[1]!, m[2]!);
    for (const m of text.matchAll(SHORT_THEN_LONG_RE)) add(m[2]!, m[1]!);
  }
  return out;
}

/** Whether a text contains a phrase as whole words. */
export function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + phrase.length < text.length ? text[at + phrase.length]! : ' ';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
  }
  return false;
}

/** The other forms of the names a text writes. */
export function aliasesIn(text: string, aliases: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [name, other] of aliases) if (containsWords(text, name)) out.push(other);
  return out;
}
