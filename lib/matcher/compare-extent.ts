import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { isPlaceTerm, wordTerm } from './lexicon';
import { universalAgainstNames } from './universal-names';

type Difference = FactComparison['differences'][number];

/** Quantifiers over the whole of a group. */
const UNIVERSAL = new Set(['all', 'every', 'each']);
/** Quantifiers over part of a group ("many delegates", "some firms"). */
const PARTIAL = new Set(['many', 'most', 'some', 'several', 'numerous', 'countless', 'majority']);
/** How far after a quantifier the noun it counts may come ("many of the foreign delegates"). */
const NOUN_REACH = 4;

/**
 * A scope difference read one way round by `read(a, b)` (a's wording, then b's), with the page as
 * `a`, else with the corpus as `a`.
 */
function eitherWay(page: SentenceFeatures, corpus: SentenceFeatures, read: (a: SentenceFeatures, b: SentenceFeatures) => [string, string] | null): Difference | null {
  const fromPage = read(page, corpus);
  if (fromPage) return { kind: 'scope', page: fromPage[0], corpus: fromPage[1] };
  const fromCorpus = read(corpus, page);
  return fromCorpus ? { kind: 'scope', page: fromCorpus[1], corpus: fromCorpus[0] } : null;
}

/** The quantifier of a sentence that counts `noun`, as written, when it is of a kind in `cues`. */
function quantifierOf(f: SentenceFeatures, noun: string, cues: ReadonlySet<string>): string | null {
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!cues.has(w) || tokens[i - 1]?.norm === 'not' || tokens[i - 1]?.norm === 'at') continue;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + NOUN_REACH); j++) {
      if (wordTerm(tokens[j]!.norm) === noun) return tokens[i]!.raw;
    }
  }
  return null;
}

/**
 * The whole of a group on one side against part of it on the other, for the same group: "every
 * delegate" against "many delegates", "all the firms" against "some firms". A plain plural with no
 * quantifier ("delegates exchanged contacts") says neither, so it is no difference.
 */
export function universalAgainstPartial(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  return eitherWay(page, corpus, (a, b) => {
    for (const q of a.facts.quantifiers) {
      if (!UNIVERSAL.has(q.cue.toLowerCase()) || !q.noun) continue;
      const partial = quantifierOf(b, q.noun, PARTIAL);
      if (partial && !quantifierOf(b, q.noun, UNIVERSAL)) return [q.cue, partial];
    }
    return null;
  });
}

/** Quantifiers over most of a group, and over some of it. */
const MOST = new Set(['most']);
const SOME = new Set(['some', 'several']);

/**
 * Most of a group on one side against some of it on the other, for the same group: "most
 * delegates" against "some delegates". Neither side may also use the other's word for that group.
 */
export function mostAgainstSome(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  return eitherWay(page, corpus, (a, b) => {
    for (const q of a.facts.quantifiers) {
      if (!MOST.has(q.cue.toLowerCase()) || !q.noun) continue;
      const some = quantifierOf(b, q.noun, SOME);
      if (some && !quantifierOf(b, q.noun, MOST) && !quantifierOf(a, q.noun, SOME)) return [q.cue, some];
    }
    return null;
  });
}

/**
 * The whole of a group on one side against a number of it on the other: "all Western agencies"
 * against "six Western agencies". A count of things already named ("the two countries") is left alone.
 */
export function universalAgainstCount(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  return eitherWay(page, corpus, (a, b) => {
    if (!b.facts.quantities.length || !a.facts.quantifiers.some((q) => UNIVERSAL.has(q.cue.toLowerCase()))) return null;
    for (const count of b.facts.quantities) {
      const noun = count.noun;
      if (count.dimension !== 'count' || !noun || count.referential || count.approx) continue;
      const cue = quantifierOf(a, noun, UNIVERSAL);
      if (cue && !quantifierOf(b, noun, UNIVERSAL) && !a.facts.quantities.some((x) => x.noun === noun)) return [cue, count.text];
    }
    return null;
  });
}

/** "the global car industry", "the world economy": a thing taken the world over, and the words naming it. */
const WORLDWIDE_RE = /\b(?:global|world(?:'s)?|worldwide)\s+((?:[a-z-]+\s+)?[a-z-]+)/i;
/** How many words after a country may name the thing it qualifies ("China's car industry"). */
const QUALIFIED_REACH = 2;

/**
 * The place a sentence qualifies a thing with ("China's", "Chinese", "the Russian"), up to the last of
 * the next few words that is among `heads`, and those words' terms.
 */
function nationalOf(f: SentenceFeatures, heads: ReadonlySet<string>): { text: string; shared: Set<string> } | null {
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || t.isNumber || !isPlaceTerm(wordTerm(t.norm))) continue;
    const shared = new Set<string>();
    let end = -1;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + QUALIFIED_REACH); j++) {
      const term = wordTerm(tokens[j]!.norm);
      if (heads.has(term)) {
        shared.add(term);
        end = tokens[j]!.end;
      }
    }
    if (end > 0) return { text: f.text.slice(t.start, end), shared };
  }
  return null;
}

/**
 * A thing taken the world over on one side and one country's on the other: "the global car industry
 * faces overcapacity" against "China's car industry faces overcapacity".
 */
export function worldAgainstNation(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  return eitherWay(page, corpus, (a, b) => {
    const world = WORLDWIDE_RE.exec(a.text);
    if (!world || WORLDWIDE_RE.test(b.text)) return null;
    const heads = new Set(world[1]!.toLowerCase().split(/\s+/).map(wordTerm));
    const nation = nationalOf(b, heads);
    if (!nation || nationalOf(a, heads)) return null;
    // "the global automotive industry was facing": up to the last word the other side shares.
    const words = world[0]!.split(/\s+/);
    while (words.length > 2 && !nation.shared.has(wordTerm(words[words.length - 1]!.toLowerCase()))) words.pop();
    return [words.join(' '), nation.text];
  });
}

/** Adverbs that say a claim holds in part ("partly because of", "mainly to Europe"). */
const IN_PART = new Set(['partly', 'partially', 'mainly', 'mostly', 'largely', 'primarily', 'chiefly', 'predominantly']);
/** Adverbs that say a claim holds in whole ("entirely because of", "solely to Europe"). */
const IN_WHOLE = new Set(['entirely', 'wholly', 'fully', 'completely', 'solely', 'exclusively', 'totally']);

/** The first adverb of a kind in a sentence ("in part" read as one), not negated ("not entirely"). */
function degreeOf(f: SentenceFeatures, kind: ReadonlySet<string>, inPart: boolean): string | null {
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const prev = tokens[i - 1]?.norm;
    if (prev === 'not' || prev === "n't") continue;
    if (kind.has(w)) return tokens[i]!.raw;
    if (inPart && w === 'in' && tokens[i + 1]?.norm === 'part' && tokens[i + 2]?.norm !== 'of') return 'in part';
  }
  return null;
}

interface Degrees {
  part: string | null;
  whole: string | null;
}
const degrees = new WeakMap<SentenceFeatures, Degrees>();

const NO_DEGREES: Degrees = { part: null, whole: null };
/** A quick look for an adverb of degree before the sentence's tokens are read. */
const DEGREE_RE = new RegExp(`\\b(?:${[...IN_PART, ...IN_WHOLE, 'in part'].join('|')})\\b`, 'i');

/** A sentence's adverbs of degree, read once. */
function degreesOf(f: SentenceFeatures): Degrees {
  let d = degrees.get(f);
  if (!d) degrees.set(f, (d = DEGREE_RE.test(f.text) ? { part: degreeOf(f, IN_PART, true), whole: degreeOf(f, IN_WHOLE, false) } : NO_DEGREES));
  return d;
}

/**
 * A claim said to hold in part on one side and in whole on the other: "partly because of the
 * sanctions" against "entirely because of the sanctions", "mainly to Europe" against "solely to Europe".
 */
export function partAgainstWhole(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const p = degreesOf(page);
  const c = degreesOf(corpus);
  if (p.part && c.whole && !p.whole && !c.part) return { kind: 'scope', page: p.part, corpus: c.whole };
  if (p.whole && c.part && !p.part && !c.whole) return { kind: 'scope', page: p.whole, corpus: c.part };
  return null;
}

/** Scope of a group or a thing: the whole of it against part of it, the world over against one country. */
export function compareExtent(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.some((d) => d.kind === 'scope')) return;
  const d = universalAgainstPartial(page, corpus) ?? mostAgainstSome(page, corpus) ?? universalAgainstCount(page, corpus) ?? worldAgainstNation(page, corpus) ?? partAgainstWhole(page, corpus) ?? universalAgainstNames(page, corpus);
  if (d) out.differences.push(d);
}
