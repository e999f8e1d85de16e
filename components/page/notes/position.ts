export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

const MARGIN = 8;

/**
 * Where to put a panel of `size` next to `anchor` (viewport coordinates): below it when it fits,
 * else above, else at the viewport's edge; never off screen horizontally.
 */
export function placeNear(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Point {
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left), maxLeft);
  const below = anchor.top + anchor.height + MARGIN;
  const above = anchor.top - size.height - MARGIN;
  let top: number;
  if (below + size.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = Math.max(MARGIN, viewport.height - size.height - MARGIN);
  return { left: Math.round(left), top: Math.round(top) };
}
