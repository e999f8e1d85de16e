import type { FactComparison } from './compare';
import type { NameList } from './fact-types';
import type { SentenceFeatures } from './features';
import { comparePlaces } from './compare-places';
import { wholeAgainstPart } from './quantifier-scope';
import { wholeCountryAgainstPart } from './whole-country';

type Difference = FactComparison['differences'][number];

/** "only" / "one of", "a single treaty" / "the treaties". */
function exclusiveAgainstWide(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const ps = page.facts.scope;
  const cs = corpus.facts.scope;
  const exclusive = (s: typeof ps) => s.find((x) => x.kind === 'exclusive' && x.noun);
  const inclusive = (s: typeof ps, noun: string) => s.find((x) => x.kind === 'inclusive' || (x.kind === 'plural' && x.noun === noun));
  const pe = exclusive(ps);
  const ce = exclusive(cs);
  if (pe && !ce) {
    const wide = inclusive(cs, pe.noun);
    if (wide && !ps.some((x) => x.kind === 'inclusive')) return { kind: 'scope', page: pe.cue, corpus: wide.cue };
  } else if (ce && !pe) {
    const wide = inclusive(ps, ce.noun);
    if (wide && !cs.some((x) => x.kind === 'inclusive')) return { kind: 'scope', page: wide.cue, corpus: ce.cue };
  }
  return null;
}

/** "only X" (a name right after "only") or "X alone": the name and the cue. */
function onlyName(f: SentenceFeatures): { cue: string; name: string } | null {
  for (const e of f.facts.entities) {
    if (/^\s+alone\b/i.test(f.text.slice(e.end, e.end + 7))) return { cue: `${e.text} alone`, name: e.text };
  }
  for (const t of f.tokens) {
    if (t.norm !== 'only' && t.norm !== 'solely') continue;
    const rest = f.text.slice(t.end);
    // "only Africa", "only in Africa".
    const gap = /^\s+(?:(?:in|to|at|from|by|for|on|with)\s+)?/.exec(rest)?.[0].length ?? 0;
    const e = f.facts.entities.find((x) => x.start === t.end + gap);
    if (gap && e) return { cue: f.text.slice(t.start, e.end), name: e.text };
  }
  return null;
}

const inList = (name: string, lists: NameList[]) => lists.find((l) => l.items.length > 1 && l.items.includes(name));

/** "only BYD has built plants abroad" against a list of makers that have, BYD among them. */
function onlyAgainstList(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const p = onlyName(page);
  const pl = p && inList(p.name, corpus.facts.lists);
  if (p && pl) return { kind: 'scope', page: p.cue, corpus: pl.text };
  const c = onlyName(corpus);
  const cl = c && inList(c.name, page.facts.lists);
  if (c && cl) return { kind: 'scope', page: cl.text, corpus: c.cue };
  return null;
}

/** "X and other parts of Asia", "X and elsewhere": a name with others of its kind. */
const AND_OTHERS_RE = /^\s+(?:and|as\s+well\s+as)\s+(?:other|others|elsewhere|beyond|further)\b[^,.;]*/i;

function andOthers(f: SentenceFeatures, name: string): string | null {
  const at = f.text.indexOf(name);
  const m = at < 0 ? null : AND_OTHERS_RE.exec(f.text.slice(at + name.length));
  return m ? name + m[0] : null;
}

/** "China alone" against "China and other parts of Asia": the page narrows the claim to one of them (or widens it). */
function onlyAgainstOthers(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const p = onlyName(page);
  const co = p && andOthers(corpus, p.name);
  if (p && co && !andOthers(page, p.name)) return { kind: 'scope', page: p.cue, corpus: co };
  const c = onlyName(corpus);
  const po = c && andOthers(page, c.name);
  if (c && po && !andOthers(corpus, c.name)) return { kind: 'scope', page: po, corpus: c.cue };
  return null;
}

/** "all carmakers" against "carmakers ... include A, B and C" (some of them, by example). */
function allAgainstExamples(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const universal = (f: SentenceFeatures) => f.facts.quantifiers.find((q) => q.size === 'large' && /^(all|every|each)$/i.test(q.cue) && q.noun);
  const examples = (f: SentenceFeatures, noun: string) => f.facts.lists.find((l) => l.partial && l.noun === noun);
  const pu = universal(page);
  const cl = pu && examples(corpus, pu.noun);
  if (pu && cl) return { kind: 'scope', page: pu.cue, corpus: cl.text };
  const cu = universal(corpus);
  const pl = cu && examples(page, cu.noun);
  if (cu && pl) return { kind: 'scope', page: pl.text, corpus: cu.cue };
  return null;
}

/**
 * Scope: "only" / "one of", a single thing / several, "only X" against a list of which X is one,
 * "all" against a list of examples ("include A, B and C"), and places widened or narrowed.
 */
export function compareScope(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const d = onlyAgainstList(page, corpus) ?? onlyAgainstOthers(page, corpus) ?? exclusiveAgainstWide(page, corpus) ?? allAgainstExamples(page, corpus) ?? wholeAgainstPart(page, corpus) ?? wholeCountryAgainstPart(page, corpus);
  if (d) out.differences.push(d);
  else comparePlaces(page, corpus, out);
}
