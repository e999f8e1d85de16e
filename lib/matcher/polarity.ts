import type { Token } from '@/lib/text/tokenize';
import { stem } from '@/lib/text/stem';

/** Words that negate what follows them. */
const NEGATORS = new Set([
  'not', "n't", 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'barely',
  'scarcely', 'cannot',
]);
/** Words that state a negative outcome on their own ("declined to comment", "the project has stalled"). */
const NEGATIVE_WORDS = new Set([
  'declined', 'declines', 'refused', 'refuses', 'denied', 'denies', 'failed', 'fails', 'rejected', 'rejects',
  'stalled', 'halted', 'avoid', 'avoided', 'avoids', 'avoiding', 'refusing', 'denying', 'failing', 'rejecting', 'lacks', 'lacked', 'unanswered', 'undated', 'undisclosed', 'unable',
  'unconfirmed', 'unverified', 'unsuccessful', 'unwilling', 'impossible', 'unclear', 'unknown',
]);
/**
 * Opposites in news prose: a sentence with one and a sentence with the other state opposite
 * outcomes. Porter stems, matched as prefixes; a trailing "$" asks for the whole stem ("won", not "wonder").
 */
const ANTONYMS: readonly [string[], string[]][] = [
  [['declin', 'refus', 'deni'], ['confirm', 'agre', 'accept', 'admit']],
  [['stall', 'halt', 'suspend', 'delay'], ['ahead', 'schedul', 'progress', 'proceed', 'advanc', 'complet', 'resum', 'acceler', 'expedit', 'fast-track']],
  [['reject', 'oppos', 'veto'], ['approv', 'accept', 'support', 'endors', 'ratifi']],
  [['fail'], ['succeed', 'success']],
  [['deni'], ['confirm', 'admit', 'acknowledg']],
  [['lose$', 'lost$', 'defeat'], ['win$', 'won$', 'victori']],
  // Verdicts on someone or something: approval against disapproval.
  [
    ['criticis', 'condemn', 'denounc', 'censur', 'deplor', 'lambast', 'rebuk', 'disapprov'],
    ['prais', 'commend', 'applaud', 'laud$', 'hail$', 'welcom', 'approv'],
  ],
  // A proposal turned down against one spoken well of.
  [['reject', 'dismiss', 'spurn', 'rebuf'], ['prais', 'commend', 'applaud', 'laud$', 'hail$', 'welcom', 'embrac']],
  [['dissatisfi', 'discont', 'unhappi', 'displeas', 'disappoint', 'frustrat'], ['satisfi', 'content$', 'happi', 'pleas$']],
  [['optimist'], ['pessimist']],
  // A thing ended against a thing brought back.
  [['closur', 'discontinu', 'shut$', 'shutdown', 'scrap', 'abandon'], ['reviv', 'reopen', 'relaunch', 'restart', 'resurrect', 'reinstat']],
  [['ban$', 'banned$', 'prohibit', 'forbid', 'forbad'], ['allow$', 'permit$', 'permitted$', 'legalis', 'legaliz']],
  // An agreement ended against one kept going.
  [['cancel', 'terminat', 'revok', 'revoc', 'annul'], ['extend', 'extens', 'renew', 'prolong', 'keep$', 'kept$', 'retain', 'uphold', 'upheld']],
  // An economy or a regime that went under against one that held out.
  [['collaps', 'crumbl', 'implod'], ['surviv', 'withstood', 'withstand', 'weathered$', 'endur']],
  // Told to keep away from something against told to do it.
  [['discourag', 'avoid$'], ['encourag']],
  // Means: well off against hard up.
  [['hardship', 'difficulti', 'struggl', 'impoverish', 'poverti', 'insolv'], ['comfort', 'well-off', 'afflu', 'prosper', 'wealthi']],
  // Figures that went down against figures that went up.
  [
    ['fell$', 'fall$', 'fallen$', 'drop$', 'decreas', 'shrank$', 'shrink$', 'shrunk$', 'slump$', 'plung', 'tumbl', 'slid$', 'sank$', 'lower$', 'contract$', 'weaken$'],
    ['rose$', 'rise$', 'risen$', 'increas', 'grew$', 'grow$', 'grown$', 'climb$', 'jump$', 'soar$', 'surg$', 'gain$', 'higher$', 'expand$', 'strengthen$'],
  ],
];

export interface PolarityCue {
  cue: string;
  index: number;
}

/** Negation cues of a sentence, by token index ("n't" is split by the tokenizer as part of "didn't"). */
export function extractNegations(tokens: Token[], text = ''): PolarityCue[] {
  const out: PolarityCue[] = [];
  tokens.forEach((t, index) => {
    const w = t.norm;
    if (NEGATORS.has(w) || w.endsWith("n't") || NEGATIVE_WORDS.has(w)) out.push({ cue: w, index });
    else if (w === 'little' && tokens[index + 1]?.norm === 'to') out.push({ cue: 'little to', index });
    // "a partnership rather than an alliance": not an alliance.
    else if (w === 'rather' && tokens[index + 1]?.norm === 'than' && tokens[index + 2]) out.push({ cue: 'rather than', index });
    // "decided against building": a decision not to act.
    else if (w === 'against' && DECIDED_AGAINST.has(tokens[index - 1]?.norm ?? '') && tokens[index + 1]) out.push({ cue: 'against', index });
    // "has yet to sign": not signed so far.
    else if (w === 'yet' && tokens[index + 1]?.norm === 'to' && /^(has|have|had|is|are|was|were)$/.test(tokens[index - 1]?.norm ?? '')) {
      out.push({ cue: 'yet to', index });
    }
  });
  tokens.forEach((t, index) => {
    // "risk-free": no risk; "not risk-free" says there is one, a double negative that denies nothing.
    const prev = tokens[index - 1];
    if (t.norm === 'free' && prev && prev.end + 1 === t.start && /^[a-z]{3,}$/.test(prev.norm) && !/^(?:for|and|or|the|a|is|are|be)$/.test(prev.norm)) {
      const denial = out.findIndex((c) => (c.cue === 'not' || c.cue.endsWith("n't")) && c.index >= index - 3 && c.index < index);
      if (denial >= 0) out.splice(denial, 1);
      else out.push({ cue: `${prev.norm}-free`, index: index - 1 });
    }
    // "to keep an enemy from coming", "stopped them from leaving": an act prevented.
    if (t.norm === 'from' && /ing$/.test(tokens[index + 1]?.norm ?? '') && tokens.slice(Math.max(0, index - 4), index).some((x) => PREVENTING.has(x.norm))) {
      out.push({ cue: 'kept from', index });
    }
  });
  out.sort((a, b) => a.index - b.index);
  // "not only", "no longer" and "not the only" do not negate the claim itself; nor does a contrast
  // set off by commas ("It was Rubio, not the President, who said"): it says who, and the claim stands.
  return out.filter((c) => !(c.cue === 'not' && (tokens[c.index + 1]?.norm === 'only' || (text && contrastsName(text, tokens, c.index)))));
}

/** ", not the President,": "not" after a comma before a short group with a name in it that ends the clause. */
function contrastsName(text: string, tokens: Token[], at: number): boolean {
  const not = tokens[at]!;
  const next = tokens[at + 1];
  if (!next || !/,\s*$/.test(text.slice(0, not.start)) || !(next.capitalized || /^(the|a|an|his|her|their|its)$/.test(next.norm))) return false;
  const m = /^[^,.;:!?]*(?:[,.;:!?]|$)/.exec(text.slice(not.end));
  const phrase = m![0];
  // A person or a body ("not the President"), not a kind of thing ("a partnership, not an alliance").
  return phrase.split(/\s+/).filter(Boolean).length <= 5 && /\b[A-Z]/.test(phrase) && !/\b(?:is|are|was|were|has|have|had|did|does|will|would|could|can)\b/.test(phrase);
}

/** Verbs of a decision that "against" turns into a decision not to act ("decided against building"). */
const DECIDED_AGAINST = new Set(['decided', 'decides', 'decide', 'deciding', 'opted', 'opts', 'chose', 'chooses', 'voted', 'votes']);

/** Verbs that keep someone from an act ("keep an enemy from coming"). */
const PREVENTING = new Set(['keep', 'keeps', 'kept', 'keeping', 'stop', 'stops', 'stopped', 'stopping', 'prevent', 'prevents', 'prevented', 'preventing', 'bar', 'bars', 'barred', 'barring', 'deter', 'deters', 'deterred', 'deterring']);

/** Whether a cue negates by itself ("not", "never", "no"), rather than being an outcome word ("declined"). */
export function isPlainNegator(cue: string): boolean {
  return !NEGATIVE_WORDS.has(cue) && cue !== 'kept from' && !cue.endsWith('-free');
}

/** Negators of a verb ("did not respond", "never explained"): "no" and "without" govern nouns instead. */
const VERB_NEGATORS = new Set(['not', 'never', 'cannot']);

/** Nouns of an intent that "no" denies, with the act after them ("no plans to sell"). */
const NO_PLAN = new Set(['need', 'plan', 'plans', 'intention', 'intentions', 'intent', 'reason', 'desire', 'wish']);

/** The stem a verb negator governs: the next content word ("did not respond" → "respond"). */
export function governedStem(tokens: Token[], cue: PolarityCue): string | null {
  if (NEGATIVE_WORDS.has(cue.cue)) return stem(cue.cue);
  // "risk-free" denies "risk"; "kept from coming" denies "come".
  if (cue.cue.endsWith('-free')) return stem(cue.cue.slice(0, -5));
  if (cue.cue === 'kept from') return tokens[cue.index + 1] ? stem(tokens[cue.index + 1]!.norm) : null;
  // "saw no need to change", "has no plans to sell", "no intention of leaving": the act is denied.
  if (cue.cue === 'no' && NO_PLAN.has(tokens[cue.index + 1]?.norm ?? '') && /^(to|of)$/.test(tokens[cue.index + 2]?.norm ?? '')) {
    const verb = tokens[cue.index + 3]?.norm;
    return verb ? stem(verb) : null;
  }
  // "decided against building": the act after it is denied.
  if (cue.cue === 'against') return stem(tokens[cue.index + 1]!.norm);
  if (!VERB_NEGATORS.has(cue.cue) && !cue.cue.endsWith("n't")) return null;
  // "not sold", "not to have been written": past the auxiliaries to the verb.
  for (let i = cue.index + 1; i < Math.min(tokens.length, cue.index + 5); i++) {
    const w = tokens[i]!.norm;
    if (/^(be|been|being|have|has|had|do|does|did|to|the|a|an|any|yet|so|such|its|their|his|her|a|longer)$/.test(w)) continue;
    return stem(w);
  }
  return null;
}

/** For each pair of opposites, the stem of a sentence on each side (or undefined). Cached per stem set. */
type Sides = (readonly [string | undefined, string | undefined])[];
const sidesCache = new WeakMap<ReadonlySet<string>, Sides>();
/** The sides of each stem, remembered. */
const stemSides = new Map<string, number[]>();

/**
 * Which sides of which pairs of opposites a stem stands on: 2i for the first side of pair i, 2i+1
 * for the second ([] for almost every word).
 */
export function sidesOfStem(stemmed: string): number[] {
  let out = stemSides.get(stemmed);
  if (!out) {
    const { exact, prefixes, shortest } = (specIndex ??= indexSpecs());
    const found = new Set<number>(exact.get(stemmed));
    for (let n = shortest; n <= stemmed.length; n++) for (const side of prefixes.get(stemmed.slice(0, n)) ?? []) found.add(side);
    out = [...found].sort((a, b) => a - b);
    if (stemSides.size >= 100_000) stemSides.clear();
    stemSides.set(stemmed, out);
  }
  return out;
}

/** The sides of the pairs of opposites by whole stem ("won$") and by prefix ("criticis"), for one lookup per prefix of a stem. */
let specIndex: { exact: Map<string, number[]>; prefixes: Map<string, number[]>; shortest: number } | null = null;

function indexSpecs(): NonNullable<typeof specIndex> {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, side: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [side]);
    else if (!list.includes(side)) list.push(side);
  };
  ANTONYMS.forEach(([neg, pos], i) => {
    for (const [specs, side] of [[neg, 2 * i], [pos, 2 * i + 1]] as const) {
      for (const spec of specs) {
        if (spec.endsWith('$')) add(exact, spec.slice(0, -1), side);
        else add(prefixes, spec, side);
      }
    }
  });
  return { exact, prefixes, shortest: Math.min(...[...prefixes.keys()].map((k) => k.length)) };
}

function sidesOf(stems: ReadonlySet<string>): Sides {
  let sides = sidesCache.get(stems);
  if (!sides) {
    const found: (string | undefined)[] = new Array(2 * ANTONYMS.length);
    for (const s of stems) for (const k of sidesOfStem(s)) found[k] ??= s;
    sides = ANTONYMS.map((_, i) => [found[2 * i], found[2 * i + 1]] as const);
    sidesCache.set(stems, sides);
  }
  return sides;
}

/** Whether two sentences contain a pair of opposite outcome words. */
export function hasAntonymPair(stemsA: ReadonlySet<string>, stemsB: ReadonlySet<string>): [string, string] | null {
  const a = sidesOf(stemsA);
  const b = sidesOf(stemsB);
  for (let i = 0; i < a.length; i++) {
    const [aNeg, aPos] = a[i]!;
    const [bNeg, bPos] = b[i]!;
    if (aNeg && bPos && !aPos && !bNeg) return [aNeg, bPos];
    if (aPos && bNeg && !aNeg && !bPos) return [aPos, bNeg];
  }
  return null;
}

/**
 * Whether both sentences hold words of a pair of opposites that hasAntonymPair cannot read because
 * one of them holds both sides: which words are set against which is then told by their surroundings.
 */
export function bothSidesHeld(stemsA: ReadonlySet<string>, stemsB: ReadonlySet<string>): boolean {
  const a = sidesOf(stemsA);
  const b = sidesOf(stemsB);
  for (let i = 0; i < a.length; i++) {
    const [aNeg, aPos] = a[i]!;
    const [bNeg, bPos] = b[i]!;
    if ((aNeg || aPos) && (bNeg || bPos) && ((aNeg && aPos) || (bNeg && bPos))) return true;
  }
  return false;
}

/** Words whose un- or dis- form is not their opposite ("display", "discount", "uncover"). */
const NOT_PREFIX_OPPOSITES = new Set(['plai', 'count', 'patch', 'charg', 'cover', 'tract', 'miss', 'pos', 'trict']);

/**
 * A word on one side and its un- or dis- form on the other ("satisfied" / "dissatisfied",
 * "popular" / "unpopular"), when neither sentence has both: the pair of stems, or null.
 */
export function prefixOpposite(stemsA: ReadonlySet<string>, stemsB: ReadonlySet<string>): [string, string] | null {
  const find = (x: ReadonlySet<string>, y: ReadonlySet<string>): [string, string] | null => {
    for (const s of x) {
      const base = /^(?:un|dis)(.{4,})$/.exec(s)?.[1];
      if (!base || NOT_PREFIX_OPPOSITES.has(base) || x.has(base) || y.has(s)) continue;
      // The stemmer may cut the two forms differently ("unreli" / "reliabl").
      const other = y.has(base) ? base : [...y].find((t) => t.startsWith(base) && t.length - base.length <= 3 && !x.has(t));
      if (other) return [s, other];
    }
    return null;
  };
  const ab = find(stemsA, stemsB);
  if (ab) return ab;
  const ba = find(stemsB, stemsA);
  return ba && [ba[1], ba[0]];
}
