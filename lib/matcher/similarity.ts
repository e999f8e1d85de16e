import { acronymsOf, writtenAcronyms } from './acronyms';
import type { LightFeatures } from './features';

export interface Overlap {
  /** Share of the page sentence's weighted terms found in the corpus sentence. */
  coverPage: number;
  /** Share of the corpus sentence's weighted terms found in the page sentence. */
  coverCorpus: number;
  /** Weighted terms of the page sentence with no counterpart. */
  unmatched: string[];
  /** Sum of weights of matched terms (each times its credit). */
  matchedWeight: number;
  /** Sum of weights of the page sentence's terms with no counterpart. */
  unmatchedWeight: number;
  /** Sum of weights of the corpus sentence's terms found in the page sentence (each times its credit). */
  corpusMatchedWeight: number;
  /** Sum of weights of the corpus sentence's terms with no counterpart. */
  corpusUnmatchedWeight: number;
  /** How many of the page sentence's terms were matched (exactly or by prefix). */
  matchedTerms: number;
  /** Share of the page sentence's quoted terms found in the corpus sentence's quotes (0 without quotes). */
  coverQuote: number;
  /** Both sentences quote at some length, so coverQuote compares two quotations. */
  quoted: boolean;
  /** Share of the page sentence's quoted terms found anywhere in the corpus sentence (1 without a quote). */
  quoteFound: number;
  /**
   * Share of the page sentence's plain words (outside names) found in the corpus sentence: what it
   * says of the names, not which names it mentions. 1 when it has no plain words.
   */
  coverPlain: number;
}

const NONE: ReadonlySet<string> = new Set();

/** Weight given to terms inside names: names carry the claim more than common words. */
export const ENTITY_BOOST = 1.5;
/** Credit for two different terms that share a long prefix (spokesman / spokesperson, intelligence / intel). */
const PREFIX_CREDIT = 0.7;
const MIN_PREFIX = 5;

interface Weights {
  idf: (term: string) => number;
  /** Weight of each term (by position in `terms`): its IDF, boosted inside names. */
  terms: readonly number[];
  /** IDF of each quoted term (by position in `quoteTerms`). */
  quoteTerms: readonly number[];
}

/** What term overlap reads of a sentence, worked out once per analysed sentence (one lookup per side). */
interface Prepared {
  /** The id of each term (by position in `terms`), see idOf. */
  ids: readonly number[];
  /** The id of the leading MIN_PREFIX characters of each term (by position in `terms`), -1 for a short term. */
  prefixes: readonly number[];
  /** The id of each quoted term, and of its leading characters (-1 for a short one), by position in `quoteTerms`. */
  quoteIds: readonly number[];
  quotePrefixes: readonly number[];
  /** The quoted terms as a set. */
  quoteSet: ReadonlySet<string>;
  /** The positions in `terms` of the terms the sentence writes in capitals as acronyms (most sentences have none). */
  written: readonly number[];
  /** What it was read from: a sentence's full analysis shares its text and terms with its light one. */
  text: string;
  quoteTerms: readonly string[];
  /** The table of ids the ids were taken from (see idOf). */
  table: number;
  /** The weights with no term boosted (the same for every features object without names). */
  plainWeights: Weights | null;
  /** The weights with the terms of these names boosted, for the last set of name terms asked for. */
  namedWeights: Weights | null;
  namedFor: ReadonlySet<string> | null;
}

/**
 * Terms and prefixes as small integers, so that the overlap of two sentences is read with array
 * lookups rather than string hashing. Terms and prefixes share the numbering (they are never looked
 * up in the same place). The table starts afresh when it grows too large; `table` then changes, and
 * sentences prepared with the old one are prepared again.
 */
const termIds = new Map<string, number>();
export const MAX_TERM_IDS = 1_000_000;
let table = 0;
/** By id: 2 + the id of the term's leading MIN_PREFIX characters, 1 for a short term, 0 when not yet read. */
let prefixCodes = new Int32Array(1 << 14);

function idOf(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    if (termIds.size >= MAX_TERM_IDS) {
      termIds.clear();
      prefixCodes.fill(0);
      table++;
    }
    id = termIds.size;
    termIds.set(term, id);
    if (id >= prefixCodes.length) {
      const bigger = new Int32Array(prefixCodes.length * 2);
      bigger.set(prefixCodes);
      prefixCodes = bigger;
    }
  }
  return id;
}

/**
 * The id of a term's leading MIN_PREFIX characters, or -1 for a shorter term, given the term's id:
 * read once per term (the slice and its lookup are not made again for each sentence).
 */
function prefixOf(term: string, id: number): number {
  const known = prefixCodes[id]!;
  if (known) return known - 2;
  const at = table;
  const prefix = prefixId(term);
  // Ids taken after the table started afresh are not kept (the sentence is prepared again).
  if (table === at) prefixCodes[id] = prefix + 2;
  return prefix;
}

/**
 * Marks of one side's terms, and of their leading characters, for one comparison: an id is on that
 * side when its mark equals the side's current stamp (no clearing between comparisons).
 */
interface Marks {
  terms: Int32Array;
  prefixes: Int32Array;
  stamp: number;
}

const pageMarks: Marks = { terms: new Int32Array(1 << 14), prefixes: new Int32Array(1 << 14), stamp: 0 };
const corpusMarks: Marks = { terms: new Int32Array(1 << 14), prefixes: new Int32Array(1 << 14), stamp: 0 };

const grown = (at: Int32Array) => {
  if (at.length >= termIds.size) return at;
  const bigger = new Int32Array(Math.max(termIds.size, at.length * 2));
  bigger.set(at);
  return bigger;
};

/** Marks the terms and prefixes of one side; returns the stamp they carry. */
function mark(marks: Marks, p: Prepared): number {
  marks.terms = grown(marks.terms);
  marks.prefixes = grown(marks.prefixes);
  if (marks.stamp === 0x7fffffff) {
    marks.terms.fill(0);
    marks.prefixes.fill(0);
    marks.stamp = 0;
  }
  const stamp = ++marks.stamp;
  const { terms, prefixes } = marks;
  for (let i = 0; i < p.ids.length; i++) {
    terms[p.ids[i]!] = stamp;
    const prefix = p.prefixes[i]!;
    if (prefix >= 0) prefixes[prefix] = stamp;
  }
  return stamp;
}

/**
 * Keyed by the terms array, which a sentence's full analysis shares with its light features: both
 * are prepared once (their weights differ when names are boosted, and are kept per set of name terms).
 */
const preparedCache = new WeakMap<readonly string[], Prepared>();

function prepare(f: LightFeatures): Prepared {
  let p = preparedCache.get(f.terms);
  if (!p || p.text !== f.text || p.quoteTerms !== f.quoteTerms || p.table !== table) {
    const at = table;
    // Plain arrays, quicker to make than typed ones for a sentence's few terms.
    const ids: number[] = [];
    const prefixes: number[] = [];
    for (let i = 0; i < f.terms.length; i++) {
      const t = f.terms[i]!;
      const id = idOf(t);
      ids.push(id);
      prefixes.push(prefixOf(t, id));
    }
    const quoteIds: number[] = [];
    const quotePrefixes: number[] = [];
    for (let i = 0; i < f.quoteTerms.length; i++) {
      const t = f.quoteTerms[i]!;
      const id = idOf(t);
      quoteIds.push(id);
      quotePrefixes.push(prefixOf(t, id));
    }
    p = {
      ids,
      prefixes,
      quoteIds,
      quotePrefixes,
      quoteSet: f.quoteTerms.length ? new Set(f.quoteTerms) : NONE,
      written: acronymPositions(f),
      text: f.text,
      quoteTerms: f.quoteTerms,
      table: at,
      plainWeights: null,
      namedWeights: null,
      namedFor: null,
    };
    // Ids taken after the table started afresh: the sentence is prepared with the new table.
    if (at !== table) return prepare(f);
    preparedCache.set(f.terms, p);
  }
  return p;
}

const NO_POSITIONS: readonly number[] = [];

/** The positions in its terms of the acronyms a sentence writes in capitals, in order. */
function acronymPositions(f: LightFeatures): readonly number[] {
  const written = writtenAcronyms(f);
  if (!written.size) return NO_POSITIONS;
  const out: number[] = [];
  for (let i = 0; i < f.terms.length; i++) if (written.has(f.terms[i]!)) out.push(i);
  return out.length ? out : NO_POSITIONS;
}

/** The weights of a sentence's terms under one IDF function, worked out once per sentence and function. */
function weightsOf(f: LightFeatures, p: Prepared, idf: (term: string) => number): Weights {
  const named = f.entityTerms.size > 0;
  let w = named ? (p.namedFor === f.entityTerms ? p.namedWeights : null) : p.plainWeights;
  if (!w || w.idf !== idf) {
    const terms: number[] = [];
    for (let i = 0; i < f.terms.length; i++) {
      const t = f.terms[i]!;
      terms.push(named && f.entityTerms.has(t) ? idf(t) * ENTITY_BOOST : idf(t));
    }
    const quoteTerms: number[] = [];
    for (let i = 0; i < f.quoteTerms.length; i++) quoteTerms.push(idf(f.quoteTerms[i]!));
    w = { idf, terms, quoteTerms };
    if (named) {
      p.namedWeights = w;
      p.namedFor = f.entityTerms;
    } else p.plainWeights = w;
  }
  return w;
}

/**
 * Whether a term with this prefix shares it with a term of the other side that is not on this side
 * (spokesman / spokesperson): both at least MIN_PREFIX long, the same leading characters. `theirs`
 * and `ours` are the two sides' marks.
 */
function sharesPrefix(prefix: number, other: Prepared, theirs: Marks, ours: Marks): boolean {
  if (prefix < 0 || theirs.prefixes[prefix] !== theirs.stamp) return false;
  // Rare (a prefix on the other side, the term itself not): the other side's few terms are scanned.
  const { ids, prefixes } = other;
  for (let i = 0; i < ids.length; i++) if (prefixes[i] === prefix && ours.terms[ids[i]!] !== ours.stamp) return true;
  return false;
}

/** The id of a term's leading MIN_PREFIX characters, or -1 for a shorter term. */
const prefixId = (t: string): number => (t.length >= MIN_PREFIX ? idOf(t.slice(0, MIN_PREFIX)) : -1);

const NO_ACRONYMS = { onPage: NONE, inCorpus: NONE };

/**
 * Terms each side matches through an acronym the other side spells out ("GBA" / "Greater Bay Area"):
 * a term of one side that it writes in capitals, absent from the other side, and the initials of a
 * run of capitalised words there. Both sides' terms are marked (see mark).
 */
function acronymMatches(page: LightFeatures, corpus: LightFeatures, pp: Prepared, pc: Prepared) {
  // Most pairs share no acronym: the sets (and the other side's capitalised runs) are made only when one may be found.
  let onPage: Set<string> | null = null;
  let inCorpus: Set<string> | null = null;
  if (pc.written.length) {
    for (const i of pc.written) {
      const t = corpus.terms[i]!;
      if (pageMarks.terms[pc.ids[i]!] === pageMarks.stamp) continue;
      const run = acronymsOf(page).get(t);
      if (!run) continue;
      (inCorpus ??= new Set()).add(t);
      for (const x of run) (onPage ??= new Set()).add(x);
    }
  }
  if (pp.written.length) {
    for (const i of pp.written) {
      const t = page.terms[i]!;
      if (corpusMarks.terms[pp.ids[i]!] === corpusMarks.stamp) continue;
      const run = acronymsOf(corpus).get(t);
      if (!run) continue;
      (onPage ??= new Set()).add(t);
      for (const x of run) (inCorpus ??= new Set()).add(x);
    }
  }
  return onPage || inCorpus ? { onPage: onPage ?? NONE, inCorpus: inCorpus ?? NONE } : NO_ACRONYMS;
}

/**
 * IDF-weighted term overlap between a page sentence and a corpus sentence, in both directions.
 * `antecedents` are the name terms a pronoun of the corpus sentence refers back to ("..., he said"
 * after a sentence naming the speaker): page terms among them count as matched.
 */
export function termOverlap(
  page: LightFeatures,
  corpus: LightFeatures,
  idf: (term: string) => number,
  antecedents: ReadonlySet<string> = NONE,
): Overlap {
  let pagePrepared = prepare(page);
  const corpusPrepared = prepare(corpus);
  // The table started afresh while preparing the corpus side: the page side is prepared with it too.
  if (pagePrepared.table !== corpusPrepared.table) pagePrepared = prepare(page);
  const pageWeights = weightsOf(page, pagePrepared, idf);
  const corpusWeights = weightsOf(corpus, corpusPrepared, idf);
  // Each side's terms marked: "is this term on the other side" is one array lookup.
  mark(pageMarks, pagePrepared);
  const inCorpusStamp = mark(corpusMarks, corpusPrepared);
  const acronyms = acronymMatches(page, corpus, pagePrepared, corpusPrepared);
  const onPageStamp = pageMarks.stamp;
  const pageMarked = pageMarks.terms;
  const corpusMarked = corpusMarks.terms;
  let pageTotal = 0;
  let matched = 0;
  let unmatchedWeight = 0;
  const unmatched: string[] = [];
  let matchedTerms = 0;
  // A prefix match is a lookup among the other side's terms with the same leading characters.
  let plainTotal = 0;
  let plainMatched = 0;
  // Sets most pairs leave empty are not looked into.
  const names = page.entityTerms.size > 0;
  const onPage = acronyms.onPage.size > 0;
  const referred = antecedents.size > 0;
  for (let i = 0; i < page.terms.length; i++) {
    const t = page.terms[i]!;
    const w = pageWeights.terms[i]!;
    const plain = !(names && page.entityTerms.has(t));
    pageTotal += w;
    if (plain) plainTotal += w;
    let credit = 0;
    if (corpusMarked[pagePrepared.ids[i]!] === inCorpusStamp || (onPage && acronyms.onPage.has(t)) || (referred && antecedents.has(t))) credit = 1;
    else if (sharesPrefix(pagePrepared.prefixes[i]!, corpusPrepared, corpusMarks, pageMarks)) credit = PREFIX_CREDIT;
    if (!credit) {
      unmatched.push(t);
      unmatchedWeight += w;
      continue;
    }
    matched += credit * w;
    if (plain) plainMatched += credit * w;
    matchedTerms++;
  }
  let corpusTotal = 0;
  let corpusMatched = 0;
  let corpusUnmatched = 0;
  const inCorpus = acronyms.inCorpus.size > 0;
  for (let i = 0; i < corpus.terms.length; i++) {
    const t = corpus.terms[i]!;
    const w = corpusWeights.terms[i]!;
    corpusTotal += w;
    if (pageMarked[corpusPrepared.ids[i]!] === onPageStamp || (inCorpus && acronyms.inCorpus.has(t))) corpusMatched += w;
    else if (sharesPrefix(corpusPrepared.prefixes[i]!, pagePrepared, pageMarks, corpusMarks)) corpusMatched += PREFIX_CREDIT * w;
    else corpusUnmatched += w;
  }
  let found = 0;
  let foundTotal = 0;
  for (let i = 0; i < page.quoteTerms.length; i++) {
    const t = page.quoteTerms[i]!;
    const w = pageWeights.quoteTerms[i]!;
    foundTotal += w;
    if (corpusMarked[pagePrepared.quoteIds[i]!] === inCorpusStamp || (referred && antecedents.has(t))) found += w;
    else if (sharesPrefix(pagePrepared.quotePrefixes[i]!, corpusPrepared, corpusMarks, pageMarks)) found += PREFIX_CREDIT * w;
  }
  let quoteTotal = 0;
  let quoteMatched = 0;
  if (page.quoteTerms.length >= 3 && corpus.quoteTerms.length) {
    const corpusQuote = corpusPrepared.quoteSet;
    for (let i = 0; i < page.quoteTerms.length; i++) {
      const t = page.quoteTerms[i]!;
      const w = pageWeights.quoteTerms[i]!;
      quoteTotal += w;
      if (corpusQuote.has(t)) quoteMatched += w;
    }
  }
  return {
    coverQuote: quoteTotal ? quoteMatched / quoteTotal : 0,
    quoted: quoteTotal > 0,
    quoteFound: foundTotal ? found / foundTotal : 1,
    coverPage: pageTotal ? matched / pageTotal : 0,
    coverCorpus: corpusTotal ? corpusMatched / corpusTotal : 0,
    coverPlain: plainTotal ? plainMatched / plainTotal : 1,
    unmatched,
    matchedWeight: matched,
    unmatchedWeight,
    corpusMatchedWeight: corpusMatched,
    corpusUnmatchedWeight: corpusUnmatched,
    matchedTerms,
  };
}
