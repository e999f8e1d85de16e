import { stripEach } from './dom-text';

/** Where a quote was found in a skeleton: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Occurrences looked at per quote; a sentence repeated more often than this on one page is left out. */
const MAX_OCCURRENCES = 16;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * Finds each quote (sentences of the article, in reading order) in the skeleton of the live page.
 * Quotes are compared without whitespace. A quote found once is placed there; a quote found several
 * times (a headline repeated in a teaser, a pull quote) is placed at the occurrence that keeps the
 * article in order, between the previous placed quote and the next quote found only once, and
 * closest to one of them (sentences of an article follow each one another); failing that, the
 * nearest to the previous one. Quotes not on the page at all get null.
 */
export function locateQuotes(skeleton: string, quotes: readonly string[]): (Span | null)[] {
  const needles = stripEach(quotes);
  return placeQuotes(
    needles,
    needles.map((needle) => (needle.length > 0 ? occurrences(skeleton, needle) : [])),
  );
}

/**
 * locateQuotes in slices: the search (the costly part on a long article) calls `pause` after each
 * quote, which may give the page a turn. Same result as locateQuotes.
 */
export async function locateQuotesSliced(skeleton: string, quotes: readonly string[], pause: () => Promise<void> | void): Promise<(Span | null)[]> {
  const needles = stripEach(quotes);
  const hits: number[][] = [];
  for (const needle of needles) {
    hits.push(needle.length > 0 ? occurrences(skeleton, needle) : []);
    // Only a pause that yields is waited for: no turn of the microtask queue per quote.
    const paused = pause();
    if (paused) await paused;
  }
  return placeQuotes(needles, hits);
}

/** Places each quote at one of its occurrences (`hits`, in skeleton order), as locateQuotes describes. */
function placeQuotes(needles: readonly string[], hits: readonly number[][]): (Span | null)[] {
  const placed: (Span | null)[] = hits.map((at, i) => (at.length === 1 ? { start: at[0]!, end: at[0]! + needles[i]!.length } : null));

  // The next uniquely placed quote after each index, as an upper bound for ambiguous ones.
  const nextBound: number[] = new Array(needles.length);
  let bound = Number.POSITIVE_INFINITY;
  for (let i = needles.length - 1; i >= 0; i--) {
    nextBound[i] = bound;
    const span = placed[i];
    if (span) bound = span.start;
  }

  let previousEnd: number | null = null;
  for (let i = 0; i < needles.length; i++) {
    const span = placed[i];
    if (span) {
      previousEnd = span.end;
      continue;
    }
    const at = hits[i]!;
    if (at.length === 0) continue;
    const length = needles[i]!.length;
    const upper = nextBound[i]!;
    const chosen: number = closestBetween(at, length, previousEnd, upper) ?? nearest(at, previousEnd ?? (Number.isFinite(upper) ? upper : 0));
    placed[i] = { start: chosen, end: chosen + length };
    previousEnd = chosen + length;
  }
  return placed;
}

/** The occurrence within [after, before] that lies closest to either bound, or null. */
function closestBetween(candidates: readonly number[], length: number, after: number | null, before: number): number | null {
  let best: number | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const start of candidates) {
    if ((after !== null && start < after) || start + length > before) continue;
    const gap = Math.min(after === null ? Number.POSITIVE_INFINITY : start - after, before - (start + length));
    if (best === null || gap < bestGap) {
      best = start;
      bestGap = gap;
    }
  }
  return best;
}

function nearest(candidates: readonly number[], target: number): number {
  let best = candidates[0]!;
  for (const c of candidates) if (Math.abs(c - target) < Math.abs(best - target)) best = c;
  return best;
}
