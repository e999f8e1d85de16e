import { stem } from '@/lib/text/stem';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import type { Span } from './fact-types';
import { placeTermOf } from './entities';
import { wordTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** Verbs of a transfer seen from its two ends: who sells, who buys. Porter stems. */
const DIRECTIONS: readonly [readonly string[], readonly string[]][] = [
  [['sell', 'sold', 'export'], ['buy', 'bui', 'bought', 'purchas', 'import']],
  [['lend', 'lent'], ['borrow']],
  [['give', 'gave', 'given', 'donat'], ['receiv', 'got', 'obtain']],
];

/** Any word of a transfer, for a cheap first look. */
const DIRECTION_RE = /\b(?:sell|sold|export|buy|bought|purchas|import|lend|lent|borrow|giv|gave|donat|receiv|got|obtain)/i;

/** The side (pair index * 2 + end) of a stem, or -1. */
function sideOf(stemmed: string): number {
  for (let i = 0; i < DIRECTIONS.length; i++) {
    for (let end = 0; end < 2; end++) if (DIRECTIONS[i]![end]!.some((s) => stemmed === s || (s.length > 4 && stemmed.startsWith(s)))) return i * 2 + end;
  }
  return -1;
}

/**
 * The doer of the transfer verb at `at`: the last name before it ("Japan is buying ...", "the NYT
 * said Ares Leaks had given it ..."), when one comes within a few words of the sentence's start or
 * of the verb.
 */
function doer(f: SentenceFeatures, at: number): string | null {
  const span = doerSpan(f, at);
  return span ? nameKey(span.text) : null;
}

function doerSpan(f: SentenceFeatures, at: number, nounsOnly = false): Span | null {
  // A people's word before a noun ("Russian oil") describes the thing, it does not act.
  const before = f.facts.entities.filter((e) => e.end <= at && !(nounsOnly && /(?:ian|ese|ish|ean|an)$/.test(e.text) && /^\s+[a-z]/.test(f.text.slice(e.end, e.end + 3))));
  const last = before[before.length - 1];
  return !last || (last.start > 40 && at - last.end > 40) ? null : last;
}

/** One key per name, and per country whichever name found it ("Russian" and "Russia"). */
function nameKey(text: string): string {
  const word = text.toLowerCase().replace(/'s$/, '');
  const term = placeTermOf(word.split(/\s+/)[0]!);
  return term ? wordTerm(term) || term : word;
}

/**
 * One doer, the transfer seen from the other end: "Japan is selling weapons to the US" against
 * "Japan is buying weapons from the US". The same transfer told from its other party ("The US is
 * selling weapons to Japan") has another doer and is left alone.
 */
export function reversedDirection(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  if (!DIRECTION_RE.test(page.text) || !DIRECTION_RE.test(corpus.text)) return null;
  const sides = (f: SentenceFeatures) => f.tokens.map((t) => ({ side: sideOf(stem(t.norm)), raw: t.raw, start: t.start })).filter((x) => x.side >= 0);
  const p = sides(page);
  if (!p.length) return null;
  const c = sides(corpus);
  for (const x of p) {
    const other = c.find((y) => y.side >> 1 === x.side >> 1);
    if (!other || other.side === x.side || c.some((y) => y.side === x.side)) continue;
    const d = doer(page, x.start);
    if (!d || d !== doer(corpus, other.start)) return null;
    return { kind: 'polarity', page: x.raw, corpus: other.raw };
  }
  return null;
}

/** Verbs of supplying something to someone. Porter stems. */
const SUPPLY_RE = /\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|furnish(?:es|ed|ing)?)\b/i;

/** A name right after the verb, its receiver ("supplies China with chips"). */
function receiverAfter(f: SentenceFeatures, at: number): Span | undefined {
  return f.facts.entities.find((x) => x.start > at && /^\s+(?:the\s+)?$/.test(f.text.slice(at, x.start)));
}

/**
 * The supplier and the supplied swapped: "Russia supplies China with chips" against "China ...
 * provides essential computer chips": the page's receiver is the corpus's supplier.
 */
function swappedSupplier(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const p = SUPPLY_RE.exec(page.text);
  const c = p && SUPPLY_RE.exec(corpus.text);
  if (!p || !c) return null;
  const giver = doerSpan(page, p.index, true);
  const theirs = doerSpan(corpus, c.index, true);
  const receiver = receiverAfter(page, p.index + p[0].length);
  if (!giver || !theirs || !receiver || nameKey(giver.text) === nameKey(theirs.text) || nameKey(receiver.text) !== nameKey(theirs.text)) return null;
  return { kind: 'name', page: `${giver.text} ${p[0]} ${receiver.text}`, corpus: `${theirs.text} ${c[0]}` };
}

/** The supplier and the supplied swapped, where no other difference was found. */
export function compareSuppliers(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const d = out.differences.length ? null : swappedSupplier(page, corpus);
  if (d) out.differences.push(d);
}
