/** The matcher's output, as in DESIGN.md's CLI contract. */
export type Verdict = 'corroborated' | 'divergent' | 'none';

export type DifferenceKind = 'number' | 'date' | 'name' | 'count' | 'attribution' | 'polarity' | 'scope';

export interface Difference {
  kind: DifferenceKind;
  /** The value as the page states it. */
  page: string;
  /** The value as the corpus states it. */
  corpus: string;
}

export interface Evidence {
  articleId: string;
  outlet: string;
  title: string;
  sentence: string;
  /** Other corpus articles that state the same claim with other facts, when the corpus disagrees with itself. */
  disagreements?: { articleId: string; outlet: string; sentence: string }[];
}

export interface SentenceVerdict {
  text: string;
  verdict: Verdict;
  /** Same-claim strength in [0, 1]. */
  score: number;
  evidence: Evidence | null;
  differences: Difference[];
}

/** What is known of the page the sentences come from, besides its sentences. */
export interface PageContext {
  /**
   * The day it was published (ISO 8601: "2025-06-08", or a date-time), from which its "yesterday"
   * and "on Thursday" are counted. Ignored when it is no valid date.
   */
  published?: string;
  /**
   * Only these sentences (by index) are judged; the others are read as context (the sentences around
   * a claim, the page's way of writing its words) and get 'none'. All are judged when omitted.
   */
  only?: readonly number[];
}

export interface Matcher {
  /** One verdict per sentence, in order. Never throws on any string input. */
  match(sentences: readonly string[], page?: PageContext): SentenceVerdict[];
}
