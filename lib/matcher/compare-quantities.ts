import type { FactComparison } from './compare';
import type { NameList, Quantity } from './fact-types';
import { contentTerms, type SentenceFeatures } from './features';
import { wordTerm } from './lexicon';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { Difference } from './types';

/** Relative tolerance between a fraction in words and a rounded percentage ("nearly a third" / "about 30 percent"). */
const FRACTION_TOLERANCE = 0.12;
/** Relative tolerance when one side converts units (4,000 miles vs 6,500 km). */
const CONVERSION_TOLERANCE = 0.05;

function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || (a.currency ?? '') !== (b.currency ?? '')) return false;
  const diff = Math.abs(a.value - b.value);
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (diff / scale < 1e-9) return true;
  // "nearly a third" against "about 30 percent": a fraction in words and a rounded figure.
  if (a.dimension === 'percent' && a.spelled !== b.spelled && (a.approx || b.approx) && diff / scale <= FRACTION_TOLERANCE) return true;
  return a.unit !== b.unit && diff / scale <= CONVERSION_TOLERANCE;
}

function quantityKind(q: Quantity): Difference['kind'] {
  return q.spelled && q.dimension === 'count' && !/-/.test(q.text) ? 'count' : 'number';
}

/**
 * A count on one side against a list that enumerates the same group on the other ("two cities" /
 * "Shenzhen, Guangzhou and Zhuhai").
 */
function countedByList(q: Quantity, lists: NameList[]): NameList | undefined {
  if (q.dimension !== 'count' || !q.noun || q.approx) return undefined;
  return lists.find((l) => l.noun === q.noun);
}

/** The last or first of the things counted, given its year ("most recently in 2015", "the first in 2009"). */
const LATEST_RE = /^[^.;:]*\b(?:most\s+recently|the\s+latest|the\s+last|the\s+first|first|last)\b(?:\s+\w+){0,2}\s+in\s+\d{4}/i;

/**
 * A count of things each given a year ("two agreements, in 2009 and 2015"), against a corpus
 * sentence that gives the years of those things: the same count as the corpus's years
 * (true), or another (the corpus's years as written; "three agreements, in 2009 and 2015"
 * against "agreements in 2009 and 2015"). Undefined when the years tell nothing of the count.
 */
function countedByYears(q: Quantity, page: SentenceFeatures, corpus: SentenceFeatures): true | { corpus: string } | undefined {
  if (q.dimension !== 'count' || !q.noun || q.approx || q.value < 2) return undefined;
  const yearsOf = (f: SentenceFeatures) => f.facts.dates.filter((d) => d.year !== undefined && !d.relative && d.month === undefined);
  // The years that follow the count, in its clause ("three agreements, in 2009 and 2015").
  const after = page.text.slice(q.end, q.end + 60).split(/[;:]|,\s+(?!in\b|and\b)/)[0]!.length + q.end;
  const pageYears = new Set(yearsOf(page).filter((d) => d.start > q.end && d.start < after + 20).map((d) => d.year));
  const corpusDates = yearsOf(corpus);
  const corpusYears = new Set(corpusDates.map((d) => d.year));
  // "on three occasions, most recently in 2015": one of the years, and how many there were.
  if (pageYears.size === 1 && corpusYears.size >= 2 && corpusYears.has([...pageYears][0]) && LATEST_RE.test(page.text.slice(q.end, q.end + 60))) {
    return q.value === corpusYears.size ? true : { corpus: corpusDates.map((d) => d.text).join(' and ') };
  }
  if (pageYears.size < 2) return undefined;
  // The same things, told with more or fewer years: every year of one side among those of the other.
  const within = [...pageYears].every((y) => corpusYears.has(y)) || [...corpusYears].every((y) => pageYears.has(y));
  if (corpusYears.size >= 2 && within && q.value !== corpusYears.size) return { corpus: corpusDates.map((d) => d.text).join(' and ') };
  // Otherwise the years themselves are compared as dates.
  return pageYears.size === q.value && corpus.facts.dates.some((d) => d.year !== undefined) ? true : undefined;
}

/**
 * Whether a count fits a list: its length, or, for a list of examples ("brands including A, B and
 * C"), at least its length. Undefined when a count above a list of examples says more than the list.
 */
function fitsList(value: number, list: NameList): boolean | undefined {
  if (!list.partial) return value === list.items.length;
  return value < list.items.length ? false : undefined;
}

const counts = new WeakMap<SentenceFeatures, readonly Quantity[]>();

/** A sentence's figures less its references to things already named ("the two countries"). */
function countsOf(f: SentenceFeatures): readonly Quantity[] {
  const all = f.facts.quantities;
  if (!all.some((q) => q.referential)) return all;
  let out = counts.get(f);
  if (!out) counts.set(f, (out = all.filter((q) => !q.referential)));
  return out;
}

/** Words news prose uses for a group of countries ("the two countries", "both governments", "the two powers"). */
const COUNTRY_NOUNS = new Set(['countri', 'nation', 'power', 'govern', 'state', 'neighbor', 'partner']);

/**
 * "the two countries" against "the three countries": the same group of things already named, told
 * with another number. Such references are compared only with each other, by the thing counted,
 * but for a count of a whole group ("all four agencies"), which the corpus's count of it may gainsay.
 */
function compareReferences(page: readonly Quantity[], corpus: readonly Quantity[], out: FactComparison, pageText = ''): void {
  for (const q of page) {
    if (!q.referential || !q.noun) continue;
    // "the four countries" against "two authoritarian governments": countries named by what they are.
    const c = corpus.find((x) => x.referential && x.noun === q.noun) ??
      (COUNTRY_NOUNS.has(q.noun) ? corpus.find((x) => x.noun !== null && COUNTRY_NOUNS.has(x.noun) && x.dimension === 'count' && !x.approx) : undefined) ??
      // "all four agencies that examined it" tells how many there were: against the corpus's count of them.
      (allOf(pageText, q) ? corpus.find((x) => x.noun === q.noun && x.dimension === 'count' && !x.approx) : undefined);
    if (!c) continue;
    if (c.value === q.value) out.agreements++;
    else out.differences.push({ kind: 'count', page: q.text, corpus: c.text });
  }
}

/**
 * A figure in words that lead in to the claim before a colon, none of which the corpus sentence
 * uses ("If you remember only one detail, make it this: ..."): the reader is addressed, the claim
 * comes after.
 */
function inLeadIn(page: SentenceFeatures, corpus: SentenceFeatures, q: Quantity): boolean {
  const colon = page.text.indexOf(': ');
  if (colon < 0 || q.end > colon || colon > page.text.length / 2) return false;
  const terms = new Set(corpus.terms);
  return !contentTerms(page.text.slice(0, colon)).some((t) => terms.has(t));
}

/** "all four agencies": a count of the whole group. */
const allOf = (text: string, q: Quantity) => /\ball\s+$/i.test(text.slice(Math.max(0, q.start - 4), q.start));

/** Words after a figure that may name what it counts. */
const COUNTED_WORDS = 3;

/** Terms of the few words after a figure, within its clause ("20,000 Russian students" → russia, student). */
function termsAfter(f: SentenceFeatures, q: Quantity): Set<string> {
  return new Set(contentTerms(f.text.slice(q.end, q.end + 60).split(/[,.;:()]/)[0]!).slice(0, COUNTED_WORDS));
}

const sharesTerm = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));

/** Words that bound a figure from below ("more than 40") or above ("fewer than 40"), just before it. */
const BOUND_RE = /\b(no\s+more\s+than|no\s+fewer\s+than|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|upwards\s+of|in\s+excess\s+of|over|above|under|below|up\s+to|nearly|almost)\s+$/i;

/** Which way a figure is bounded: up ("more than", "over", "at least") or down ("fewer than", "under", "nearly"). */
function boundOf(text: string, q: Quantity): { up: boolean; words: string } | null {
  const m = BOUND_RE.exec(text.slice(Math.max(0, q.start - 24), q.start));
  if (!m) return null;
  const words = m[1]!.replace(/\s+/g, ' ');
  const up = /^(?:no fewer than|more than|at least|upwards of|in excess of|over|above)$/i.test(words);
  return { up, words };
}

/** "a warship", "an envoy", "one warship", and up to two words that describe it ("a new patrol boat"). */
const ONE_THING_RE = /\b(?:an?|one|a single)((?:\s+[a-z][a-z-]*){1,3})/gi;

/**
 * The corpus's one thing of the kind a page count counts ("two warships" against "a warship"): the
 * words that say one, or null when the corpus counts no such thing.
 */
function oneOf(q: Quantity, corpus: string): string | null {
  if (!q.noun || q.approx || q.value < 2) return null;
  for (const m of corpus.matchAll(ONE_THING_RE)) {
    let end = m.index + m[0].length - m[1]!.length;
    for (const w of m[1]!.trim().split(/\s+/)) {
      if (STOPWORDS.has(w.toLowerCase())) break;
      end = corpus.indexOf(w, end) + w.length;
      if (wordTerm(w.toLowerCase()) === q.noun) return corpus.slice(m.index, end);
    }
  }
  return null;
}

export function compareQuantities(pageFeatures: SentenceFeatures, corpusFeatures: SentenceFeatures, out: FactComparison): void {
  const page = countsOf(pageFeatures);
  const corpus = countsOf(corpusFeatures);
  compareReferences(pageFeatures.facts.quantities, corpusFeatures.facts.quantities, out, pageFeatures.text);
  const used = new Set<Quantity>();
  const pending: Quantity[] = [];
  for (const q of page) {
    const same = corpus.find((c) => !used.has(c) && sameValue(q, c));
    if (same) {
      used.add(same);
      // "less than 6,500km" against "more than 6,500km": the same figure, bounding the other way.
      const pb = boundOf(pageFeatures.text, q);
      const cb = boundOf(corpusFeatures.text, same);
      if (pb && cb && pb.up !== cb.up) out.differences.push({ kind: quantityKind(q), page: `${pb.words} ${q.text}`, corpus: `${cb.words} ${same.text}` });
      else {
        out.agreements++;
        // A measure ("4,200 kilometres") or the same thing counted ("half a dozen agencies" / "six agencies"); a bare share is not ("30 percent" of what?).
        const measured = !!q.unit && q.unit !== 'percent';
        if (measured || (!!q.noun && q.noun === same.noun)) out.figuresAgreed = (out.figuresAgreed ?? 0) + 1;
      }
    } else pending.push(q);
  }
  for (const q of pending) {
    const free = corpus.filter((c) => !used.has(c) && c.dimension === q.dimension && (c.currency ?? '') === (q.currency ?? ''));
    const byNoun = free.find((c) => q.noun && c.noun === q.noun);
    // A lone figure on each side is the same slot, unless each names a different thing counted (hectares vs tonnes).
    const lone = free.length === 1 && pending.filter((p) => p.dimension === q.dimension).length === 1 ? free[0] : undefined;
    // "25,000 Russians studying" against "20,000 Russian students": a word of what is counted on both sides.
    const nounsMeet = !!lone && !!q.noun && !!lone.noun && sharesTerm(termsAfter(pageFeatures, q), termsAfter(corpusFeatures, lone));
    const onlyOne = lone && (!q.noun || !lone.noun || lone.noun === q.noun || nounsMeet) ? lone : undefined;
    const counterpart = byNoun ?? onlyOne;
    const list = counterpart ? undefined : countedByList(q, corpusFeatures.facts.lists);
    if (counterpart) {
      used.add(counterpart);
      out.differences.push({ kind: quantityKind(q), page: q.text, corpus: counterpart.text });
      // The same thing counted, or measured in the same dimension (kilometres / miles, dollars).
      const measured = q.dimension !== 'count' && q.dimension !== 'ordinal' && !!q.unit;
      out.sameThingCounted = (out.sameThingCounted ?? true) && (counterpart === byNoun || measured || nounsMeet);
    } else {
      const byYears = list ? undefined : countedByYears(q, pageFeatures, corpusFeatures);
      const fits = list ? fitsList(q.value, list) : byYears === true ? true : undefined;
      if (fits === true) out.agreements++;
      else if (fits === false) out.differences.push({ kind: 'count', page: q.text, corpus: list!.text });
      else if (byYears && byYears !== true) {
        out.differences.push({ kind: 'count', page: q.text, corpus: byYears.corpus });
        out.countedYears = true;
      } else {
        const one = q.dimension === 'count' ? oneOf(q, corpusFeatures.text) : null;
        if (one) {
          out.differences.push({ kind: 'count', page: q.text, corpus: one });
          out.sameThingCounted = out.sameThingCounted ?? true;
        } else if (!inLeadIn(pageFeatures, corpusFeatures, q)) out.novel.push(q.text);
      }
    }
  }
  // A count in the corpus against a list on the page.
  for (const c of corpus) {
    if (used.has(c) || page.some((q) => q.dimension === c.dimension && q.noun === c.noun)) continue;
    const list = countedByList(c, pageFeatures.facts.lists);
    if (list && !list.partial && list.items.length !== c.value) out.differences.push({ kind: 'count', page: list.text, corpus: c.text });
  }
}
