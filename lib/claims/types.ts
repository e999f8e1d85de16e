import type { Difference, Evidence, SentenceVerdict } from '../matcher/types';
import type { HighlightKind } from '../highlight/kinds';

/** A sentence of the article that Crosscheck painted: the corpus corroborates it or diverges from it. */
export interface Claim {
  /** Position among the painted claims, in reading order. */
  index: number;
  text: string;
  verdict: HighlightKind;
  score: number;
  evidence: Evidence;
  differences: Difference[];
}

export type ClaimCounts = Record<HighlightKind, number>;

/** Whether a verdict is worth painting: a claim with evidence, corroborated or divergent. */
export function isPaintable(verdict: SentenceVerdict): verdict is SentenceVerdict & { verdict: HighlightKind; evidence: Evidence } {
  return (verdict.verdict === 'corroborated' || verdict.verdict === 'divergent') && verdict.evidence !== null;
}
