import type { Claim } from '@/lib/claims/types';
import { DIFFERENCE_LABEL, SHORTCUTS, showValue, VERDICT_LABEL } from '@/lib/claims/labels';
import type { CardPlacement } from '@/lib/claims/placement';
import { el } from '../dom';

export interface ClaimCardProps {
  claim: Claim;
  /** Number of painted claims on the page. */
  total: number;
  placement: CardPlacement;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  onClose: () => void;
}

/**
 * The evidence for one painted claim: the verdict, the corpus sentence with its outlet and title, and
 * for a divergent claim each differing fact, page value beside corpus value. All text goes in as text.
 */
export function claimCard({ claim, total, placement, onPointerEnter, onPointerLeave, onClose }: ClaimCardProps): HTMLElement {
  const verdict = VERDICT_LABEL[claim.verdict];
  const { evidence } = claim;
  const card = el(
    'section',
    {
      class: `card ${claim.verdict}`,
      role: 'dialog',
      'aria-label': `Crosscheck: ${verdict.label.toLowerCase()} claim`,
      'data-verdict': claim.verdict,
      onpointerenter: onPointerEnter,
      onpointerleave: onPointerLeave,
    },
    el(
      'header',
      null,
      el('span', { class: 'badge', 'data-testid': 'verdict' }, el('span', { 'aria-hidden': 'true' }, verdict.symbol), ` ${verdict.label}`),
      el('span', { class: 'position' }, `Claim ${claim.index + 1} of ${total}`),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: onClose }, '×'),
    ),
    el('p', { class: 'explain' }, verdict.explain),
    claim.verdict === 'divergent' && claim.differences.length > 0 && differences(claim),
    el(
      'figure',
      { class: 'evidence' },
      el('blockquote', { 'data-testid': 'corpus-sentence' }, evidence.sentence),
      el(
        'figcaption',
        null,
        el('strong', { 'data-testid': 'outlet' }, evidence.outlet),
        evidence.title && [', ', el('cite', { 'data-testid': 'title' }, evidence.title)],
      ),
    ),
    evidence.disagreements !== undefined &&
      evidence.disagreements.length > 0 &&
      el(
        'details',
        { class: 'disagreements' },
        el('summary', null, `The corpus disagrees with itself (${evidence.disagreements.length})`),
        el(
          'ul',
          null,
          evidence.disagreements.map((d) => el('li', null, el('strong', null, d.outlet), `: ${d.sentence}`)),
        ),
      ),
    el('footer', null, `${SHORTCUTS.next.label} / ${SHORTCUTS.previous.label}: next / previous claim · Esc: close`),
  );
  moveCard(card, placement);
  return card;
}

/** Places a card (fixed, in viewport coordinates): below its claim with `top`, or above it with `bottom`. */
export function moveCard(card: HTMLElement, placement: CardPlacement): void {
  const { style } = card;
  style.left = `${placement.left}px`;
  style.maxHeight = `${placement.maxHeight}px`;
  style.top = placement.top === undefined ? '' : `${placement.top}px`;
  style.bottom = placement.top === undefined ? `${placement.bottom ?? 0}px` : '';
}

/** Each differing fact of a divergent claim: what differs, the page's value, the corpus's value. */
function differences({ differences, evidence }: Claim): HTMLElement {
  return el(
    'table',
    { class: 'differences', 'data-testid': 'differences' },
    el(
      'thead',
      null,
      el('tr', null, el('th', { scope: 'col' }, 'What differs'), el('th', { scope: 'col' }, 'This page'), el('th', { scope: 'col' }, evidence.outlet)),
    ),
    el(
      'tbody',
      null,
      differences.map((d) =>
        el(
          'tr',
          null,
          el('th', { scope: 'row' }, DIFFERENCE_LABEL[d.kind] ?? d.kind),
          el('td', { class: 'page-value' }, showValue(d.page)),
          el('td', { class: 'corpus-value' }, showValue(d.corpus)),
        ),
      ),
    ),
  );
}
