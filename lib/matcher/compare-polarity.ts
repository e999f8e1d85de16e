import { stem } from '@/lib/text/stem';
import { canonicalTerm } from './lexicon';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { deniedObjectShared, denialLeftAlone, negatedEvent } from './event-verbs';
import { isActionAt } from './verb-forms';
import { anchoredOpposites } from './anchored-opposites';
import { compareComment, compareConsent } from './speech-and-consent';
import { deniedThing } from './denied-things';
import { reversedDirection } from './direction-verbs';
import { compareComparatives } from './comparatives';
import { bothSidesHeld, governedStem, hasAntonymPair, isPlainNegator, prefixOpposite } from './polarity';

/** Stems of going ahead with a plan ("press ahead", "proceed with", "pursue"). */
const FORWARD = new Set(['ahead', 'proce', 'proceed', 'pursu']);

/** Words of a decision or an order ("decided to", "ordered", "chose to"). */
const DECISION = new Set(['decided', 'decides', 'chose', 'chooses', 'opted', 'opts', 'ordered', 'orders', 'instructed', 'instructs', 'resolved', 'elected']);

/** "chose not to", "decided against": a decision not to act. */
function decidedNot(f: SentenceFeatures): boolean {
  return f.tokens.some((t, i) => DECISION.has(t.norm) && /^(not|never|against)$/.test(f.tokens[i + 1]?.norm ?? ''));
}

/** A decision or an order to act, with no negation in the sentence. */
function decided(f: SentenceFeatures): boolean {
  return f.facts.negations.length === 0 && f.tokens.some((t, i) => DECISION.has(t.norm) && !/^(not|never|against)$/.test(f.tokens[i + 1]?.norm ?? ''));
}

type Quantifier = SentenceFeatures['facts']['quantifiers'][number];

/** Whether two quantifiers say opposite things of the same group ("many delegates" / "few delegates", "all" / "not all"). */
function opposite(a: Quantifier, b: Quantifier): boolean {
  if (a.size === b.size) return false;
  // Of the same group, named on both sides: "none" alone may refer to anything.
  if (!a.noun || a.noun !== b.noun) return false;
  const [large, small] = a.size === 'large' ? [a, b] : [b, a];
  // "not all" denies "all", and is compatible with "many" or "most".
  if (/^not (all|every)$/.test(small.cue)) return large.cue === 'all' || large.cue === 'every';
  return true;
}

/** A group of which one sentence says many and the other few ("many delegates signed" / "few delegates signed"). */
function compareQuantifiers(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  for (const p of page.facts.quantifiers) {
    const c = corpus.facts.quantifiers.find((x) => opposite(p, x));
    if (c) {
      out.differences.push({ kind: 'polarity', page: p.cue, corpus: c.cue });
      return true;
    }
  }
  return false;
}

/**
 * Polarity: opposite quantifiers, opposite outcome words (rose / fell, approved / rejected), or a
 * negated statement against a plain one. Double negatives and reworded negations are left alone.
 */
/** Below what was expected ("fell short of expectations", "disappointing") or above it ("beyond expectation", "exceeded"). */
const BELOW_EXPECTED_RE = /\b(?:f(?:e|a)ll(?:en|s)?\s+short|short\s+of\s+(?:\w+\s+)?expectations?|below\s+(?:\w+\s+)?expectations?|disappoint\w*|underwhelm\w*)/i;
const ABOVE_EXPECTED_RE = /\b(?:beyond\s+(?:\w+\s+)?expectations?|(?:exceed|surpass)\w*\s+(?:\w+\s+)?expectations?|above\s+(?:\w+\s+)?expectations?|better\s+than\s+expected)/i;

/** Something that fell short of expectations on one side and went beyond them on the other. */
function compareExpectations(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  if (!/expect/i.test(page.text) && !/expect/i.test(corpus.text)) return false;
  const side = (f: SentenceFeatures) => {
    const below = BELOW_EXPECTED_RE.exec(f.text);
    const above = ABOVE_EXPECTED_RE.exec(f.text);
    return below && !above ? { below: true, words: below[0] } : above && !below ? { below: false, words: above[0] } : null;
  };
  const p = side(page);
  const c = p && side(corpus);
  if (!p || !c || p.below === c.below) return false;
  out.differences.push({ kind: 'polarity', page: p.words, corpus: c.words });
  return true;
}

/**
 * Free of something on one side ("risk-free") and not on the other ("not risk-free", "the risk,
 * though real"): the other side has what the one says is absent.
 */
function compareFreeOf(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  // "sees no risk" against "it's not risk-free": none of it on one side, some on the other.
  for (const [one, other] of [[page, corpus], [corpus, page]] as const) {
    const some = /\bnot\s+([a-z]+)-free\b/i.exec(other.text);
    const none = some && new RegExp(`\\bno\\s+${some[1]}\\b`, 'i').exec(one.text);
    if (some && none) {
      out.differences.push(one === page ? { kind: 'polarity', page: none[0], corpus: some[0] } : { kind: 'polarity', page: some[0], corpus: none[0] });
      return true;
    }
  }
  const freeOf = (f: SentenceFeatures) => f.facts.negations.find((c) => c.cue.endsWith('-free'));
  const pf = freeOf(page);
  const cf = freeOf(corpus);
  if (!pf === !cf) return false;
  const [cue, other] = pf ? [pf, corpus] : [cf!, page];
  const what = cue.cue.slice(0, -5);
  if (!other.stems.has(stem(what))) return false;
  const shown = new RegExp(`\\bnot\\s+${what}-free\\b`, 'i').exec(other.text)?.[0] ?? what;
  out.differences.push(pf ? { kind: 'polarity', page: cue.cue, corpus: shown } : { kind: 'polarity', page: shown, corpus: cue.cue });
  return true;
}

export function comparePolarity(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (compareQuantifiers(page, corpus, out) || compareExpectations(page, corpus, out) || compareConsent(page, corpus, out) || compareComment(page, corpus, out)) return;
  if (compareComparatives(page, corpus, out)) return;
  if (compareFreeOf(page, corpus, out)) return;
  // "No date appears on it" against "it is undated": the same thing denied, in other words.
  if (sameThingDenied(page, corpus) || sameThingDenied(corpus, page)) return;
  const denied = deniedThing(page, corpus) ?? reversedDirection(page, corpus);
  if (denied) {
    out.differences.push(denied);
    return;
  }
  const word = (f: SentenceFeatures, stemmed: string) => f.tokens.find((t) => stem(t.norm) === stemmed)?.raw ?? stemmed;
  const pageHeld = heldStems(page);
  const corpusHeld = heldStems(corpus);
  const antonyms =
    hasAntonymPair(pageHeld, corpusHeld) ??
    prefixOpposite(pageHeld, corpusHeld) ??
    (bothSidesHeld(pageHeld, corpusHeld) ? anchoredOpposites(page.tokens, corpus.tokens) : null);
  const pn = page.facts.negations;
  const cn = corpus.facts.negations;
  if (antonyms) {
    // "did not fall" against "rose": a negated opposite may say the same thing. A negation
    // elsewhere in the sentence ("X is not the only audience ... who praised Y") is another claim's.
    if (negatedAt(page, antonyms[0]) === negatedAt(corpus, antonyms[1])) {
      out.differences.push({ kind: 'polarity', page: word(page, antonyms[0]), corpus: word(corpus, antonyms[1]) });
    }
    return;
  }
  if (pn.length && cn.length) {
    // Each side denies something: a contrast only where one denies an act the other affirms.
    const onPage = negatedEvent(page, pn, corpus);
    const inCorpus = onPage?.affirmed ? null : negatedEvent(corpus, cn, page);
    if (onPage?.affirmed) pushContrast(true, onPage.negated, onPage.affirmed, out);
    else if (inCorpus?.affirmed) pushContrast(false, inCorpus.negated, inCorpus.affirmed, out);
    // The page denies a verb the corpus uses, outside what the corpus's own denials deny ("officers
    // are not told to avoid" against "officers were told to avoid"): not confirmed.
    else if (deniedWhereAffirmed(page, pn, corpus)) out.novel.push(describeNegated(page));
    return;
  }
  if (!pn.length && !cn.length) return;
  const [neg, negFeatures, other] = pn.length ? [pn, page, corpus] : [cn, corpus, page];
  if (lastAgainstNotSince(negFeatures, neg, other)) return;
  // A denial in the corpus sentence only counts where the page speaks of what it denies ("After
  // forming an alliance, China did not establish another" against "China forms an alliance").
  if (negFeatures === corpus && neg.every((c) => denialLeftAlone(corpus, c, page))) return;
  const governedStems = neg.map((c) => governedStem(negFeatures.tokens, c));
  // The verb denied on one side, used as a verb on the other ("did not visit" / "visited"; not "follow-up visits").
  const usedAsVerb = (s: string) => other.tokens.some((t, i) => stem(t.norm) === s && isActionAt(other.tokens, i));
  // Or named as a thing done to the same thing ("did not comment on the plan" / "his comments on the plan").
  const governed = governedStems.find(
    (s) => s !== null && other.stems.has(s) && (usedAsVerb(s) || deniedObjectShared(negFeatures, neg, s, other)),
  );
  // Denied as a verb, named as a thing elsewhere on the other side ("did not visit Macao" / "their
  // visits to Shenzhen"): no clear contradiction, but not the same claim either.
  if (!governed && governedStems.some((s) => s !== null && other.stems.has(s))) {
    const state = deniedState(negFeatures, neg, governedStems, other);
    if (state) {
      pushContrast(negFeatures === page, state.negated, state.affirmed, out);
      return;
    }
    out.novel.push(describeNegated(negFeatures));
    return;
  }
  // "decided not to build" against "would press ahead with": a plan dropped against a plan kept.
  const forward = (f: SentenceFeatures) => [...f.stems].some((x) => FORWARD.has(x));
  const dropped = governedStems.some((s) => s !== null) && forward(other) && !forward(negFeatures);
  if (!governed && !dropped && !(decidedNot(negFeatures) && decided(other))) {
    // "did not sign the accord" against "ratified the accord": the act denied on one side, done on the other.
    const event = negatedEvent(negFeatures, neg, other);
    if (event && !event.affirmed) out.novel.push(event.negated);
    else if (event?.affirmed) pushContrast(negFeatures === page, event.negated, event.affirmed, out);
    // "the two are not waging a hidden contest" against "the two are engaged in a covert war": a
    // verb denied on one side only, in other words than the other side's. Whether they agree cannot
    // be told, so the page does not confirm it.
    else if (
      neg.some((c, k) => isPlainNegator(c.cue) && governedStems[k] !== null && deniesVerb(negFeatures, c))
    ) out.novel.push(describeNegated(negFeatures));
    return;
  }
  const describe = (f: SentenceFeatures) =>
    f.facts.negations.length ? `not (${f.facts.negations.map((c) => c.cue).join(', ')})` : 'affirmative';
  out.differences.push({ kind: 'polarity', page: describe(page), corpus: describe(corpus) });
}

/** Verbs of a forecast: what they take ("predicted the collapse of") is foreseen, not said to have happened. */
const FORECAST_RE = /\b(?:predict(?:ed|s|ing)?|forecast(?:s|ing)?|foresaw|foresee(?:s|n)?|feared|prophesied)\s+(?:(?:the|a|an|its|their)\s+)?([a-z]+)/gi;
const held = new WeakMap<SentenceFeatures, ReadonlySet<string>>();

/** A sentence's stems less the things it only says were forecast ("experts who predicted the collapse"). */
function heldStems(f: SentenceFeatures): ReadonlySet<string> {
  let out = held.get(f);
  if (!out) {
    const foreseen = [...f.text.matchAll(FORECAST_RE)].map((m) => stem(m[1]!.toLowerCase()));
    out = foreseen.length ? new Set([...f.stems].filter((s) => !foreseen.includes(s) || f.tokens.filter((t) => stem(t.norm) === s).length > 1)) : f.stems;
    held.set(f, out);
  }
  return out;
}

/** A word that denies what it names by its prefix ("undated", "unsigned", "unnamed"). */
const UN_WORD_RE = /^un([a-z]{3,})$/;

/** "no date" on one side, "undated" on the other: the same thing denied. */
function sameThingDenied(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const unWords = new Set<string>();
  for (const c of b.facts.negations) {
    const m = UN_WORD_RE.exec(c.cue);
    if (m) unWords.add(stem(m[1]!));
  }
  if (!unWords.size) return false;
  return a.facts.negations.some((c) => c.cue === 'no' && unWords.has(stem(a.tokens[c.index + 1]?.norm ?? '')));
}

/** Words between a denial and its "since" ("has not fought a war since"). */
const SINCE_REACH = 6;

/**
 * "has not fought a war since 1979" against "1979, the last war it has fought": nothing of the kind
 * since, said as the last of its kind. The same claim, not a denial of it.
 */
function lastAgainstNotSince(negFeatures: SentenceFeatures, neg: SentenceFeatures['facts']['negations'], other: SentenceFeatures): boolean {
  if (!other.tokens.some((t) => t.norm === 'last')) return false;
  return neg.some((c) => isPlainNegator(c.cue) && negFeatures.tokens.slice(c.index + 1, c.index + 1 + SINCE_REACH).some((t) => t.norm === 'since'));
}

/** Words after a negation that it may deny. */
const DENIAL_SCOPE = 6;

/**
 * Whether a sentence plainly denies a verb ("are not told") that the other sentence uses as a verb
 * outside the reach of its own negations ("were told to avoid"): the other affirms what it denies.
 */
function deniedWhereAffirmed(negated: SentenceFeatures, cues: SentenceFeatures['facts']['negations'], other: SentenceFeatures): boolean {
  const denied = new Set<number>();
  for (const c of other.facts.negations) for (let i = c.index; i <= c.index + DENIAL_SCOPE; i++) denied.add(i);
  return cues.some((c) => {
    if (!isPlainNegator(c.cue) || !deniesVerb(negated, c)) return false;
    const g = governedStem(negated.tokens, c);
    if (g === null) return false;
    const term = canonicalTerm(g);
    return other.tokens.some((t, i) => !denied.has(i) && termAt(other.tokens, i) === term && isActionAt(other.tokens, i)) || sameFrame(negated, c, other);
  });
}

const termAt = (tokens: SentenceFeatures['tokens'], i: number) => canonicalTerm(stem(tokens[i]!.norm));
const isContent = (t: SentenceFeatures['tokens'][number] | undefined) => !!t && !t.isNumber && !STOPWORDS.has(t.norm);

/**
 * The denial set in the other sentence's frame without it ("officers were not told to avoid" against
 * "officers were warned to avoid"): the subject and auxiliary before the "not", then, a few words on,
 * the first word after the denied verb, with no negation of the other sentence in between.
 */
function sameFrame(negated: SentenceFeatures, cue: SentenceFeatures['facts']['negations'][number], other: SentenceFeatures): boolean {
  const p = negated.tokens;
  const k = cue.index;
  if (!isContent(p[k - 2]) || !AUXILIARIES.has(p[k - 1]?.norm ?? '')) return false;
  // The first content word after the denied verb.
  let after = -1;
  for (let i = k + 2; i < Math.min(p.length, k + 5); i++) if (isContent(p[i])) {
    after = i;
    break;
  }
  if (after < 0) return false;
  const subject = termAt(p, k - 2);
  const next = termAt(p, after);
  const o = other.tokens;
  for (let j = 0; j + 2 < o.length; j++) {
    if (termAt(o, j) !== subject || !AUXILIARIES.has(o[j + 1]!.norm)) continue;
    for (let x = j + 3; x < Math.min(o.length, j + 7); x++) {
      if (termAt(o, x) !== next) continue;
      if (!other.facts.negations.some((n) => n.index > j && n.index < x)) return true;
    }
  }
  return false;
}

/** Words before a verb that a "not" may stand among and still deny it ("did not quite fall"). */
const NEGATION_REACH = 3;

/** Whether a plain negation ("not", "never") stands just before the word of this stem. */
function negatedAt(f: SentenceFeatures, stemmed: string): boolean {
  const at = f.tokens.findIndex((t) => stem(t.norm) === stemmed);
  if (at < 0) return f.facts.negations.some((c) => isPlainNegator(c.cue));
  return f.facts.negations.some((c) => isPlainNegator(c.cue) && c.index < at && c.index >= at - NEGATION_REACH);
}

/** A denied act against the same act affirmed, each shown as its side writes it. */
function pushContrast(negatedIsPage: boolean, negated: string, affirmed: string, out: FactComparison): void {
  out.differences.push(negatedIsPage ? { kind: 'polarity', page: negated, corpus: affirmed } : { kind: 'polarity', page: affirmed, corpus: negated });
}

/** Auxiliaries and modals a "not" follows when it denies a verb. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);

/** Words after "not" that make it add to a claim rather than deny it. */
const NOT_DENIAL_AFTER = new Set(['only', 'just', 'merely', 'simply', 'alone', 'least', 'solely', 'exclusively']);

/** A plain negation of a verb: "didn't say", "are not waging", "has never explained", "had not allied". */
function deniesVerb(f: SentenceFeatures, cue: SentenceFeatures['facts']['negations'][number]): boolean {
  const next = f.tokens[cue.index + 1]?.norm;
  // "is not the only audience", "not just", "not least": adding to a claim, not denying one.
  if (next === undefined || NOT_DENIAL_AFTER.has(next) || (next === 'the' && f.tokens[cue.index + 2]?.norm === 'only')) return false;
  if (cue.cue.endsWith("n't")) return true;
  return /^(?:not|never)$/.test(cue.cue) && AUXILIARIES.has(f.tokens[cue.index - 1]?.norm ?? '');
}

function describeNegated(f: SentenceFeatures): string {
  return `not (${f.facts.negations.map((c) => c.cue).join(', ')})`;
}

const COPULA_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s"]);
const COPULA_NEGATED = new Set(["isn't", "aren't", "wasn't", "weren't"]);
/** Words between a copula and what it says of the subject ("is a", "was the", "is now"). */
const COPULA_GAP = new Set(['a', 'an', 'the', 'now', 'still', 'also', 'very', 'so', 'more', 'less', 'most']);

/**
 * A state denied on one side and stated on the other ("is not a prime example" / "is a prime
 * example", "would not be worse" / "would be worse"): the copula, then the same word, with no
 * negation between them on the affirming side.
 */
function deniedState(
  negFeatures: SentenceFeatures,
  neg: SentenceFeatures['facts']['negations'],
  governedStems: (string | null)[],
  other: SentenceFeatures,
): { negated: string; affirmed: string } | null {
  const nt = negFeatures.tokens;
  for (let k = 0; k < neg.length; k++) {
    const cue = neg[k]!;
    const g = governedStems[k];
    if (!g || !other.stems.has(g)) continue;
    const w = nt[cue.index]!.norm;
    const copular = COPULA_NEGATED.has(w) || (w === 'not' && (COPULA_FORMS.has(nt[cue.index - 1]?.norm ?? '') || nt[cue.index + 1]?.norm === 'be'));
    if (!copular) continue;
    const ot = other.tokens;
    for (let j = 1; j < ot.length; j++) {
      if (stem(ot[j]!.norm) !== g) continue;
      let i = j - 1;
      while (i > 0 && COPULA_GAP.has(ot[i]!.norm)) i--;
      if (!COPULA_FORMS.has(ot[i]!.norm) || other.facts.negations.some((c) => c.index >= i - 1 && c.index < j)) continue;
      return { negated: nt.slice(cue.index - (w === 'not' ? 1 : 0), cue.index + 3).map((t) => t.raw).join(' '), affirmed: ot.slice(i, j + 1).map((t) => t.raw).join(' ') };
    }
  }
  return null;
}
