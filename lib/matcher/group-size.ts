import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { placeTermOf } from './entities';

/** Nouns that stand for a group of countries ("the two countries", "both governments", "the four powers"), stemmed. */
const COUNTRY_GROUP_NOUNS = new Set(['countri', 'nation', 'power', 'govern', 'side', 'capit', 'neighbour', 'neighbor', 'state']);
/** Place terms that are regions, not countries. */
const REGION_TERMS = new Set(['europe', 'asia', 'africa']);

/** The countries a sentence names (a demonym or a capital names its country), each once, as first written. */
function countriesNamed(f: SentenceFeatures): string[] {
  const seen = new Map<string, string>();
  for (const t of f.tokens) {
    if (!/^[A-Z]/.test(t.raw)) continue;
    const term = placeTermOf(t.norm);
    if (!term || REGION_TERMS.has(term)) continue;
    if (!seen.has(term)) seen.set(term, t.raw);
  }
  return [...seen.values()];
}

/**
 * "the four countries" against a corpus sentence that names only two countries and counts none:
 * the page's group is larger than any the corpus sentence could mean, a changed count. A smaller
 * number may be some of them, and a page that names enough countries itself may mean others.
 */
export function compareGroupSize(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  for (const q of page.facts.quantities) {
    if (!q.referential || !q.noun || !COUNTRY_GROUP_NOUNS.has(q.noun)) continue;
    if (corpus.facts.quantities.some((c) => c.referential && c.noun === q.noun)) continue;
    const named = countriesNamed(corpus);
    if (named.length < 2 || q.value <= named.length || countriesNamed(page).length >= q.value) continue;
    const noun = page.text.slice(q.end).trim().split(/\s+/)[0]?.replace(/[^\p{L}'-]+$/u, '') ?? '';
    out.differences.push({ kind: 'count', page: `${q.text} ${noun}`.trim(), corpus: named.join(' and ') });
    return;
  }
}
