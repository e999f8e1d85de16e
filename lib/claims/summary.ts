import type { Claim, ClaimCounts } from './types';

export function countClaims(claims: readonly Pick<Claim, 'verdict'>[]): ClaimCounts {
  const counts: ClaimCounts = { corroborated: 0, divergent: 0 };
  for (const claim of claims) counts[claim.verdict]++;
  return counts;
}

/** One line for a reader, e.g. "3 corroborated, 1 divergent". */
export function describeCounts(counts: ClaimCounts): string {
  const total = counts.corroborated + counts.divergent;
  if (total === 0) return 'No claims matched the reference corpus';
  return `${counts.corroborated} corroborated, ${counts.divergent} divergent`;
}

/** The text of the toolbar badge: the number of painted claims, empty for none. */
export function badgeText(counts: ClaimCounts): string {
  const total = counts.corroborated + counts.divergent;
  return total === 0 ? '' : total > 999 ? '999+' : String(total);
}

/** A claim's text shortened for a list, on a word boundary. */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
