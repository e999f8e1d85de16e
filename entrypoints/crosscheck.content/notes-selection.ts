import type { ClaimRef } from '@/lib/notes/model';
import type { Verdict } from '@/lib/matcher/types';

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/** The reader's selection, when it is text of the page that a note can be made on. */
export function selectedRange(doc: Document, ignore?: Node | null): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = doc.body;
  if (!body || !body.contains(range.commonAncestorContainer)) return null;
  if (ignore && ignore.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (element?.closest(EDITABLE)) return null;
  if (!range.toString().trim()) return null;
  return range;
}

const MAX_SENTENCE = 20_000;

/** A claim as the content script painted it. */
export interface PaintedClaim {
  range: Range;
  verdict: Verdict;
}

/**
 * The painted claim the range starts in, if any: its sentence and verdict. Looks only at the claims
 * this content script painted, never at the page's highlight registry, which the page can write to.
 */
export function claimAt(range: Range, painted: readonly PaintedClaim[]): ClaimRef | undefined {
  for (const { range: claim, verdict } of painted) {
    if (verdict !== 'corroborated' && verdict !== 'divergent') continue;
    try {
      const starts = claim.isPointInRange(range.startContainer, range.startOffset);
      // …and not exactly at the claim's end.
      if (starts && claim.compareBoundaryPoints(Range.START_TO_END, range) > 0) {
        return { sentence: claim.toString().trim().slice(0, MAX_SENTENCE), verdict };
      }
    } catch {
      // A range in another document or a detached node: not this claim.
    }
  }
  return undefined;
}