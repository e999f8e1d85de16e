import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { parseNumberWords } from './number-words';

/** A list of years ("in 2009, 2012 and 2015"). */
const YEAR_LIST_RE = /\b(?:1[89]|20)\d{2}(?:\s*,\s*(?:1[89]|20)\d{2})*,?\s+and\s+(?:1[89]|20)\d{2}\b/;

function yearList(text: string): { text: string; years: Set<string> } | null {
  const m = YEAR_LIST_RE.exec(text);
  return m ? { text: m[0], years: new Set(m[0].match(/\d{4}/g)) } : null;
}

/**
 * The same things dated by a list of years, with a year more or fewer ("agreements in 2009, 2012
 * and 2015" against "agreements in 2009 and 2015"): another count of them. The page's extra year,
 * and a count of the page's list ("three promises"), are this difference, not facts of their own.
 */
export function compareYearLists(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  // Already read as a count against the years ("three agreements, in 2009, 2012 and 2015").
  if (out.differences.some((d) => d.kind === 'count')) return;
  const p = yearList(page.text);
  const c = p && yearList(corpus.text);
  if (!p || !c || p.years.size === c.years.size) return;
  const [more, fewer] = p.years.size > c.years.size ? [p.years, c.years] : [c.years, p.years];
  if (![...fewer].every((y) => more.has(y))) return;
  out.differences.push({ kind: 'count', page: p.text, corpus: c.text });
  out.novel = out.novel.filter((n) => !p.years.has(n) && (parseNumberWords(n.toLowerCase()) ?? Number(n)) !== p.years.size);
}
