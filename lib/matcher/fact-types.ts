/** The facts the matcher reads from one sentence. Offsets are into the sentence. */

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Dimension = 'length' | 'percent' | 'money' | 'duration' | 'count' | 'ordinal' | 'volume' | 'age' | 'multiple';

export interface Quantity extends Span {
  /** In the dimension's base unit: km, percent, currency unit, hours, or a plain count. */
  value: number;
  dimension: Dimension;
  /** Currency code for money. */
  currency?: string;
  /** "about", "some", "more than", ...: the writer gives the figure loosely. */
  approx: boolean;
  /** Written in words ("six", "twenty thousand"). */
  spelled: boolean;
  /** The unit as written, canonical ("km", "mile", "percent"), or "" for a plain count. Figures in
   * different units are compared within rounding (4,000 miles vs 6,500 km). */
  unit: string;
  /** Canonical stem of the thing counted ("agencies" → "agenc"), when one follows the number. */
  noun: string | null;
  /** "the two countries": a count of things already named. Set only against the same kind of
   * reference on the other side, never a new fact of its own. */
  referential?: boolean;
}

export interface DateFact extends Span {
  year?: number;
  /** Last year of a range such as "the 1990s". */
  yearEnd?: number;
  month?: number;
  day?: number;
  /** 1-7 for Monday-Sunday, 8 for "weekday", 9 for "weekend". */
  weekday?: number;
  /** A time of day, in minutes after midnight ("14:30" is 870); exact unless it may be am or pm ("2:30"). */
  time?: { minutes: number; exact: boolean };
  /**
   * "three days before", "the following year". Anaphoric when measured from an event told before
   * ("the following year", "two years later"), not from the one named after it ("a year before the collapse").
   */
  relative?: { days: number; direction: 'before' | 'after'; anaphoric?: boolean };
  /**
   * A date told from the day of writing: "yesterday" (days -1), "today", "last year" (years -1),
   * "two years ago". Kept once resolved against a page's publication day (its fields are then set).
   */
  fromWriting?: { days?: number; months?: number; years?: number };
  /** A quarter of the year, 1-4 ("the second quarter of 2024"). */
  quarter?: number;
}

/** A superlative and its place: "largest" is 1, "second-largest" 2, "one of the largest" 0 (no single place). */
export interface Rank extends Span {
  rank: number;
  /** Canonical term of the superlative ("largest" and "biggest" agree). */
  adjective: string;
}

/** A list of names ("Shenzhen, Guangzhou and Zhuhai"), which counts the group it enumerates. */
export interface NameList extends Span {
  items: string[];
  /** Canonical stem of the group enumerated ("cities of A, B and C" → "citi"), or "". */
  noun: string;
  /** Introduced by "include", "such as": examples from the group, not all of it. */
  partial: boolean;
}

export interface SentenceFacts {
  quantities: Quantity[];
  ranks: Rank[];
  dates: DateFact[];
  /** Names as written (multi-word kept together), e.g. "Dmitry Peskov", "FSB". */
  entities: Span[];
  /** Lists of names joined by commas and "and". */
  lists: NameList[];
  /** Who the sentence says stated or reported it ("CNN", "Andrei Soldatov"). */
  attributions: string[];
  /** Negation cues, for polarity. */
  negations: { cue: string; index: number }[];
  /** Quantifiers over a group: large ("many", "most", "all") or small ("few", "none", "no"), with the noun they count. */
  quantifiers: { size: 'large' | 'small'; cue: string; noun: string }[];
  /** Exclusive ("only", "sole", "single") and inclusive ("one of", "and other") scope cues with the noun they govern. */
  scope: { kind: 'exclusive' | 'inclusive' | 'plural'; cue: string; noun: string }[];
}
