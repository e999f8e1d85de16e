import type { HighlightKind, Theme } from './kinds';
import { createHighlightPainter, highlightApiOf } from './highlight-api';
import { createWrapPainter } from './wrap';

export interface PaintItem {
  range: Range;
  kind: HighlightKind;
}

/** Paints claims on a page. */
export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  /**
   * Paints `items`, replacing everything painted before. Returns one live Range per item covering
   * what was painted, for hit-testing and scrolling (or null when nothing of it could be painted).
   */
  paint(items: readonly PaintItem[], theme?: Theme): (Range | null)[];
  /** Marks one painted item as focused (keyboard navigation), or none. */
  focus(index: number | null): void;
  /** Removes every highlight; the page is as it was. */
  clear(): void;
  /** Clears everything painted, for good. */
  destroy(): void;
}

/** The Custom Highlight API where the browser has it (no change to the page's DOM), else wrapping marks. */
export function createPainter(doc: Document, options: { forceWrap?: boolean } = {}): Painter {
  const api = options.forceWrap ? null : highlightApiOf(doc);
  return api ? createHighlightPainter(api) : createWrapPainter(doc);
}
