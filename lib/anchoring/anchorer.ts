import { matchQuote, SearchText } from './match-quote';
import { buildTextMap, offsetOf, rangeOf, type TextMap } from './text-map';
import {
  CONTEXT_LENGTH,
  isPositionSelector,
  isQuoteSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

export interface Anchorer {
  /** The text the selectors refer to. */
  readonly text: string;
  /** A quote selector (exact, prefix, suffix) and a position selector for a range inside the root. */
  describe(range: Range): [TextQuoteSelector, TextPositionSelector];
  /** As `describe`, with the whitespace at the range's ends left out; null when the range holds only whitespace. */
  describeTrimmed(range: Range): [TextQuoteSelector, TextPositionSelector] | null;
  /** The range the selectors point to, or null when its text is no longer on the page. */
  anchor(selectors: readonly unknown[]): Range | null;
  /** As `anchor`, as text offsets. */
  locate(selectors: readonly unknown[]): { start: number; end: number } | null;
}

/**
 * Anchoring over one root. The text map is built once: describe and anchor as many selectors as
 * needed, and make a new anchorer when the page's text changes.
 */
export function createAnchorer(root: Node): Anchorer {
  const map: TextMap = buildTextMap(root);
  const search = new SearchText(map.text);
  const { text } = map;

  /** The range's text offsets, in order. */
  function offsetsOf(range: Range): { start: number; end: number } {
    const start = offsetOf(map, range.startContainer, range.startOffset);
    const end = offsetOf(map, range.endContainer, range.endOffset);
    return end < start ? { start: end, end: start } : { start, end };
  }

  function selectorsAt(start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
    return [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: text.slice(end, end + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start, end },
    ];
  }

  function locate(selectors: readonly unknown[]): { start: number; end: number } | null {
    const objects = selectors.filter((s): s is { type?: unknown } => typeof s === 'object' && s !== null);
    const quote = objects.find(isQuoteSelector);
    const position = objects.find(isPositionSelector);
    if (position && position.end <= text.length && position.end > position.start) {
      if (!quote || text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
    }
    if (!quote) return null;
    return matchQuote(search, quote, position?.start);
  }

  return {
    text,
    describe(range) {
      const { start, end } = offsetsOf(range);
      return selectorsAt(start, end);
    },
    describeTrimmed(range) {
      let { start, end } = offsetsOf(range);
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      return start === end ? null : selectorsAt(start, end);
    },
    locate,
    anchor(selectors) {
      const span = locate(selectors);
      return span ? rangeOf(map, span.start, span.end) : null;
    },
  };
}
