import type { FactComparison } from './compare';
import type { Overlap } from './similarity';
import type { Verdict } from './types';

export interface Judgement {
  verdict: Verdict;
  /** Same-claim strength in [0, 1]. */
  score: number;
}

export const THRESHOLDS = {
  corroborated: 0.25,
  /** Corroborated by a corpus sentence whose names the page never mentions. */
  unnamedCorroborated: 0.4,
  divergent: 0.4,
  divergentName: 0.45,
  /**
   * Another date for an event is read from the date itself, a surer sign than a changed name; so is
   * another place the sentences themselves call one ("the city of X" / "the city of Y").
   */
  divergentDate: 0.35,
  /** So is another figure for the same thing counted ("200 casualties" / "2,000 casualties"). */
  divergentFigure: 0.35,
  maxDifferences: 1,
  /** Share of the corpus sentence a thin match must cover. */
  thinCoverCorpus: 0.2,
  /** Below this share of the page's quote found in the corpus sentence's quote, the quotes differ. */
  otherQuote: 0.25,
};
/**
 * The least same-claim score any verdict asks for: below it judge() answers 'none' whatever the
 * facts, so the facts need not be compared.
 */
export const LOWEST_SCORE = Math.min(THRESHOLDS.corroborated, THRESHOLDS.divergent, THRESHOLDS.divergentName, THRESHOLDS.divergentDate, THRESHOLDS.divergentFigure);

/** Matches on this many terms or fewer are thin. */
const THIN_MATCH = 3;

/**
 * Same-claim strength: mostly how much of the page sentence the corpus sentence covers. A page
 * sentence that quotes the corpus sentence's quotation makes the same claim whoever it credits.
 */
export function sameClaimScore(o: Overlap): number {
  const lexical = 0.7 * o.coverPage + 0.3 * o.coverCorpus;
  return o.coverQuote >= 0.6 ? Math.max(lexical, 0.4 + 0.5 * o.coverQuote) : lexical;
}

/**
 * Two shared words are too few to call it the same claim (a short corpus sentence such as "China
 * is not their only target." shares them with many sentences), unless they are most of the page
 * sentence or the page quotes the corpus.
 */
function enoughInCommon(o: Overlap): boolean {
  return o.matchedTerms >= 3 || o.coverPage >= 0.5 || o.coverQuote >= 0.6;
}

/**
 * Whether the overlap goes beyond the topic, so that agreeing facts mean the same claim: the page
 * must share some of what it says, not only which names it mentions ("Renault's plant in Brazil
 * builds small cars" against "Geely will use Renault's plants in Brazil"), and a match on a few
 * words must be a real part of the corpus sentence too, not three common words of a long one.
 */
function beyondTopic(o: Overlap, facts: FactComparison): boolean {
  if (o.coverQuote >= 0.6) return true;
  // Both quote someone, in other words: another statement, even from the same speaker. And a
  // quotation on the page is its claim: the speaker's name and title alone do not make it the same.
  if (o.quoted && o.coverQuote < THRESHOLDS.otherQuote) return false;
  if (o.quoteFound < THRESHOLDS.otherQuote) return false;
  // Names alone, unless both credit the words to the same source (a quote retold in other words).
  if (o.coverPlain === 0 && !facts.sameSource) return false;
  // A figure both give alike counts as a word in common.
  return o.matchedTerms + (facts.figuresAgreed ?? 0) > THIN_MATCH || o.coverCorpus >= THRESHOLDS.thinCoverCorpus;
}

/** The verdict for one page sentence against one corpus sentence. */
export function judge(o: Overlap, facts: FactComparison): Judgement {
  const score = sameClaimScore(o);
  if (!enoughInCommon(o)) return { verdict: 'none', score };
  const diffs = facts.differences.length;
  // A corpus sentence none of whose names the page mentions confirms only a close match: on a few
  // common words ("the route slashes ... time between") it speaks of other things.
  const floor = facts.namesAbsent ? THRESHOLDS.unnamedCorroborated : THRESHOLDS.corroborated;
  if (facts.novel.length === 0 && diffs === 0 && score >= floor && beyondTopic(o, facts)) return { verdict: 'corroborated', score };
  // A changed name is read from the words around it, a weaker sign than a changed figure: it needs a closer match.
  const kinds = new Set(facts.differences.map((d) => d.kind));
  // A place the sentences themselves call one ("the city of X" / "the city of Y") is a surer swap.
  const figuresOnly = [...kinds].every((k) => k === 'number' || k === 'count');
  const needed = kinds.has('name') && !(kinds.size === 1 && facts.namedPlaces)
    ? THRESHOLDS.divergentName
    : (kinds.size === 1 && (kinds.has('date') || facts.namedPlaces)) && beyondTopic(o, facts)
      ? THRESHOLDS.divergentDate
      : figuresOnly && facts.sameThingCounted && beyondTopic(o, facts)
        ? THRESHOLDS.divergentFigure
        : THRESHOLDS.divergent;
  if (facts.novel.length === 0 && diffs > 0 && diffs <= THRESHOLDS.maxDifferences && score >= needed) {
    return { verdict: 'divergent', score };
  }
  return { verdict: 'none', score };
}
