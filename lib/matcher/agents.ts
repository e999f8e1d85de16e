import type { Token } from '@/lib/text/tokenize';
import { BETWEEN, isPastVerb, isVerbAt } from './verb-forms';
import { STOPWORDS } from '@/lib/text/stopwords';
import { groupsOf } from './event-verbs';
import type { Span } from './fact-types';
import { stem } from '@/lib/text/stem';
import type { SentenceFeatures } from './features';
import { parseNumberWords } from './number-words';

/** Titles and articles between "by" and a name ("by Defence Minister X", "by the GRU"). */
const LEAD_INS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'defence', 'defense', 'foreign', 'secretary', 'general', 'chief', 'executive', 'state', 'of']);

/** How far a doer may stand from its verb in a passive ("sent to Manila in May by X"). */
const REACH = 10;
/** The longest appositive between a doer and its verb ("X, vice chairman of the European Chamber of Commerce in Hong Kong, praised"). */
const APPOSITIVE_REACH = 16;

/** Plain words a name may lead before its verb ("the Chinese government signed", "Japan's defence ministry said"). */
const HEAD_NOUNS = 2;

function firstTokenFrom(tokens: Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

/** The verb at i and, for "plans to use" or "agreed to build", the verb after "to". */
function withInfinitive(tokens: Token[], i: number): Token[] {
  const next = tokens[i + 2];
  return tokens[i + 1]?.norm === 'to' && next && !STOPWORDS.has(next.norm) ? [tokens[i]!, next] : [tokens[i]!];
}

/**
 * The verbs a name is the subject of: the next words after it, or the participle it is joined to
 * ("Qatar-brokered"), past an appositive or a relative clause set off by commas ("X, the foreign minister, brokered", "X, which borders both, published"),
 * auxiliaries ("X has also signed") and a head noun the name qualifies ("the Chinese government signed").
 */
function activeVerbs(f: SentenceFeatures, e: Span, heads: Token[]): Token[] {
  let i = firstTokenFrom(f.tokens, e.end);
  const opening = f.text.slice(e.end, f.tokens[i]?.start ?? e.end);
  let appositive = false;
  if (/^\s*,\s*$/.test(opening)) {
    // Past the clause to the comma that closes it.
    const close = f.text.indexOf(',', e.end + opening.length);
    if (close < 0) return [];
    const j = firstTokenFrom(f.tokens, close);
    if (j - i > APPOSITIVE_REACH) return [];
    i = j;
    appositive = true;
  } else if (opening === '-') {
    // "the Qatar-brokered ceasefire", "a US-led coalition".
    const t = f.tokens[i];
    return t && isPastVerb(t) ? [t] : [];
  } else if (!/^\s+$/.test(opening)) return [];
  if (!appositive) i = headNouns(f, i, heads);
  if (i > 0 && i < f.tokens.length && /[,;:.]/.test(f.text.slice(f.tokens[i - 1]!.end, f.tokens[i]!.start)) && !appositive) return [];
  let aux = false;
  while (i < f.tokens.length && BETWEEN.has(f.tokens[i]!.norm)) {
    i++;
    aux = true;
  }
  return i < f.tokens.length && isVerbAt(f.tokens, i, aux) ? withInfinitive(f.tokens, i) : [];
}

/**
 * The plain words a name qualifies, from token i ("the Chinese government", "Russian troops"): the
 * doer is the head noun, not the name alone. Returns the index after them.
 */
function headNouns(f: SentenceFeatures, i: number, heads: Token[]): number {
  for (let n = 0; n < HEAD_NOUNS && i < f.tokens.length; n++) {
    const t = f.tokens[i]!;
    // A plain word in the same phrase: no comma before it, not a verb, not a function word.
    if (t.capitalized || t.isNumber || STOPWORDS.has(t.norm) || BETWEEN.has(t.norm) || parseNumberWords(t.norm) !== null || isVerbAt(f.tokens, i, false)) break;
    if (i > 0 && /[,;:.]/.test(f.text.slice(f.tokens[i - 1]!.end, t.start))) break;
    heads.push(t);
    i++;
  }
  return i;
}

/** The verb of a passive whose doer a name is ("approved by X", "were sent to Manila in May by X"). */
function passiveVerbs(f: SentenceFeatures, e: Span, heads: Token[]): Token[] {
  headNouns(f, firstTokenFrom(f.tokens, e.end), heads);
  let i = firstTokenFrom(f.tokens, e.start) - 1;
  while (i >= 0 && LEAD_INS.has(f.tokens[i]!.norm)) i--;
  if (f.tokens[i]?.norm !== 'by') return [];
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    const t = f.tokens[j]!;
    // Not across the end of a clause.
    if (/[;:.!?]/.test(f.text.slice(t.end, f.tokens[j + 1]!.start))) return [];
    if (isPastVerb(t)) return [t];
  }
  return [];
}

/** Acts by name, worked out once per name of an analysed sentence. */
const actsCache = new WeakMap<Span, string[]>();

/**
 * The acts a name is the doer of, in the active ("X approved", "X, the minister, approved") or the
 * passive ("approved by X"): the verbs' stems, and the groups of acts they belong to (see
 * event-verbs.ts: "issued" and "published"), each with the head noun the name qualifies, if any
 * ("the Chinese government signed": the government of the name signed; "Russian troops invaded"
 * is not "Putin invaded").
 */
export function actsOf(f: SentenceFeatures, e: Span): string[] {
  let out = actsCache.get(e);
  if (out) return out;
  out = [];
  actsCache.set(e, out);
  for (const passive of [false, true]) {
    const heads: Token[] = [];
    const verbs = passive ? passiveVerbs(f, e, heads) : activeVerbs(f, e, heads);
    const head = heads.map((t) => stem(t.norm)).join(' ');
    for (const verb of verbs) {
      const s = stem(verb.norm);
      out.push(`${head}|${s}`);
      for (const g of groupsOf(s)) out.push(`${head}|#${g}`);
    }
  }
  return out;
}
