import { rectAt } from '../claims/placement';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point (standard API first, then WebKit's), or null. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * Index of the range that contains a DOM point, or -1. `ranges` are in document order and do not
 * overlap, so a binary search with Range.comparePoint finds it in O(log n).
 */
export function rangeIndexAt(ranges: readonly Range[], node: Node, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let side: number;
    try {
      side = ranges[mid]!.comparePoint(node, offset);
    } catch {
      return -1;
    }
    if (side === 0) return mid;
    if (side < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/**
 * The painted range under the pointer: the caret position there must fall inside a range, and the
 * point must be on one of that range's line boxes (the caret snaps to the nearest text, even from a
 * margin). Returns the range's index and the line box, or null.
 */
export function rangeAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): { index: number; rect: DOMRect } | null {
  if (ranges.length === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const index = rangeIndexAt(ranges, caret.node, caret.offset);
  if (index < 0) return null;
  const rect = rectAt(Array.from(ranges[index]!.getClientRects()), x, y);
  return rect ? { index, rect } : null;
}
