import type { FactComparison } from './compare';
import type { Token } from '@/lib/text/tokenize';
import type { SentenceFeatures } from './features';
import { placeTermOf } from './entities';
import { wordTerm } from './lexicon';
import { isCountryWord, REGIONS } from './places-data';

/** Words that add a second country to a claim made of a first ("Australia is also buying"). */
const ADDITIVE_RE = /\b(also|too|likewise|similarly|as well|in turn|both|alongside|along with|joined)\b/i;

/** A speaker's "we", "our" or "us" (in lower case: "US" is a country), which may stand for a country. */
const FIRST_PERSON_PLURAL_RE = /\b(?:we|our|ours|us)\b/;

/** Canonical terms of regions (lexicon.ts folds "Asian" to "asia"). */
const REGION_TERMS = new Set(['asia', 'europ', 'africa']);

/** Words for a people or what is theirs ("Russian", "Chinese", "Soviet"), not the country itself. */
const DEMONYM_RE = /(?:ian|ese|ish|ean|an|et)s?$/;

/** Older names of a country that news prose uses for it ("Soviet" engineers of what is now Russia). */
const SAME_COUNTRY: Record<string, string> = { ussr: 'russia' };

/**
 * The country a token names by any of its names, capitals or peoples ("Kyiv", "Ukrainian" and
 * "Ukraine" → one key), or null. Regions are left out: a region against a country is a difference
 * of scope (compare-places.ts).
 */
export function countryKey(t: Token): string | null {
  if (!t.capitalized) return null;
  const term = /^U\.?S\.?$/.test(t.raw) ? 'usa' : placeTermOf(t.norm);
  if (!term || term in REGIONS || REGION_TERMS.has(term)) return null;
  // One key per country, whichever name found it ("Britain" and "British" alike).
  const key = wordTerm(term) || term;
  return SAME_COUNTRY[key] ?? key;
}

const countriesCache = [new WeakMap<SentenceFeatures, Map<string, string>>(), new WeakMap<SentenceFeatures, Map<string, string>>()];

/** The countries a sentence names, each once, with the word that first names each (read once per sentence). */
function countriesOf(f: SentenceFeatures, nounsOnly = false): Map<string, string> {
  const cache = countriesCache[nounsOnly ? 1 : 0]!;
  let out = cache.get(f);
  if (!out) cache.set(f, (out = readCountries(f, nounsOnly)));
  return out;
}

function readCountries(f: SentenceFeatures, nounsOnly: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of f.tokens) {
    if (nounsOnly && DEMONYM_RE.test(t.norm) && !isCountryWord(t.norm)) continue;
    const country = countryKey(t);
    if (country && !out.has(country)) out.set(country, t.raw.replace(/'s$/, ''));
  }
  return out;
}

/**
 * One country in place of another: the page names exactly one country, by any of its names, that
 * the corpus sentence never names, and leaves out exactly one country the corpus sentence names
 * ("Kyiv cancelled the deal" against "the Russian government cancelled the deal", "Rostec,
 * Ukraine's biggest defence company" against "Rostec, Russia's largest defence company"). Of the
 * same claim, the page has put one country where the corpus has another: a changed name. A page
 * that presents its country as a second one ("also") makes another claim, and a difference of
 * name or place already found covers it.
 */
export function compareCountries(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.some((d) => d.kind === 'name' || d.kind === 'scope') || ADDITIVE_RE.test(page.text)) return;
  // The page's own country is one it names as a country ("Ukraine", "Kyiv"): "the Russian leader"
  // may describe a person the corpus names.
  const own = countriesOf(page, true);
  if (!own.size) return;
  const p = countriesOf(page);
  const c = countriesOf(corpus);
  // "We want the US to ...": the speaker's own country stands in the corpus unnamed.
  if (FIRST_PERSON_PLURAL_RE.test(corpus.text)) return;
  const pageOnly = [...own].filter(([k]) => !c.has(k));
  const corpusOnly = [...c].filter(([k]) => !p.has(k));
  if (pageOnly.length !== 1 || corpusOnly.length !== 1) return;
  const [, pw] = pageOnly[0]!;
  const [, cw] = corpusOnly[0]!;
  out.novel = out.novel.filter((n) => !n.includes(pw));
  out.differences.push({ kind: 'name', page: pw, corpus: cw });
}
