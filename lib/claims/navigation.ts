/**
 * Keyboard navigation between painted claims, in reading order, wrapping around at both ends.
 * `current` is the focused claim or null when none is focused yet: "next" then starts at the first
 * claim (or the first one below `fromIndex`, the first claim in view), "previous" at the last.
 */
export function stepClaim(current: number | null, count: number, direction: 1 | -1, fromIndex?: number): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) {
    if (fromIndex !== undefined && fromIndex >= 0 && fromIndex < count) {
      return direction === 1 ? fromIndex : (fromIndex - 1 + count) % count;
    }
    return direction === 1 ? 0 : count - 1;
  }
  return (current + direction + count) % count;
}

/** Orders items by a document-order comparison (e.g. Range.compareBoundaryPoints) and renumbers them. */
export function inReadingOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}
