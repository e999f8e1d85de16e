import { matchQuote, SearchText } from './match-quote';
import { buildTextMap, offsetOf, rangeOf, type TextMap } from './text-map';
import {
  CONTEXT_LENGTH,
  isPositionSelector,
  isQuoteSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';

export interface Anchorer {
  /** The text the selectors refer to. */
  readonly text: string;
  /** A quote selector (exact, prefix, suffix) and a position selector for a range inside the root. */
  describe(range: Range): [TextQuoteSelector, TextPositionSelector];
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
      let start = offsetOf(map, range.startContainer, range.startOffset);
      let end = offsetOf(map, range.endContainer, range.endOffset);
      if (end < start) [start, end] = [end, start];
      return [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + CONTEXT_LENGTH),
        },
        { type: 'TextPositionSelector', start, end },
      ];
    },
    locate,
    anchor(selectors) {
      const span = locate(selectors);
      return span ? rangeOf(map, span.start, span.end) : null;
    },
  };
}
