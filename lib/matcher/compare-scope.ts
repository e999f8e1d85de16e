import type { FactComparison } from './compare';
import type { NameList } from './fact-types';
import { contentTerms, type SentenceFeatures } from './features';
import { isPlaceTerm, wordTerm } from './lexicon';
import { comparePlaces } from './compare-places';
import { placeTermOf } from './entities';
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

/** A group or place taken whole, with emphasis ("the whole of Asia", "every research institute", "all of Russia", "the entire length of Japan"). */
const EMPHATIC_WHOLE_RE = /\b((?:the\s+(?:entire|whole|full)\s+(?:length|breadth|width|extent|span)\s+of|the\s+whole\s+of|all\s+of|the\s+entire|across\s+all(?:\s+of)?|every)(?:\s+the)?)((?:\s+[A-Za-z][\w-]*){1,3})/;
const TIME_WORD_RE = /^\s+(?:other\s+)?(?:day|night|morning|evening|week|weekend|month|year|decade|season|winter|summer|spring|autumn|time|hour|minute|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
/** Words by which the corpus speaks of a whole itself, or of a part: then the rules of scope above compare the two. */
const ANY_WHOLE_RE = /\b(?:all|every|each|whole|entire|any|across|throughout|everywhere|everyone|both)\b/i;

/**
 * A claim the page makes of a whole, with emphasis ("the whole of Asia", "every defence research
 * institute", "across all of Russia"), where the corpus sentence says nothing of a whole: the page
 * widens it. Only where no other difference of scope was found.
 */
export function compareEmphaticWhole(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.some((d) => d.kind === 'scope')) return;
  const m = EMPHATIC_WHOLE_RE.exec(page.text);
  if (!m || ANY_WHOLE_RE.test(corpus.text)) return;
  // "all of them": the group named before; "every winter": how often, not how many.
  if (/^\s+(?:them|us|these|those|which|whom|it|this|that)\b/i.test(m[2]!) || (/every$/i.test(m[1]!) && TIME_WORD_RE.test(m[2]!))) return;
  // The whole of something the corpus speaks of ("every research institute" / "research institutes"), or of a place.
  const terms = contentTerms(m[2]!);
  if (!terms.some((t) => corpus.terms.includes(t) || isPlaceTerm(t))) return;
  // The phrase up to the end of its noun group ("the whole of Asia", "every defence research institute").
  const phrase = m[1]! + m[2]!.split(/\s+(?=(?:in|of|to|for|with|that|which|who|at|on|by|and|or|but|is|are|was|were|has|have|had|before|after|during|since|until|from|as|than|while|when|because|will|would|could)\b)/i)[0]!;
  out.differences.push({ kind: 'scope', page: phrase, corpus: 'not said of all' });
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

/** The word after "foreign" ("foreign intelligence services"), or after a country's adjective ("Chinese intelligence services"). */
function wordsAfter(f: SentenceFeatures, isCue: (t: SentenceFeatures['tokens'][number]) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  f.tokens.forEach((t, i) => {
    const next = f.tokens[i + 1];
    if (!next || next.capitalized || !isCue(t) || !/^\s+$/.test(f.text.slice(t.end, next.start))) return;
    const term = wordTerm(next.norm);
    if (term && !out.has(term)) out.set(term, `${t.raw} ${next.raw}`);
  });
  return out;
}

/** "foreign intelligence services" against "Chinese intelligence services": one country's widened to any (or narrowed). */
function foreignAgainstNationality(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const foreign = (t: SentenceFeatures['tokens'][number]) => t.norm === 'foreign';
  const national = (t: SentenceFeatures['tokens'][number]) => t.capitalized && placeTermOf(t.norm) !== null;
  for (const [wide, narrow, pageIsWide] of [[page, corpus, true], [corpus, page, false]] as const) {
    if (!/\bforeign\s/i.test(wide.text) || /\bforeign\s/i.test(narrow.text)) continue;
    const any = wordsAfter(wide, foreign);
    const one = wordsAfter(narrow, national);
    for (const [term, cue] of any) {
      const theirs = one.get(term);
      if (theirs) return pageIsWide ? { kind: 'scope', page: cue, corpus: theirs } : { kind: 'scope', page: theirs, corpus: cue };
    }
  }
  return null;
}

/**
 * Scope: "only" / "one of", a single thing / several, "only X" against a list of which X is one,
 * "all" against a list of examples ("include A, B and C"), one country's against "foreign", and places widened or narrowed.
 */
export function compareScope(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const d = onlyAgainstList(page, corpus) ?? onlyAgainstOthers(page, corpus) ?? exclusiveAgainstWide(page, corpus) ?? allAgainstExamples(page, corpus) ?? foreignAgainstNationality(page, corpus) ?? wholeAgainstPart(page, corpus) ?? wholeCountryAgainstPart(page, corpus);
  if (d) {
    out.differences.push(d);
    return;
  }
  comparePlaces(page, corpus, out);
}
