import { similarity } from './edit-distance';
import { fuzzySearch } from './fuzzy';
import type { TextQuoteSelector } from './types';
import { collapse, collapseWhitespace, type CollapsedText } from './whitespace';

export interface TextSpan {
  start: number;
  end: number;
}

/** Weights of the parts of a candidate's score (as in other W3C annotators: the quote counts most). */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** Largest share of a quote that may differ for a fuzzy match. */
const MAX_ERROR_RATE = 0.2;
/** Shortest quote matched fuzzily; shorter ones must occur exactly. */
const MIN_FUZZY_LENGTH = 5;
/** Quotes shorter than this need their context to agree as well when matched fuzzily. */
const SHORT_QUOTE = 24;
/** Longer quotes are matched by their head and tail. */
const PIECE = 256;
/** Exact occurrences scored at most. */
const MAX_OCCURRENCES = 1_000;

/** The text anchoring searches: as it is, and (built when first needed) with whitespace collapsed. */
export class SearchText {
  private collapsedView: CollapsedText | null = null;
  constructor(readonly text: string) {}
  get collapsed(): CollapsedText {
    return (this.collapsedView ??= collapseWhitespace(this.text));
  }
}

function contextScore(text: string, start: number, end: number, prefix: string | undefined, suffix: string | undefined) {
  const before = prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1;
  const after = suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : 1;
  return { before, after };
}

interface Scored extends TextSpan {
  score: number;
  context: number;
}

function score(text: string, span: TextSpan, quoteSimilarity: number, selector: { prefix?: string; suffix?: string }, hint: number | undefined): Scored {
  const { before, after } = contextScore(text, span.start, span.end, selector.prefix, selector.suffix);
  const position = hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(span.start - hint) / text.length);
  const total =
    WEIGHT.quote * quoteSimilarity + WEIGHT.prefix * before + WEIGHT.suffix * after + WEIGHT.position * position;
  const contextWeight = (selector.prefix ? 1 : 0) + (selector.suffix ? 1 : 0);
  const context = contextWeight === 0 ? 1 : ((selector.prefix ? before : 0) + (selector.suffix ? after : 0)) / contextWeight;
  return { ...span, score: total, context };
}

function bestOf(list: Scored[]): Scored | null {
  let best: Scored | null = null;
  for (const s of list) if (!best || s.score > best.score) best = s;
  return best;
}

function exactOccurrences(text: string, exact: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let at = text.indexOf(exact); at !== -1 && spans.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    spans.push({ start: at, end: at + exact.length });
  }
  return spans;
}

/** Fuzzy matches of a quote: whole when short, else its head and tail matched and joined. */
function fuzzyMatches(text: string, quote: string): { span: TextSpan; similarity: number }[] {
  const m = quote.length;
  if (m < MIN_FUZZY_LENGTH) return [];
  if (m <= 2 * PIECE) {
    const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
    return fuzzySearch(text, quote, maxErrors).map((a) => ({ span: { start: a.start, end: a.end }, similarity: 1 - a.errors / m }));
  }
  const maxErrors = Math.floor(PIECE * MAX_ERROR_RATE);
  const heads = fuzzySearch(text, quote.slice(0, PIECE), maxErrors);
  const tails = fuzzySearch(text, quote.slice(-PIECE), maxErrors);
  const out: { span: TextSpan; similarity: number }[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      const length = tail.end - head.start;
      if (length < m * (1 - MAX_ERROR_RATE) || length > m * (1 + MAX_ERROR_RATE)) continue;
      out.push({ span: { start: head.start, end: tail.end }, similarity: 1 - (head.errors + tail.errors) / (2 * PIECE) });
    }
  }
  return out;
}

/**
 * Where a quote selector's text is: the exact quote (the occurrence whose prefix, suffix and
 * position fit best), else the quote with whitespace collapsed on both sides, else the closest
 * approximate match. `hint` is the expected start (from a position selector). Null when the text is
 * not there: a wrong place is worse than none.
 */
export function matchQuote(search: SearchText, selector: TextQuoteSelector, hint?: number): TextSpan | null {
  const { text } = search;
  if (!selector.exact) return null;
  // A short quote (a name, a number) also occurs in other places: it must sit in its old context.
  const fits = (c: Scored) => selector.exact.length >= SHORT_QUOTE || c.context >= 0.5;
  const exact = exactOccurrences(text, selector.exact);
  if (exact.length > 0) {
    const best = bestOf(exact.map((span) => score(text, span, 1, selector, hint)));
    if (best && fits(best)) return { start: best.start, end: best.end };
  }

  const { text: ctext, origin } = search.collapsed;
  const quote = collapse(selector.exact);
  const context = { prefix: selector.prefix && collapse(selector.prefix), suffix: selector.suffix && collapse(selector.suffix) };
  const chint = hint === undefined ? undefined : collapsedOffset(origin, hint);
  const toOriginal = (span: TextSpan): TextSpan => ({ start: origin[span.start]!, end: origin[span.end - 1]! + 1 });

  const collapsedExact = exactOccurrences(ctext, quote);
  if (collapsedExact.length > 0) {
    const best = bestOf(collapsedExact.map((span) => score(ctext, span, 1, context, chint)));
    if (best && fits(best)) return toOriginal(best);
  }

  const candidates = fuzzyMatches(ctext, quote)
    .filter((c) => c.span.end > c.span.start)
    .map((c) => score(ctext, c.span, c.similarity, context, chint))
    .filter(fits);
  const best = bestOf(candidates);
  return best && toOriginal(best);
}

/** The offset in the collapsed text of an offset in the original (the first collapsed char at or after it). */
function collapsedOffset(origin: Int32Array, offset: number): number {
  let lo = 0;
  let hi = origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
