import type { FactComparison } from './compare';
import type { Overlap } from './similarity';
import { THRESHOLDS } from './verdict';

type Difference = FactComparison['differences'][number];

/** Sentences apart, in one article, that a page sentence may fold into one. */
export const COMPANION_WINDOW = 2;
/** The least same-claim score of a companion: it must state a real part of the page sentence. */
const COMPANION_SCORE = 0.2;
/** Page terms the first sentence leaves unmatched that the companion must match. */
export const COMPANION_TERMS = 2;

/**
 * Only facts (figures, dates, names) can be stated by another sentence; a denial ("not (not)") or
 * another statement of a speaker is the page's own claim.
 */
const factual = (n: string) => !/\b(?:not|no|never|nor|without|declined|refused|denied|failed|rejected|avoided|stalled|halted)\b|n't\b|^another statement/i.test(n);

/** Whether a comparison finds this fact of the page unstated (novel) in its corpus sentence. */
const mentions = (facts: FactComparison, n: string) => facts.novel.some((x) => x.includes(n) || n.includes(x));

export interface Folded {
  /** Same-claim score of the page sentence against the corpus sentence it restates most of. */
  score: number;
  overlap: Overlap;
  facts: FactComparison;
  text: string;
}

export interface Companion {
  score: number;
  overlap: Overlap;
  facts: FactComparison;
}

/**
 * A page sentence that folds two neighbouring corpus sentences into one ("Beijing has a new
 * strategy that it began rolling out across the whole of Central Asia" from "Beijing has developed a
 * new strategy" and "China began rolling out that strategy in Uzbekistan"): the first states most of
 * it and finds nothing wrong, or only a fact it does not state (the "2023" of "which was set up in
 * 2023"); the other states the rest and finds a fact changed. The change is the page's, unless the
 * first sentence itself gives the page's value. Returns the companion's difference, or null.
 */
export function foldedDifference(first: Folded, companion: Companion): Difference[] | null {
  const f = first.facts;
  const plain = f.differences.length === 0;
  const onlyNovel = plain && f.novel.length > 0;
  if (!plain || first.score < THRESHOLDS.corroborated) return null;
  if (onlyNovel && first.score < THRESHOLDS.divergent) return null;
  const c = companion.facts;
  // The companion may leave out a fact of the page that the first sentence states ("2023" of "drafted in 2023").
  if (c.differences.length !== 1 || !c.novel.every((n) => factual(n) && !mentions(f, n)) || companion.score < COMPANION_SCORE) return null;
  const d = c.differences[0]!;
  if (first.text.toLowerCase().includes(d.page.toLowerCase())) return null;
  // A fact the first sentence does not state must be the companion's changed one.
  const explains = f.novel.length === 1 && (f.novel[0]!.includes(d.page) || d.page.includes(f.novel[0]!));
  if (onlyNovel && !explains) return null;
  // The companion states a part of the page sentence the first does not: the part its fact belongs to.
  // The fact it changes is one such part, when it is the one the first sentence does not state.
  const unmatched = new Set(companion.overlap.unmatched);
  const added = first.overlap.unmatched.filter((t) => !unmatched.has(t)).length;
  return added + (explains ? 1 : 0) >= COMPANION_TERMS ? [d] : null;
}

/**
 * The same fold with nothing changed: the first sentence states most of the page sentence but not
 * a fact of it (the "eight" of "The document, eight pages long and undated"), which the companion
 * states, and each finds nothing else wrong or missing. Together they confirm it.
 */
export function foldedAgreement(first: Folded, companion: Companion): boolean {
  const f = first.facts;
  const c = companion.facts;
  if (f.differences.length || c.differences.length || !f.novel.length || first.score < THRESHOLDS.divergent || companion.score < COMPANION_SCORE) return false;
  if (!f.novel.every(factual) || !c.novel.every(factual)) return false;
  // What one leaves unstated, the other states.
  if (f.novel.some((n) => mentions(c, n)) || c.novel.some((n) => mentions(f, n))) return false;
  const unmatched = new Set(companion.overlap.unmatched);
  return first.overlap.unmatched.filter((t) => !unmatched.has(t)).length >= 1;
}
