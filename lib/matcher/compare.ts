import type { Difference } from './types';
import { datesAgree, datesComparable } from './dates';
import type { DateFact, Quantity, Rank } from './fact-types';
import type { SentenceFeatures } from './features';
import { compareNames } from './compare-names';
import { comparePolarity } from './compare-polarity';

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
 * is background, not a new fact. `antecedents` are the name terms its pronouns refer to ("he said"):
 * names among them are named by the corpus sentence too.
 */
/** Superlatives of the same kind at different places: "the largest" against "the second-largest". */
function compareRanks(page: Rank[], corpus: Rank[], out: FactComparison): void {
  for (const p of page) {
    const c = corpus.find((x) => x.adjective === p.adjective);
    if (!c || !p.rank || !c.rank) continue;
    if (p.rank === c.rank) out.agreements++;
    else out.differences.push({ kind: 'number', page: p.text, corpus: c.text });
  }
}

export function compareFacts(
  page: SentenceFeatures,
  corpus: SentenceFeatures,
  context: () => ReadonlySet<string>,
  antecedents: ReadonlySet<string> = new Set(),
): FactComparison {
  const out: FactComparison = { differences: [], agreements: 0, novel: [] };
  compareQuantities(page.facts.quantities, corpus.facts.quantities, out);
  compareDates(page.facts.dates, corpus.facts.dates, out);
  compareRanks(page.facts.ranks, corpus.facts.ranks, out);
  compareNames(page, corpus, context, antecedents, out);
  comparePolarity(page, corpus, out);
  compareScope(page, corpus, out);
  return out;
}
