/** A rectangle in viewport coordinates. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes: CSS `left` and either `top` (below the claim) or `bottom` (above it). */
export interface CardPlacement {
  left: number;
  top?: number;
  bottom?: number;
  /** Height the card may take before it scrolls. */
  maxHeight: number;
}

const MARGIN = 8;
const GAP = 6;

/**
 * Places a card of `width` next to the line of text `anchor`: below it when there is room for
 * `preferredHeight`, else on whichever side has more room; never off screen horizontally.
 */
export function placeCard(anchor: Rect, viewport: { width: number; height: number }, width: number, preferredHeight = 260): CardPlacement {
  const left = Math.round(Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - width - MARGIN)));
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  if (roomBelow >= preferredHeight || roomBelow >= roomAbove) {
    return { left, top: Math.round(anchor.bottom + GAP), maxHeight: Math.max(80, Math.round(roomBelow)) };
  }
  return { left, bottom: Math.round(viewport.height - anchor.top + GAP), maxHeight: Math.max(80, Math.round(roomAbove)) };
}

/** The rectangle of `rects` that contains the point, or null. A pixel of slack absorbs rounding. */
export function rectAt<R extends Rect>(rects: Iterable<R>, x: number, y: number): R | null {
  for (const r of rects) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}
