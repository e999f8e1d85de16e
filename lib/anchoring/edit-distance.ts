/** Edit distances (insertions, deletions and substitutions of UTF-16 code units). */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let curr = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, curr[j - 1]! + 1);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1]: 1 for equal strings, 0 when nothing is shared. Two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

export interface Alignment {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of text[from, to) closest to `pattern` (semi-global alignment: the pattern must be
 * matched whole, the text may start and end anywhere). Among equally close ones, the first; cost
 * O(pattern.length × (to − from)).
 */
export function alignInText(pattern: string, text: string, from: number, to: number): Alignment {
  const n = to - from;
  const m = pattern.length;
  // Row i of the table: cost[j] = best cost of pattern[0, i) ending at text[from + j), origin[j] = where it started.
  let cost = new Int32Array(n + 1);
  let origin = new Int32Array(n + 1);
  let nextCost = new Int32Array(n + 1);
  let nextOrigin = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) origin[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    nextCost[0] = i;
    nextOrigin[0] = 0;
    for (let j = 1; j <= n; j++) {
      let best = cost[j - 1]! + (pc === text.charCodeAt(from + j - 1) ? 0 : 1);
      let from_ = origin[j - 1]!;
      const up = cost[j]! + 1;
      if (up < best) {
        best = up;
        from_ = origin[j]!;
      }
      const left = nextCost[j - 1]! + 1;
      if (left < best) {
        best = left;
        from_ = nextOrigin[j - 1]!;
      }
      nextCost[j] = best;
      nextOrigin[j] = from_;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  let bestJ = 0;
  for (let j = 1; j <= n; j++) if (cost[j]! < cost[bestJ]!) bestJ = j;
  return { start: from + origin[bestJ]!, end: from + bestJ, errors: cost[bestJ]! };
}
