import type { Claim } from '@/lib/claims/types';
import { DIFFERENCE_LABEL, SHORTCUTS, showValue, VERDICT_LABEL } from '@/lib/claims/labels';
import type { CardPlacement } from '@/lib/claims/placement';

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
export function ClaimCard({ claim, total, placement, onPointerEnter, onPointerLeave, onClose }: ClaimCardProps) {
  const verdict = VERDICT_LABEL[claim.verdict];
  const { evidence } = claim;
  const style = {
    left: `${placement.left}px`,
    maxHeight: `${placement.maxHeight}px`,
    ...(placement.top !== undefined ? { top: `${placement.top}px` } : { bottom: `${placement.bottom ?? 0}px` }),
  };
  return (
    <section
      class={`card ${claim.verdict}`}
      role="dialog"
      aria-label={`Crosscheck: ${verdict.label.toLowerCase()} claim`}
      data-verdict={claim.verdict}
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <header>
        <span class="badge" data-testid="verdict">
          <span aria-hidden="true">{verdict.symbol}</span> {verdict.label}
        </span>
        <span class="position">
          Claim {claim.index + 1} of {total}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="explain">{verdict.explain}</p>
      {claim.verdict === 'divergent' && claim.differences.length > 0 && (
        <table class="differences" data-testid="differences">
          <thead>
            <tr>
              <th scope="col">What differs</th>
              <th scope="col">This page</th>
              <th scope="col">{evidence.outlet}</th>
            </tr>
          </thead>
          <tbody>
            {claim.differences.map((d, i) => (
              <tr key={i}>
                <th scope="row">{DIFFERENCE_LABEL[d.kind] ?? d.kind}</th>
                <td class="page-value">{showValue(d.page)}</td>
                <td class="corpus-value">{showValue(d.corpus)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <figure class="evidence">
        <blockquote data-testid="corpus-sentence">{evidence.sentence}</blockquote>
        <figcaption>
          <strong data-testid="outlet">{evidence.outlet}</strong>
          {evidence.title && (
            <>
              {', '}
              <cite data-testid="title">{evidence.title}</cite>
            </>
          )}
        </figcaption>
      </figure>
      {evidence.disagreements && evidence.disagreements.length > 0 && (
        <details class="disagreements">
          <summary>The corpus disagrees with itself ({evidence.disagreements.length})</summary>
          <ul>
            {evidence.disagreements.map((d) => (
              <li key={d.articleId}>
                <strong>{d.outlet}</strong>: {d.sentence}
              </li>
            ))}
          </ul>
        </details>
      )}
      <footer>
        {SHORTCUTS.next.label} / {SHORTCUTS.previous.label}: next / previous claim · Esc: close
      </footer>
    </section>
  );
}
