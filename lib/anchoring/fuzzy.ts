import { alignInText, type Alignment } from './edit-distance';

/** Occurrences of one seed looked at; a seed found more often than this says little. */
const MAX_HITS_PER_SEED = 400;
/** Places around which a full alignment is computed. */
const MAX_CANDIDATES = 8;

const seedLength = (m: number) => (m >= 64 ? 8 : m >= 24 ? 6 : 4);

/**
 * Places in `text` where `pattern` occurs with at most `maxErrors` edits. Seed and verify: the
 * pattern is cut into short pieces, and with at most k edits at least (pieces − k) of them occur
 * unchanged; each exact occurrence of a piece votes for where the pattern would start; the best voted
 * places are aligned exactly (alignInText). Finds the close matches that matter for re-anchoring
 * (a word edited, a few characters changed) at a cost near that of a few indexOf scans.
 */
export function fuzzySearch(text: string, pattern: string, maxErrors: number): Alignment[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const q = seedLength(m);
  const votes: { diagonal: number; seed: number }[] = [];
  for (let seed = 0, offset = 0; offset + q <= m; seed++, offset += q) {
    const piece = pattern.slice(offset, offset + q);
    let hits = 0;
    for (let at = text.indexOf(piece); at !== -1 && hits < MAX_HITS_PER_SEED; at = text.indexOf(piece, at + 1), hits++) {
      votes.push({ diagonal: at - offset, seed });
    }
  }
  if (votes.length === 0) return [];
  votes.sort((a, b) => a.diagonal - b.diagonal);

  // Group votes whose diagonals lie within maxErrors of each other; a group's worth is its distinct seeds.
  const slack = Math.max(maxErrors, 2);
  const groups: { from: number; to: number; seeds: number }[] = [];
  let groupStart = 0;
  for (let i = 1; i <= votes.length; i++) {
    if (i < votes.length && votes[i]!.diagonal - votes[i - 1]!.diagonal <= slack) continue;
    const members = votes.slice(groupStart, i);
    groups.push({ from: members[0]!.diagonal, to: members[members.length - 1]!.diagonal, seeds: new Set(members.map((v) => v.seed)).size });
    groupStart = i;
  }
  const pieces = Math.floor(m / q);
  const needed = Math.max(1, pieces - maxErrors);
  const best = groups
    .filter((g) => g.seeds >= needed)
    .sort((a, b) => b.seeds - a.seeds || a.from - b.from)
    .slice(0, MAX_CANDIDATES);

  const found: Alignment[] = [];
  for (const group of best) {
    const from = Math.max(0, group.from - maxErrors);
    const to = Math.min(text.length, group.to + m + maxErrors);
    const match = alignInText(pattern, text, from, to);
    if (match.errors <= maxErrors && !found.some((f) => f.start === match.start && f.end === match.end)) found.push(match);
  }
  return found;
}
