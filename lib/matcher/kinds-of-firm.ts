import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { wordTerm } from './lexicon';

/** The term of the words for a firm ("companies", "firms", "businesses" fold to one). */
const FIRM = wordTerm('companies');

/** The trades a sentence names its firms by ("mining companies", "shipping firms"): the trade's word and term. */
function tradesOf(f: SentenceFeatures): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  const { tokens, text } = f;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.capitalized || t.isNumber || !/^\s+$/.test(text.slice(t.end, next.start)) || wordTerm(next.norm) !== FIRM) continue;
    // A trade is a noun or a gerund ("mining", "fishing", "shipping", "tech"), not a word of size or kind.
    if (!/ing$/.test(t.norm)) continue;
    const term = wordTerm(t.norm);
    if (term) out.push({ word: `${t.raw} ${next.raw}`, term });
  }
  return out;
}

/**
 * Firms of another trade in the same claim ("fishing companies" against "mining companies",
 * "shipping companies" against "mining firms"): a changed name, where each side names one trade
 * the other never mentions.
 */
export function compareTrades(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.length) return;
  const p = tradesOf(page).filter((x) => !corpus.terms.includes(x.term));
  if (p.length !== 1) return;
  const c = tradesOf(corpus).filter((x) => !page.terms.includes(x.term));
  if (c.length !== 1) return;
  out.differences.push({ kind: 'name', page: p[0]!.word, corpus: c[0]!.word });
}
