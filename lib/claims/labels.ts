import type { DifferenceKind } from '../matcher/types';
import type { HighlightKind } from '../highlight/kinds';

/** Words for a reader, never colour alone: each verdict has a symbol and a label. */
export const VERDICT_LABEL: Record<HighlightKind, { symbol: string; label: string; explain: string }> = {
  corroborated: { symbol: '✓', label: 'Corroborated', explain: 'Another outlet in the reference corpus states the same fact.' },
  divergent: { symbol: '≠', label: 'Divergent', explain: 'The reference corpus states this claim with a different fact.' },
};

export const DIFFERENCE_LABEL: Record<DifferenceKind, string> = {
  number: 'Number',
  date: 'Date',
  name: 'Name',
  count: 'Count',
  attribution: 'Attributed to',
  polarity: 'Affirmed or denied',
  scope: 'Scope',
};

/** A difference value as shown: trimmed, and a visible mark for an empty side. */
export function showValue(value: string): string {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed || '—';
}

/** The keyboard shortcuts, as the card's help line states them. */
export const SHORTCUTS = {
  next: { code: 'KeyN', label: 'Alt+Shift+N' },
  previous: { code: 'KeyP', label: 'Alt+Shift+P' },
  open: { code: 'KeyO', label: 'Alt+Shift+O' },
} as const;
