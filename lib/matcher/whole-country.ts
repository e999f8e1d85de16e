import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { countryKey } from './country-swap';

type Difference = FactComparison['differences'][number];

/** The name after "the whole of" as a token, for countryKey. */
const asToken = (word: string) => ({ norm: word.toLowerCase(), raw: word, start: 0, end: word.length, capitalized: true, isNumber: false });

/** A country taken whole: "the whole of Russia", "all of Japan", "across Russia", "throughout China". */
const WHOLE_RE = /\b(?:(?:across|throughout|over|in)\s+)?(?:the\s+whole\s+of|all\s+of|the\s+entire(?:ty\s+of)?|across|throughout|nationwide\s+in)\s+([A-Z][a-z]+)\b(?!['\u2019]s)(?!\s+(?:Far|Near|Middle)\b)/g;

/** Words for a part of a country ("the Russian Far East", "Japan's south-western islands", "eastern Russia"). */
const PART_AFTER = /^(?:['\u2019]s)?\s+(?:(?:far|north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central|south-?western|north-?western|south-?eastern|north-?eastern)\s+)*(?:far\s+east|east|west|north|south|islands?|coast|border(?:lands?)?|frontier|regions?|provinces?|districts?|territor(?:y|ies)|flank|heartland|interior)\b/i;
const PART_BEFORE = /\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|far-?eastern|parts?\s+of|regions?\s+of|corner\s+of)\s+$/i;

/** The places a sentence names a country, with the country's key (country-swap.ts). */
function countriesIn(f: SentenceFeatures): { key: string; start: number; end: number }[] {
  return f.tokens.flatMap((t) => {
    const key = countryKey(t);
    return key ? [{ key, start: t.start, end: t.end }] : [];
  });
}

/**
 * A country taken whole on the page against a part of it in the corpus ("across the whole of
 * Russia" against "in the Russian Far East"): the page widens where the claim holds. The corpus
 * sentence must name the country only as the owner of that part, never whole.
 */
export function wholeCountryAgainstPart(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  if (!/\b(?:whole|all of|entire|across|throughout|nationwide)\b/i.test(page.text)) return null;
  let named: ReturnType<typeof countriesIn> | null = null;
  for (const m of page.text.matchAll(WHOLE_RE)) {
    const key = countryKey(asToken(m[1]!));
    if (!key) continue;
    const mentions = (named ??= countriesIn(corpus)).filter((c) => c.key === key);
    if (!mentions.length) continue;
    const parts = mentions.map((c) => {
      const after = PART_AFTER.exec(corpus.text.slice(c.end));
      const before = PART_BEFORE.exec(corpus.text.slice(Math.max(0, c.start - 24), c.start));
      if (after) return corpus.text.slice(c.start, c.end + after[0].length);
      if (before) return corpus.text.slice(c.start - before[0].length, c.end);
      return null;
    });
    if (parts.some((p) => p === null)) continue;
    return { kind: 'scope', page: m[0].trim(), corpus: parts[0]! };
  }
  return null;
}
