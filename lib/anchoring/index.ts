/**
 * Anchoring (DESIGN.md, contract 4): W3C TextQuoteSelector + TextPositionSelector ↔ DOM Range.
 * Pure DOM code: runs in browsers and under happy-dom. For many selectors over one page, use
 * createAnchorer(root), which builds the page's text map once.
 */
import { createAnchorer } from './anchorer';
import type { Selector } from './types';

export { createAnchorer, type Anchorer } from './anchorer';
export { IGNORE_ATTRIBUTE } from './text-map';
export * from './types';

/** Selectors (a TextQuoteSelector and a TextPositionSelector) describing a range inside `root`. */
export function describe(root: Node, range: Range): Selector[] {
  return createAnchorer(root).describe(range);
}

/**
 * The range `selectors` point to inside `root`: the position when its text still equals the quote,
 * else the exact quote (prefix, suffix and position choosing among repeats), else a fuzzy match of
 * the quote with its context. Null when the text cannot be found. Unknown selector types are ignored.
 */
export function anchor(root: Node, selectors: readonly unknown[]): Range | null {
  return createAnchorer(root).anchor(selectors);
}
