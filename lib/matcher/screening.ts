import { ENTITY_BOOST, type Overlap } from './similarity';
import { sameClaimScore } from './verdict';

/** Rounding slack: the bound is worked out in another order of sums than the score it bounds. */
const SLACK = 1e-9;

/**
 * The highest same-claim score a page sentence can reach against a corpus sentence once both are
 * analysed in full, read from their overlap on plain terms (`plain`: termOverlap of the two
 * sentences' light features, no terms inside names, no pronoun resolved). `names` are the name
 * terms the corpus sentence's pronouns may refer to (a superset of the antecedents the full
 * comparison credits).
 *
 * Full analysis changes only two things in termOverlap: terms inside names weigh ENTITY_BOOST times
 * their IDF (on either side), and page terms among the antecedents count as matched. Terms, quotes,
 * acronyms and prefixes are read the same way. So, on the page side, with I the IDF of each term,
 * c its credit (at most 1) and b its boost (1 or ENTITY_BOOST):
 *   coverPage = Σ c·b·I / Σ b·I ≤ N / (N + U), where N = Σ c·b·I ≤ ENTITY_BOOST · A,
 * A being the plain matched weight plus the IDF of every page term among `names` (credits only
 * grow), and U the plain weight of the terms with no credit that are not among `names` (a term with
 * no credit in full has none in plain either, and weighs at least its IDF). N / (N + U) grows with
 * N: coverPage ≤ β·A / (β·A + U). The corpus side is bounded the same way, without antecedents.
 * coverQuote, quoted and quoteFound do not depend on boosts; sameClaimScore grows with both covers.
 */
export function scoreBound(plain: Overlap, pageTerms: readonly string[], names: ReadonlySet<string>, idf: (term: string) => number): number {
  let matched = plain.matchedWeight;
  let unmatched = plain.unmatchedWeight;
  if (names.size) {
    for (const t of pageTerms) if (names.has(t)) matched += idf(t);
    for (const t of plain.unmatched) if (names.has(t)) unmatched -= idf(t);
  }
  const coverPage = bounded(matched, Math.max(0, unmatched));
  const coverCorpus = bounded(plain.corpusMatchedWeight, plain.corpusUnmatchedWeight);
  return sameClaimScore({ ...plain, coverPage, coverCorpus }) + SLACK;
}

function bounded(matched: number, unmatched: number): number {
  const boosted = ENTITY_BOOST * matched;
  return boosted > 0 ? Math.min(1, boosted / (boosted + unmatched)) : 0;
}
