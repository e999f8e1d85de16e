import type { Claim } from '@/lib/claims/types';
import { VERDICT_LABEL } from '@/lib/claims/labels';
import { shorten } from '@/lib/claims/summary';

export interface ClaimListProps {
  claims: Claim[];
  /** Scroll the page to a claim. */
  onShow(index: number): void;
}

/** The painted claims in reading order; each is a button (click, Enter or Space) that shows it on the page. */
export function ClaimList({ claims, onShow }: ClaimListProps) {
  if (claims.length === 0) return <p class="muted">No sentence of this article matched the reference corpus.</p>;
  return (
    <ol class="claim-list" data-testid="claim-list">
      {claims.map((claim) => {
        const verdict = VERDICT_LABEL[claim.verdict];
        return (
          <li key={claim.index} class={`claim ${claim.verdict}`} data-verdict={claim.verdict}>
            <button type="button" class="claim-button" onClick={() => onShow(claim.index)} title={claim.text}>
              <span class="verdict" aria-label={verdict.label}>
                {verdict.symbol}
              </span>
              <span class="claim-text">{shorten(claim.text)}</span>
              {claim.verdict === 'divergent' && claim.differences.length > 0 && (
                <span class="claim-diff">
                  {claim.evidence.outlet}: {claim.differences.map((d) => `${d.corpus.trim()} (here: ${d.page.trim()})`).join('; ')}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
