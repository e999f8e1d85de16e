import type { Token } from '@/lib/text/tokenize';

/** Past forms that do not end in -ed. */
const IRREGULAR = new Set([
  'sent', 'met', 'won', 'sold', 'bought', 'wrote', 'written', 'made', 'took', 'taken', 'gave', 'given', 'held', 'led',
  'built', 'began', 'begun', 'found', 'brought', 'paid', 'struck', 'spent', 'drew', 'drawn', 'chose', 'chosen', 'sought',
  'used', 'ran', 'run', 'shot', 'hit', 'cut', 'set', 'put', 'broke', 'broken', 'stole', 'stolen', 'fought',
  'tore', 'torn', 'threw', 'thrown', 'swore', 'sworn', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown', 'saw', 'seen',
  'spoke', 'spoken', 'kept', 'lost', 'fled', 'froze', 'frozen', 'hid', 'hidden', 'laid', 'lent', 'rode', 'sank', 'shook',
  'shut', 'stood', 'struck', 'swept', 'taught', 'understood', 'upheld', 'withdrew', 'withdrawn', 'overtook', 'overtaken',
  'forbade', 'forgave', 'undertook', 'undertaken', 'bore', 'borne', 'dealt', 'fed', 'hung', 'sped', 'spread', 'sprang', 'drove', 'driven',
]);
/** Words between a doer and its verb ("X has also signed", "X is planning", "X will later sign"). */
export const BETWEEN: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'later', 'then', 'first', 'previously',
  'earlier', 'recently', 'reportedly', 'formally', 'jointly', 'finally', 'eventually', 'itself',
]);

/** A verb in the past: "-ed" or one of the common irregular forms. */
export function isPastVerb(t: Token): boolean {
  return !t.capitalized && !t.isNumber && (IRREGULAR.has(t.norm) || (t.norm.endsWith('ed') && t.norm.length > 4));
}

/** A verb form that can follow a doer directly: past, "-ing" after an auxiliary, or a present "-s" before "to" or an article. */
export function isVerbAt(tokens: Token[], i: number, afterAux: boolean): boolean {
  const t = tokens[i]!;
  if (isPastVerb(t)) return true;
  if (t.capitalized || t.isNumber) return false;
  if (afterAux && t.norm.endsWith('ing') && t.norm.length > 5) return true;
  return /[^s]s$/.test(t.norm) && /^(to|the|a|an)$/.test(tokens[i + 1]?.norm ?? '');
}

/** Modals, before a verb's bare form ("would sell", "could build"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);

/** Words that open a noun phrase ("their visits", "an announcement"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every']);

/**
 * Whether the token at i is used as a verb, not a noun ("toured", "has toured", "to tour"; not "a
 * four-day tour", "an announcement").
 */
export function isActionAt(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  if (DETERMINERS.has(prev)) return false;
  // "to sell", "would sell": the bare verb after "to" or a modal.
  if ((prev === 'to' || MODALS.has(prev)) && !tokens[i]!.capitalized && !tokens[i]!.isNumber) return true;
  return isVerbAt(tokens, i, BETWEEN.has(prev));
}
