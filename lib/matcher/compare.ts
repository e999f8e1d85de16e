import type { Difference } from './types';
import { datesAgree, datesComparable } from './dates';
import { initialsOf, isAcronym, nameWords } from './entities';
import type { DateFact, Quantity, Span } from './fact-types';
import { contentTerms, type SentenceFeatures } from './features';
import { isPlaceTerm } from './lexicon';
import { stem } from '@/lib/text/stem';
import { governedStem, hasAntonymPair } from './polarity';

export interface FactComparison {
  differences: Difference[];
  /** Facts of the page sentence that the corpus sentence states the same way. */
  agreements: number;
  /** Facts of the page sentence absent from the corpus sentence and its article: signs of another claim. */
  novel: string[];
}

/** Relative tolerance when one side converts units (4,000 miles vs 6,500 km). */
const CONVERSION_TOLERANCE = 0.05;

function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || (a.currency ?? '') !== (b.currency ?? '')) return false;
  const diff = Math.abs(a.value - b.value);
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (diff / scale < 1e-9) return true;
  return a.unit !== b.unit && diff / scale <= CONVERSION_TOLERANCE;
}

function quantityKind(q: Quantity): Difference['kind'] {
  return q.spelled && q.dimension === 'count' && !/-/.test(q.text) ? 'count' : 'number';
}

function compareQuantities(page: Quantity[], corpus: Quantity[], out: FactComparison): void {
  const used = new Set<Quantity>();
  const pending: Quantity[] = [];
  for (const q of page) {
    const same = corpus.find((c) => !used.has(c) && sameValue(q, c));
    if (same) {
      used.add(same);
      out.agreements++;
    } else pending.push(q);
  }
  for (const q of pending) {
    const free = corpus.filter((c) => !used.has(c) && c.dimension === q.dimension && (c.currency ?? '') === (q.currency ?? ''));
    const byNoun = free.find((c) => q.noun && c.noun === q.noun);
    // A lone figure on each side is the same slot, unless each names a different thing counted (hectares vs tonnes).
    const lone = free.length === 1 && pending.filter((p) => p.dimension === q.dimension).length === 1 ? free[0] : undefined;
    const onlyOne = lone && (!q.noun || !lone.noun || lone.noun === q.noun) ? lone : undefined;
    const counterpart = byNoun ?? onlyOne;
    if (counterpart) {
      used.add(counterpart);
      out.differences.push({ kind: quantityKind(q), page: q.text, corpus: counterpart.text });
    } else out.novel.push(q.text);
  }
}

function compareDates(page: DateFact[], corpus: DateFact[], out: FactComparison): void {
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
    } else out.novel.push(d.text);
  }
}

/** Whether a text contains a phrase as whole words. */
function containsWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + phrase.length < text.length ? text[at + phrase.length]! : ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

type Located = { status: 'found' } | { status: 'missing' } | { status: 'conflict'; other: Span };

function termFound(t: string, terms: ReadonlySet<string>): boolean {
  if (terms.has(t)) return true;
  if (t.length < 4) return false;
  for (const o of terms) if (o.length >= 4 && (o.startsWith(t) || t.startsWith(o))) return true;
  return false;
}

/** Initials of every run of 2-6 words ("gross domestic product" → "gdp"), for acronyms spelt out in lower case. */
function wordRunInitials(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w && !/^(of|and|the|for)$/.test(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      acc += words[j]![0];
      if (acc.length >= 2) out.add(acc);
    }
  }
  return out;
}

/**
 * Whether a name of one sentence is named in the other: by its words, canonical terms, initials
 * (NYT, GDP), or in part ("Soldatov" for "Andrei Soldatov"). A name that shares a word with a
 * name of the other sentence but differs in another ("Vega Leaks" / "Ares Leaks") is a conflict.
 */
function locate(entity: Span, other: SentenceFeatures, otherTerms: ReadonlySet<string>): Located {
  const lowerText = other.text.toLowerCase();
  const name = entity.text.toLowerCase();
  if (containsWord(lowerText, name)) return { status: 'found' };
  const terms = contentTerms(entity.text);
  const found = terms.filter((t) => termFound(t, otherTerms));
  if (terms.length && found.length === terms.length) return { status: 'found' };
  const compact = entity.text.replace(/[.\s]/g, '').toLowerCase();
  if (isAcronym(entity.text) && wordRunInitials(other.text).has(compact)) return { status: 'found' };
  const initials = initialsOf(entity.text);
  if (initials.length > 1 && other.facts.entities.some((o) => isAcronym(o.text) && o.text.replace(/[.\s]/g, '').toLowerCase() === initials)) {
    return { status: 'found' };
  }
  if (!found.length) return { status: 'missing' };
  // Partly named: a conflict when the other sentence's name has words of its own in place of ours.
  const sharing = other.facts.entities.find((o) => contentTerms(o.text).some((t) => found.includes(t)));
  if (!sharing) return { status: 'found' };
  const ours = new Set(terms);
  const extra = contentTerms(sharing.text).filter((t) => !ours.has(t) && !termFound(t, ours));
  return extra.length ? { status: 'conflict', other: sharing } : { status: 'found' };
}

/** The content words just before and just after a name (not other names), for telling whether two names fill the same slot. */
function neighbours(f: SentenceFeatures, span: Span): Set<string> {
  const plain = (t: string) => !f.entityTerms.has(t);
  const before = contentTerms(f.text.slice(Math.max(0, span.start - 40), span.start)).filter(plain).slice(-1);
  const after = contentTerms(f.text.slice(span.end, span.end + 40)).filter(plain).slice(0, 1);
  return new Set([...before, ...after]);
}

function isPlace(e: Span): boolean {
  const terms = contentTerms(e.text);
  return terms.length > 0 && terms.every(isPlaceTerm);
}

/**
 * How surely two names, each missing from the other sentence, fill the same slot (so one replaces
 * the other): 3 for two acronyms, 2 for names sharing a word, 1 for the same words around them
 * (and a country only ever stands for a country), 0 for no sign.
 */
function slotMatch(p: SentenceFeatures, pe: Span, c: SentenceFeatures, ce: Span): number {
  if (isPlace(pe) !== isPlace(ce)) return 0;
  if (isAcronym(pe.text) && isAcronym(ce.text)) return 3;
  const cw = new Set(nameWords(ce.text));
  if (nameWords(pe.text).some((w) => cw.has(w))) return 2;
  const around = neighbours(c, ce);
  return [...neighbours(p, pe)].some((t) => around.has(t)) ? 1 : 0;
}

function sameSource(a: string, b: string): boolean {
  const aw = nameWords(a);
  const bw = new Set(nameWords(b));
  if (aw.some((w) => bw.has(w))) return true;
  return initialsOf(a) === b.toLowerCase() || initialsOf(b) === a.toLowerCase();
}

function compareNames(page: SentenceFeatures, corpus: SentenceFeatures, context: () => ReadonlySet<string>, out: FactComparison): void {
  const corpusTerms = new Set(corpus.terms);
  const pageTerms = new Set(page.terms);
  // Attribution: both name a source, and neither source appears in the other sentence.
  const pa = page.facts.attributions;
  const ca = corpus.facts.attributions;
  const conflicted = new Set<string>();
  if (pa.length && ca.length && !pa.some((p) => ca.some((c) => sameSource(p, c)))) {
    const p = pa.find((x) => !contentTerms(x).some((t) => corpusTerms.has(t)));
    const c = ca.find((x) => !contentTerms(x).some((t) => pageTerms.has(t)));
    if (p && c) {
      out.differences.push({ kind: 'attribution', page: p, corpus: c });
      conflicted.add(p).add(c);
    }
  }
  const involved = (e: Span) => [...conflicted].some((x) => x.includes(e.text) || e.text.includes(x));
  const pageOnly: Span[] = [];
  const usedCorpus = new Set<Span>();
  for (const pe of page.facts.entities) {
    if (involved(pe)) continue;
    const where = locate(pe, corpus, corpusTerms);
    if (where.status === 'found') out.agreements++;
    else if (where.status === 'conflict') {
      usedCorpus.add(where.other);
      nameConflict(pe, where.other, out);
    } else pageOnly.push(pe);
  }
  const corpusOnly = corpus.facts.entities.filter(
    (ce) => !usedCorpus.has(ce) && !involved(ce) && locate(ce, page, pageTerms).status === 'missing',
  );
  const attributed = new Set(pa);
  for (const pe of pageOnly) {
    let ce: Span | undefined;
    let best = 0;
    for (const c of corpusOnly) {
      const m = usedCorpus.has(c) ? 0 : slotMatch(page, pe, corpus, c);
      if (m > best) [ce, best] = [c, m];
    }
    if (ce) {
      usedCorpus.add(ce);
      nameConflict(pe, ce, out);
    } else if (!attributed.has(pe.text) && !contentTerms(pe.text).every((t) => context().has(t))) {
      // A name the corpus sentence and its neighbours never mention: the page adds a fact (who it
      // credits the claim to does not count).
      out.novel.push(pe.text);
    }
  }
  // Names around a misattributed quote (the speaker's affiliation) are part of the same difference.
  if (conflicted.size) out.differences = out.differences.filter((d) => d.kind !== 'name');
}

/** Two names in the same slot. Another country is another actor, so another claim, rather than a wrong name. */
function nameConflict(pe: Span, ce: Span, out: FactComparison): void {
  if (isPlace(pe) || isPlace(ce)) out.novel.push(pe.text);
  else out.differences.push({ kind: 'name', page: pe.text, corpus: ce.text });
}

function comparePolarity(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const pn = page.facts.negations;
  const cn = corpus.facts.negations;
  // Only a plain statement against a negated one: double negatives and reworded negations are left alone.
  if ((pn.length > 0) === (cn.length > 0)) return;
  const [neg, negFeatures, other] = pn.length ? [pn, page, corpus] : [cn, corpus, page];
  const governed = neg.map((c) => governedStem(negFeatures.tokens, c)).find((s) => s !== null && other.stems.has(s));
  const antonyms = hasAntonymPair(page.stems, corpus.stems);
  if (!governed && !antonyms) return;
  const word = (f: SentenceFeatures, stemmed: string) => f.tokens.find((t) => stem(t.norm) === stemmed)?.raw ?? stemmed;
  const describe = (f: SentenceFeatures) =>
    f.facts.negations.length ? `not (${f.facts.negations.map((c) => c.cue).join(', ')})` : 'affirmative';
  out.differences.push({
    kind: 'polarity',
    page: antonyms ? word(page, antonyms[0]) : describe(page),
    corpus: antonyms ? word(corpus, antonyms[1]) : describe(corpus),
  });
}

function compareScope(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const ps = page.facts.scope;
  const cs = corpus.facts.scope;
  const exclusive = (s: typeof ps) => s.find((x) => x.kind === 'exclusive' && x.noun);
  const inclusive = (s: typeof ps, noun: string) => s.find((x) => x.kind === 'inclusive' || (x.kind === 'plural' && x.noun === noun));
  const pe = exclusive(ps);
  const ce = exclusive(cs);
  if (pe && !ce) {
    const wide = inclusive(cs, pe.noun);
    if (wide && !ps.some((x) => x.kind === 'inclusive')) out.differences.push({ kind: 'scope', page: pe.cue, corpus: wide.cue });
  } else if (ce && !pe) {
    const wide = inclusive(ps, ce.noun);
    if (wide && !cs.some((x) => x.kind === 'inclusive')) out.differences.push({ kind: 'scope', page: wide.cue, corpus: ce.cue });
  }
}

/**
 * Compares the facts of a page sentence with those of a corpus sentence that may state the same
 * claim. `context` gives the terms of the sentences around the corpus sentence: a name they mention
 * is background, not a new fact.
 */
export function compareFacts(page: SentenceFeatures, corpus: SentenceFeatures, context: () => ReadonlySet<string>): FactComparison {
  const out: FactComparison = { differences: [], agreements: 0, novel: [] };
  compareQuantities(page.facts.quantities, corpus.facts.quantities, out);
  compareDates(page.facts.dates, corpus.facts.dates, out);
  compareNames(page, corpus, context, out);
  comparePolarity(page, corpus, out);
  compareScope(page, corpus, out);
  return out;
}
