import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { namesNumber } from './quantities';

/** A designation: a capitalised name and the number that tells one of its kind ("Su-27", "Power of Siberia 2", "Entente-19"). */
const DESIGNATION_RE = /\b([A-Z][A-Za-z]*)(-| )(\d{1,4}[A-Za-z]?)\b(?![.,]\d|\s*(?:per\s*cent|percent|%))/g;

interface Designation {
  text: string;
  base: string;
  number: string;
}

function designationsOf(text: string): Designation[] {
  const out: Designation[] = [];
  for (const m of text.matchAll(DESIGNATION_RE)) {
    // "In 2019", "By 30", "June 6" are no designations.
    if (!namesNumber(m[1]!) || /^(?:1[5-9]|20)\d\d$/.test(m[3]!)) continue;
    out.push({ text: m[0], base: m[1]!.toLowerCase(), number: m[3]!.toLowerCase() });
  }
  return out;
}

/**
 * The same name with another number ("the Su-88 fighter" against "the Su-27 fighter", "Power of
 * Siberia 13" against "Power of Siberia 2"): another thing of the same kind, a changed name. The
 * page's number then adds no fact of its own.
 */
export function compareDesignations(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (!/\d/.test(page.text) || !/\d/.test(corpus.text)) return;
  const theirs = designationsOf(corpus.text);
  if (!theirs.length) return;
  for (const p of designationsOf(page.text)) {
    const same = theirs.filter((c) => c.base === p.base);
    if (!same.length) continue;
    if (same.some((c) => c.number === p.number)) {
      out.agreements++;
      continue;
    }
    const name = { kind: 'name' as const, page: p.text, corpus: same[0]!.text };
    // The numbers alone, read as figures ("3" / "2"), are this difference.
    const figures = out.differences.findIndex((d) => d.page === p.number && same.some((c) => c.number === d.corpus));
    if (figures >= 0) out.differences[figures] = name;
    // Or told apart already, as a name of its own.
    else if (!out.differences.some((d) => d.page.includes(p.text) || p.text.includes(d.page))) out.differences.push(name);
    out.novel = out.novel.filter((n) => !p.text.includes(n));
  }
}
