import type { Token } from '@/lib/text/tokenize';
import { stem } from '@/lib/text/stem';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { SentenceFeatures } from './features';
import { isActionAt, isPastVerb } from './verb-forms';
import { isPlainNegator, type PolarityCue } from './polarity';

/**
 * Verbs that news prose uses for one and the same act: "signed" and "ratified" an accord,
 * "visited" and "toured" a plant, "commented on" and "confirmed" a report. A negated verb of a
 * group against another verb of the group on the other side ("did not sign the accord" /
 * "ratified the accord") says the act did not happen where the other says it did. Porter stems,
 * matched as prefixes; a trailing "$" asks for the whole stem ("sign", not "signal").
 */
const EVENT_GROUPS: readonly string[][] = [
  ['sign$', 'ratifi', 'endors', 'approv', 'adopt$', 'accept', 'seal$', 'agre$', 'pass$'],
  ['visit', 'tour$', 'inspect'],
  ['comment$', 'respond', 'confirm', 'acknowledg', 'disclos', 'announc', 'reveal'],
  ['attend$', 'join$', 'particip'],
  ['meet$', 'met$', 'host$'],
  ['publish', 'releas', 'issu$'],
  ['open$', 'launch', 'inaugur', 'unveil'],
  ['launch', 'fire$', 'fired$'],
  ['buy$', 'bought$', 'purchas', 'acquir'],
  ['sell$', 'sold$', 'export'],
  ['pai$', 'pay$', 'fund$', 'financ'],
  ['support', 'back$', 'endors', 'vote$'],
  ['send$', 'sent$', 'deliv', 'ship$', 'suppli', 'deploi', 'dispatch'],
  ['arrest', 'detain'],
  ['order$', 'instruct', 'direct$', 'command'],
  ['cut$', 'reduc', 'lower$', 'slash$', 'trim$'],
  ['win$', 'won$', 'clinch', 'secur$'],
  ['broker', 'mediat', 'negoti'],
  ['build$', 'built$', 'construct'],
  ['write$', 'wrote$', 'written$', 'author$', 'draft$'],
  ['appoint', 'nomin'],
  ['establish', 'creat$', 'found$', 'set$'],
];

const groupsCache = new Map<string, number[]>();

/** The groups of acts a stem belongs to ([] for almost every word), remembered per stem. */
export function groupsOf(stemmed: string): number[] {
  let out = groupsCache.get(stemmed);
  if (!out) {
    out = [];
    EVENT_GROUPS.forEach((group, i) => {
      if (group.some((spec) => (spec.endsWith('$') ? stemmed === spec.slice(0, -1) : stemmed.startsWith(spec)))) out!.push(i);
    });
    if (groupsCache.size >= 100_000) groupsCache.clear();
    groupsCache.set(stemmed, out);
  }
  return out;
}

/** Tokens after a negation cue that it may govern. */
const DENIED_REACH = 4;

/** Words between a negator and the verb it negates ("did not even sign", "has never been"). */
const SKIPPED = new Set(['to', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'yet', 'even', 'actually', 'personally', 'formally', 'officially']);

/** Auxiliaries of a passive ("will be built", "has been made", "were reached"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words of the noun phrase a "no" opens, before its verb ("No new factories will be built"). */
const NO_PHRASE_REACH = 4;

/**
 * "No new factories will be built", "no agreement was reached": the verb of a passive whose subject
 * a "no" opens is denied. The participle's index, or null when no passive follows the phrase.
 */
function passiveAfterNo(tokens: Token[], at: number): number | null {
  for (let i = at + 2; i <= Math.min(tokens.length - 2, at + 1 + NO_PHRASE_REACH); i++) {
    if (!PASSIVE_AUXILIARIES.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]!;
    return PASSIVE_AUXILIARIES.has(next.norm) && tokens[i + 2] ? i + 2 : SKIPPED.has(next.norm) || next.isNumber ? null : i + 1;
  }
  return null;
}

/** Tokens after a denied verb where "or" may join another verb to it ("not to build plants or expand output"). */
const COORDINATION_REACH = 6;

/**
 * The verbs a negation cue denies: the one it negates, and one that "or" or "nor" joins to it
 * ("decided not to build new plants or expand production" denies expanding too).
 */
function negatedVerbs(tokens: Token[], cue: PolarityCue): number[] {
  const at = negatedVerb(tokens, cue);
  if (at === null) return [];
  for (let i = at + 1; i < Math.min(tokens.length - 1, at + COORDINATION_REACH); i++) {
    if (tokens[i]!.norm !== 'or' && tokens[i]!.norm !== 'nor') continue;
    const next = tokens[i + 1]!;
    return next.isNumber || STOPWORDS.has(next.norm) ? [at] : [at, i + 1];
  }
  return [at];
}

/**
 * The token a negation cue negates as an action: the verb after "not" or "never" ("did not
 * sign"), or after an outcome word and "to" ("refused to sign", "declined to comment").
 */
function negatedVerb(tokens: Token[], cue: PolarityCue): number | null {
  if (!isPlainNegator(cue.cue) || cue.cue === 'yet to') return tokens[cue.index + 1]?.norm === 'to' && tokens[cue.index + 2] ? cue.index + 2 : null;
  if (cue.cue === 'no') return passiveAfterNo(tokens, cue.index);
  if (cue.cue === 'against') return cue.index + 1 < tokens.length ? cue.index + 1 : null;
  if (!/^(not|never)$/.test(cue.cue) && !cue.cue.endsWith("n't")) return null;
  for (let i = cue.index + 1; i < Math.min(tokens.length, cue.index + 4); i++) {
    if (!SKIPPED.has(tokens[i]!.norm)) return i;
  }
  return null;
}

/** Tokens after a verb where the thing it acts on is named ("did not respond to requests for comment on the document"). */
const OBJECT_WINDOW = 9;

/** Stems of the thing acted on: the content words of the few tokens after the verb. */
/** Whether a word of this stem stands in the sentence before a negation (outside what it denies). */
function namedBefore(f: SentenceFeatures, stemmed: string, cue: number): boolean {
  for (let i = 0; i < cue; i++) if (!f.tokens[i]!.isNumber && stem(f.tokens[i]!.norm) === stemmed) return true;
  return false;
}

/** Shared words before a denial that show the other side speaks of the clause before it. */
const CLAUSE_BEFORE_SHARED = 2;

/**
 * Whether a denial concerns a clause the other side does not speak of: the other side shares words
 * with what comes before the denial ("After signing a pact with X in 1998, the company did not sign
 * another" against "The company signed a pact with X in 1998") and none of the few words after it,
 * besides words used before it too. A sentence whose only clause is the denial is never left alone.
 */
export function denialLeftAlone(negated: SentenceFeatures, cue: PolarityCue, other: SentenceFeatures): boolean {
  for (let i = cue.index + 1; i < Math.min(negated.tokens.length, cue.index + 1 + OBJECT_WINDOW); i++) {
    const t = negated.tokens[i]!;
    if (t.isNumber || STOPWORDS.has(t.norm)) continue;
    const s = stem(t.norm);
    if (other.stems.has(s) && !namedBefore(negated, s, cue.index)) return false;
  }
  const before = new Set<string>();
  for (let i = 0; i < cue.index; i++) {
    const t = negated.tokens[i]!;
    if (!t.isNumber && !STOPWORDS.has(t.norm) && other.stems.has(stem(t.norm))) before.add(stem(t.norm));
  }
  return before.size >= CLAUSE_BEFORE_SHARED;
}

function objectStems(f: SentenceFeatures, verb: number): string[] {
  const out: string[] = [];
  for (let i = verb + 1; i < Math.min(f.tokens.length, verb + OBJECT_WINDOW); i++) {
    const t = f.tokens[i]!;
    if (!t.isNumber && !STOPWORDS.has(t.norm)) out.push(stem(t.norm));
  }
  return out;
}

/**
 * Whether the thing a denied verb acts on ("did not visit Macao") is named by the other side too:
 * then a noun of the same act there ("the visit to Macao") speaks of the same event.
 */
export function deniedObjectShared(negated: SentenceFeatures, cues: PolarityCue[], verbStem: string, other: SentenceFeatures): boolean {
  for (const cue of cues) {
    const at = negatedVerb(negated.tokens, cue);
    if (at === null || stem(negated.tokens[at]!.norm) !== verbStem) continue;
    if (objectStems(negated, at).some((t) => other.stems.has(t))) return true;
  }
  return false;
}

/** Auxiliaries whose negation denies the verb after them ("did not debate", "has not signed", "will not attend"). */
const AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', "isn't", "aren't", "wasn't", "weren't"]);

/**
 * Whether a negation denies the sentence's act itself: "did not debate", "never debated", "was not
 * signed", but not a state ("is not risk-free") nor an infinitive under another verb ("agreed not to steal").
 */
function deniesMainAct(tokens: Token[], cue: PolarityCue, verb: number): boolean {
  if (!isPlainNegator(cue.cue) || cue.cue === 'yet to') return true;
  if (tokens[cue.index + 1]?.norm === 'to') return false;
  const before = tokens[cue.index - 1]?.norm ?? '';
  const w = tokens[cue.index]!.norm;
  const aux = w.endsWith("n't") ? w.slice(0, -3).replace(/^wo$/, 'will').replace(/^ca$/, 'can') : before;
  if (COPULAS.has(aux) || COPULAS.has(w)) return isPastVerb(tokens[verb]!);
  return AUXILIARIES.has(aux) || (cue.cue === 'never' && isPastVerb(tokens[verb]!));
}

export interface EventContrast {
  /** The negated action as the negated side writes it ("not sign", "refused to sign"). */
  negated: string;
  /** The other side's verb for the same act ("ratified"), or null when it does something else to the same thing. */
  affirmed: string | null;
}

/**
 * A negated action on one side and another verb of the same act, not negated, on the other,
 * done to the same thing: the thing named after the negated verb is named by the other side too
 * ("did not sign the accord" / "ratified the accord"; "never visited the plant" / "toured the
 * plant"). The other side must not use the negated verb itself (a plain negation covers that).
 * A negated verb of no group shared with the other side ("did not debate the accord" /
 * "ratified the accord") gives `affirmed: null`: another act, so another claim.
 */
export function negatedEvent(negated: SentenceFeatures, cues: PolarityCue[], other: SentenceFeatures): EventContrast | null {
  // Verbs the other side negates itself are no contrast ("did not sign" / "did not ratify").
  const denied = new Set<number>();
  for (const c of other.facts.negations) {
    // The verb it negates, and any word in the few after it ("decided not to build").
    for (let i = c.index + 1; i <= c.index + DENIED_REACH; i++) denied.add(i);
    // "would build no new factories": the verb before a "no" is denied too.
    if (c.cue === 'no' || c.cue === 'nothing') for (let i = Math.max(0, c.index - 2); i < c.index; i++) denied.add(i);
    for (const at of negatedVerbs(other.tokens, c)) denied.add(at);
  }
  let otherAct: EventContrast | null = null;
  for (const cue of cues) for (const at of negatedVerbs(negated.tokens, cue)) {
    const verb = stem(negated.tokens[at]!.norm);
    if (STOPWORDS.has(negated.tokens[at]!.norm)) continue;
    const from = negated.tokens[cue.index]!.start;
    const phrase = negated.text.slice(from, negated.tokens[at]!.end);
    // "declined to join" against "sent troops to join": the act itself, affirmed on the other side.
    const same = other.stems.has(verb) ? other.tokens.find((t, i) => !denied.has(i) && stem(t.norm) === verb && isActionAt(other.tokens, i)) : undefined;
    if (same) return { negated: phrase, affirmed: same.raw };
    if (other.stems.has(verb)) continue;
    const object = objectStems(negated, at);
    const shared = object.filter((t) => other.stems.has(t));
    if (!shared.length) continue;
    // "After forming an alliance in 1950, China did not establish another alliance" against "China
    // forms an alliance": the other side's words are those of the clause the denial leaves alone.
    if (shared.every((t) => namedBefore(negated, t, cue.index))) continue;
    const groups = groupsOf(verb);
    const affirmed = groups.length > 0 && other.tokens.find((t, i) => {
      if (denied.has(i) || !isActionAt(other.tokens, i)) return false;
      const s = stem(t.norm);
      return s !== verb && !negated.stems.has(s) && groupsOf(s).some((g) => groups.includes(g));
    });
    if (affirmed) return { negated: phrase, affirmed: affirmed.raw };
    if (!denied.size && deniesMainAct(negated.tokens, cue, at)) otherAct ??= { negated: phrase, affirmed: null };
  }
  return otherAct;
}
