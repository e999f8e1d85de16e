import type { Token } from '@/lib/text/tokenize';
import type { NameList, Span } from './fact-types';
import { wordTerm } from './lexicon';
import { isPlural } from './scope';

/** What may stand between two items of a list: a comma, "and", "or", ", and". */
const JOINER_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*$/;
/** Words that introduce a partial enumeration: the list gives examples, not the whole group. */
const PARTIAL_RE = /\b(?:include|includes|included|including|such\s+as|among\s+them|like)\s+$/i;

function noun(t: Token): string {
  return wordTerm(t.norm);
}

/**
 * The group a list enumerates: after "include" the sentence's subject (its first plural), else the
 * nearest plural noun just before the list ("cities of A, B and C", "three makers, A and B").
 */
function listNoun(text: string, tokens: Token[], start: number, partial: boolean): string {
  const before = tokens.filter((t) => t.end <= start && !t.isNumber);
  // "Carmakers that export include A, B and C": the group is the subject, before the verb.
  if (partial && /\binclude[sd]?\s+$/i.test(text.slice(Math.max(0, start - 12), start))) {
    const subject = before.find((t) => isPlural(t.norm));
    return subject ? noun(subject) : '';
  }
  for (let i = before.length - 1; i >= Math.max(0, before.length - 6); i--) {
    const t = before[i]!;
    if (isPlural(t.norm) && !t.capitalized) return noun(t);
  }
  return '';
}

/** Lists of two or more names joined by commas and a final "and"/"or": "Shenzhen, Guangzhou, and Zhuhai". */
export function extractLists(text: string, tokens: Token[], entities: Span[]): NameList[] {
  const out: NameList[] = [];
  let i = 0;
  while (i < entities.length) {
    let j = i;
    while (j + 1 < entities.length && JOINER_RE.test(text.slice(entities[j]!.end, entities[j + 1]!.start))) j++;
    const last = entities[j]!;
    const closing = j > i ? text.slice(entities[j - 1]!.end, last.start) : '';
    if (j > i && /\b(?:and|or)\b/.test(closing)) {
      const start = entities[i]!.start;
      const partial = PARTIAL_RE.test(text.slice(Math.max(0, start - 16), start));
      out.push({
        text: text.slice(start, last.end),
        start,
        end: last.end,
        items: entities.slice(i, j + 1).map((e) => e.text),
        noun: listNoun(text, tokens, start, partial),
        partial,
      });
    }
    i = j + 1;
  }
  return out;
}
