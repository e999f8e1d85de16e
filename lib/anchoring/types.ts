/**
 * W3C Web Annotation selectors over a document's text (https://www.w3.org/TR/annotation-model/#selectors).
 * Positions count UTF-16 code units of the text the anchoring text map sees (see text-map.ts).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors Crosscheck makes and reads. Other selector types (e.g. RangeSelector) are ignored when anchoring. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** Characters of context kept before and after the quote. */
export const CONTEXT_LENGTH = 32;

export function isQuoteSelector(selector: { type?: unknown }): selector is TextQuoteSelector {
  return selector.type === 'TextQuoteSelector' && typeof (selector as TextQuoteSelector).exact === 'string';
}

export function isPositionSelector(selector: { type?: unknown }): selector is TextPositionSelector {
  const s = selector as TextPositionSelector;
  return (
    selector.type === 'TextPositionSelector' &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end >= s.start
  );
}
