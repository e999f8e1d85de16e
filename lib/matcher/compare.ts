import type { Difference } from './types';
import { datesAgree, datesComparable, unresolved } from './dates';
import { resolveFromWriting, type CalendarDay } from './written-dates';
import type { DateFact, Rank } from './fact-types';
import { analyzeSentence, type SentenceFeatures } from './features';
import { compareQuantities } from './compare-quantities';
import { compareNames } from './compare-names';
import { compareSuppliers } from './direction-verbs';
import { compareAffiliations } from './affiliations';
import { compareYearLists } from './year-lists';
import { compareCountries } from './country-swap';
import { compareAlsoAnotherTime, compareRepeatedEvents } from './repeated-events';
import { compareTrades } from './kinds-of-firm';
import { comparePortfolios } from './portfolios';
import { compareSeasons } from './seasons';
import { compareTitles } from './titles';
import { comparePositions } from './relative-positions';
import { mergeDescribedNames } from './described-names';
import { comparePolarity } from './compare-polarity';
import { compareExtent } from './compare-extent';
import { compareEmphaticWhole, compareScope } from './compare-scope';
import { dropExplainedNovelty } from './explained-novelty';
import { compareGroupSize } from './group-size';
import { compareDesignations } from './designations';
import { compareCommonSources } from './common-sources';
import { NO_PRECEDING, type Preceding } from './speakers';
import { ordinalsOf } from './ordinals';

export interface FactComparison {
  differences: Difference[];
  /** Facts of the page sentence that the corpus sentence states the same way. */
  agreements: number;
  /** Facts of the page sentence absent from the corpus sentence and its article: signs of another claim. */
  novel: string[];
  /** Both sentences credit the claim to the same source. */
  sameSource?: boolean;
  /** A changed name is a place named as such on both sides ("the city of X" / "the city of Y"). */
  namedPlaces?: boolean;
  /** Figures both sentences give alike ("4,200 kilometres" / "4,200km"): each a sign of the same claim. */
  figuresAgreed?: number;
  /** A count set against the years the corpus gives: a page year the corpus lacks is part of that difference. */
  countedYears?: boolean;
  /** Every changed figure counts the same thing, or measures in the same dimension, on both sides ("200 casualties" / "2,000 casualties"). */
  sameThingCounted?: boolean;
  /** The page mentions none of the names the corpus sentence gives, a place among them ("between Asia and Europe" against "between the island and the mainland"). */
  namesAbsent?: boolean;
}

/** A time told by the sentences before ("at that time", "that year", "the same month"). */
const TIME_BEFORE_RE = /\b(?:at\s+(?:that|the)\s+time|(?:that|the\s+same)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|by\s+then|back\s+then|at\s+the\s+time)\b/i;

/** Options for reading the sentences before a corpus sentence: fixed, so each is analysed once. */
const BACKGROUND_OPTIONS = {};

/**
 * The date a corpus sentence without one takes from the sentences just before it, when it says so
 * ("In March 1969 ... . At that time, the two armies ..."): the one date of the nearest earlier sentence that
 * can be set against the page's, or undefined when none or several could.
 */
function backgroundDate(d: DateFact, preceding: readonly string[]): DateFact | undefined {
  for (let i = preceding.length - 1; i >= 0; i--) {
    const dates = analyzeSentence(preceding[i]!, BACKGROUND_OPTIONS).facts.dates.filter((c) => !c.relative && datesComparable(d, c));
    if (dates.length) return dates.length === 1 ? dates[0] : undefined;
  }
  return undefined;
}

function weekdayAgainstDay(a: DateFact, b: DateFact): boolean {
  const day = (x: DateFact) => x.day !== undefined && x.weekday === undefined;
  return (a.weekday !== undefined && a.weekday < 8 && day(b)) || (b.weekday !== undefined && b.weekday < 8 && day(a));
}

function compareDates(page: DateFact[], corpus: DateFact[], out: FactComparison, timeTold = false, preceding: () => readonly string[] = () => []): void {
  const used = new Set<DateFact>();
  const pending: DateFact[] = [];
  for (const d of page) {
    const same = corpus.find((c) => !used.has(c) && datesComparable(d, c) && datesAgree(d, c));
    if (same) {
      used.add(same);
      out.agreements++;
    } else pending.push(d);
  }
  for (const d of pending) {
    const counterpart = corpus.find((c) => !used.has(c) && datesComparable(d, c));
    if (counterpart) {
      used.add(counterpart);
      out.differences.push({ kind: 'date', page: d.text, corpus: counterpart.text });
      continue;
    }
    // "yesterday" with no day of writing to count from: no day to set against the corpus's, nor a new fact.
    if (unresolved(d)) continue;
    // A day of the week against a day of a month ("last Friday" / "on June 6"): without the year and
    // the day of writing they cannot be told apart, so the page's neither agrees nor adds a fact.
    if (corpus.some((c) => !used.has(c) && weekdayAgainstDay(d, c))) continue;
    // A date the sentence before gives: background when it agrees ("In 2019 X. Y followed." /
    // "In 2019, Y followed"), and set against the page's only when the sentence refers back to it.
    const background = corpus.length === 0 && !d.relative ? backgroundDate(d, preceding()) : undefined;
    if (background && datesAgree(d, background)) out.agreements++;
    else if (background && timeTold) out.differences.push({ kind: 'date', page: d.text, corpus: background.text });
    else out.novel.push(d.text);
  }
}

/**
 * A short quotation is the corpus's verdict on something ("described the tour as an 'eyeopener'").
 * A page that keeps the frame but puts words of its own in place of the quote ("described the tour
 * as a waste of time") gives another verdict: a fact the corpus does not state.
 */
function compareVerdicts(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const pageTerms = new Set(page.terms);
  const corpusTerms = new Set(corpus.terms);
  for (const q of corpus.shortQuotes) {
    if (q.frame.length < 2 || q.terms.some((t) => pageTerms.has(t)) || !q.frame.every((t) => pageTerms.has(t))) continue;
    // The page's words right after the frame.
    const at = page.terms.indexOf(q.frame[q.frame.length - 1]!);
    const own = page.terms.slice(at + 1, at + 3);
    if (own.length && own.every((t) => !corpusTerms.has(t))) out.novel.push(own.join(' '));
  }
}

/**
 * A page that credits the corpus's speaker but quotes nothing must retell some of the speaker's
 * words: otherwise it gives another statement of the same person (the speaker's name and title
 * alone match).
 */
function compareRetoldQuote(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (!out.sameSource || page.quoteTerms.length || corpus.quoteTerms.length < 3) return;
  const pageTerms = new Set(page.terms);
  if (!corpus.quoteTerms.some((t) => pageTerms.has(t) && !corpus.entityTerms.has(t))) out.novel.push('another statement of the speaker');
}

/**
 * Superlatives of the same kind at different places: "the largest" against "the second-largest";
 * "one of the largest" against "the largest" widens a claim of first place to a group: scope.
 */
function compareRanks(page: Rank[], corpus: Rank[], out: FactComparison): void {
  const used = new Set<Rank>();
  for (const p of page) {
    const same = corpus.find((x) => !used.has(x) && x.adjective === p.adjective && x.rank === p.rank);
    const c = same ?? corpus.find((x) => !used.has(x) && x.adjective === p.adjective && !page.some((y) => y.adjective === x.adjective && y.rank === x.rank));
    if (!c) continue;
    used.add(c);
    if (p.rank === c.rank) out.agreements++;
    else if ((p.rank === 0 && c.rank === 1) || (p.rank === 1 && c.rank === 0)) out.differences.push({ kind: 'scope', page: p.text, corpus: c.text });
    else if (p.rank && c.rank) out.differences.push({ kind: 'number', page: p.text, corpus: c.text });
  }
}

/** "for the second time" against "for the first time": the same thing counted in another place. */
function compareOrdinals(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const cs = ordinalsOf(corpus);
  if (!cs.length) return;
  for (const p of ordinalsOf(page)) {
    const c = cs.find((x) => x.noun === p.noun);
    if (!c) continue;
    if (c.value === p.value) out.agreements++;
    else out.differences.push({ kind: 'number', page: p.text, corpus: c.text });
  }
}

/** What is known besides the two sentences: the day the page was written, the names the corpus spells out. */
export interface KnownToCorpus {
  /** The page's publication day: its "yesterday" and "on Thursday" are compared as days. */
  written?: CalendarDay;
  /** Each form of a name the corpus spells out ("Federal Security Service (FSB)") with the other. */
  aliases?: ReadonlyMap<string, string>;
}

/**
 * Compares the facts of a page sentence with those of a corpus sentence that may state the same
 * claim. `context` gives the terms of the sentences around the corpus sentence: a name they mention
 * is background, not a new fact. `antecedents` are the name terms its pronouns refer to ("he said"):
 * names among them are named by the corpus sentence too. `preceding` gives the sentences before
 * each side's sentence, where the speaker of a "he said" is named. `known` adds the page's day of
 * publication and the corpus's spelt-out names.
 */
/**
 * A figure that is part of a changed date ("third quarter" of "the third quarter of last year"
 * against "the second quarter of last year") is that difference, not another one.
 */
function dropFiguresOfDates(out: FactComparison): void {
  const dates = out.differences.filter((d) => d.kind === 'date');
  if (!dates.length) return;
  const within = (d: Difference) =>
    (d.kind === 'number' || d.kind === 'count') && dates.some((x) => x.page.includes(d.page) && x.corpus.includes(d.corpus));
  out.differences = out.differences.filter((d) => !within(d));
}

/** A day that dates a piece of the paper, not the claim ("Monday's report", "Thursday's business page"). */
const PUBLICATION_AFTER_RE = /^'s\s+(?:[\w-]+\s+){0,3}?(?:report|page|edition|column|story|article|caption|paper|issue|piece|broadcast|bulletin|newsletter|programme|show|episode)s?\b/i;

/** The dates of a sentence less those of the publication it speaks of ("Monday's report on ... gave the wrong years"). */
function ofTheClaim(text: string, dates: DateFact[]): DateFact[] {
  if (!dates.some((d) => text.startsWith("'s", d.end))) return dates;
  return dates.filter((d) => !PUBLICATION_AFTER_RE.test(text.slice(d.end)));
}

/**
 * One change read by two rules ("not all" against "all": opposite quantifiers, and a narrower scope)
 * is one difference: the first kind that reads it is kept.
 */
function dropRepeatedDifferences(out: FactComparison): void {
  if (out.differences.length < 2) return;
  const seen = new Set<string>();
  out.differences = out.differences.filter((d) => {
    const key = `${d.page.toLowerCase()}\u0000${d.corpus.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compareFacts(
  page: SentenceFeatures,
  corpus: SentenceFeatures,
  context: () => ReadonlySet<string>,
  antecedents: ReadonlySet<string> = new Set(),
  preceding: Preceding = NO_PRECEDING,
  known: KnownToCorpus = {},
): FactComparison {
  const { written, aliases } = known;
  const out: FactComparison = { differences: [], agreements: 0, novel: [] };
  compareVerdicts(page, corpus, out);
  compareQuantities(page, corpus, out);
  compareGroupSize(page, corpus, out);
  // The page's "yesterday" and "on Thursday" are days once its day of writing is known.
  const pageDates = ofTheClaim(page.text, written && page.facts.dates.length ? resolveFromWriting(page.facts.dates, page.text, written) : page.facts.dates);
  compareDates(pageDates, corpus.facts.dates, out, TIME_BEFORE_RE.test(corpus.text), preceding.corpus);
  compareRanks(page.facts.ranks, corpus.facts.ranks, out);
  compareOrdinals(page, corpus, out);
  compareNames(page, corpus, context, antecedents, out, preceding, aliases);
  compareTitles(page, corpus, out);
  compareSuppliers(page, corpus, out);
  comparePolarity(page, corpus, out);
  compareScope(page, corpus, out);
  compareExtent(page, corpus, out);
  compareRetoldQuote(page, corpus, out);
  compareDesignations(page, corpus, out);
  compareCountries(page, corpus, out);
  compareEmphaticWhole(page, corpus, out);
  compareTrades(page, corpus, out);
  comparePortfolios(page, corpus, out);
  compareAffiliations(page, corpus, out);
  compareSeasons(page, corpus, out);
  compareYearLists(page, corpus, out);
  mergeDescribedNames(page.text, corpus.text, out);
  const position = out.differences.length ? null : comparePositions(page, corpus);
  if (position) out.differences.push(position);
  compareCommonSources(page, corpus, out);
  compareRepeatedEvents(page, corpus, out);
  compareAlsoAnotherTime(page, corpus, out);
  dropExplainedNovelty(page, corpus, out, preceding.corpus);
  dropFiguresOfDates(out);
  dropRepeatedDifferences(out);
  if (out.countedYears) out.novel = out.novel.filter((n) => !/^(?:1[89]|20)\d\d$/.test(n));
  return out;
}
