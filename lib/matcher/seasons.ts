import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

/** A season as the time of an event ("last autumn", "this spring", "in the winter of 2023"). */
const SEASON_RE = /\b(?:last|this|next|early|late|in\s+the|during\s+the|over\s+the)\s+(spring|summer|autumn|fall|winter)\b/i;

/**
 * The season the page gives an event: a fact of the claim. Where the corpus gives another season,
 * the time differs; where it gives none, the page adds a fact the corpus does not state.
 */
export function compareSeasons(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const p = SEASON_RE.exec(page.text);
  if (!p) return;
  const c = SEASON_RE.exec(corpus.text);
  const season = (s: string) => (s.toLowerCase() === 'fall' ? 'autumn' : s.toLowerCase());
  if (!c) {
    // A date the corpus gives may hold the season ("in October"): left to the rules for dates.
    if (!corpus.facts.dates.length) out.novel.push(p[0]);
  } else if (season(p[1]!) !== season(c[1]!)) out.differences.push({ kind: 'date', page: p[0], corpus: c[0] });
}
