import type { Token } from '@/lib/text/tokenize';
import { STOPWORDS } from '@/lib/text/stopwords';
import type { SentenceFacts } from './fact-types';
import { wordTerm } from './lexicon';
import { parseNumberWords } from './number-words';

type ScopeCue = SentenceFacts['scope'][number];

const EXCLUSIVE = new Set(['only', 'sole', 'solely', 'single', 'alone', 'exclusively', 'lone']);

/** The head of the noun phrase starting at a token: the last of up to four adjoining content words. */
export function headNoun(text: string, tokens: Token[], from: number): string {
  let i = from;
  while (i < tokens.length && STOPWORDS.has(tokens[i]!.norm)) i++;
  let last = -1;
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const t = tokens[j]!;
    if (j > i && !/^[\s-]*$/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
    if (STOPWORDS.has(t.norm)) break;
    if (!t.isNumber) last = j;
  }
  return last < 0 ? '' : wordTerm(tokens[last]!.norm);
}

/** Plural-looking nouns: "treaties", "regiments" (not "continuous", "analysis", "class"). */
export function isPlural(w: string): boolean {
  return w.length > 3 && /([^su]s|ies)$/.test(w) && !/(ous|ss|is|us|ics|ws)$/.test(w);
}

/** Words after "only" that tell when, not how many ("only recently", "only then"). */
const LATELY = new Set(['recently', 'lately', 'just', 'now', 'then', 'later', 'after', 'when', 'once', 'briefly', 'yesterday', 'today', 'last']);

/**
 * Scope cues: exclusive ("the only regiment", "a single treaty", "sole job"), inclusive ("one of
 * two regiments", "China and other parts of Asia"), and the number of each noun (treaty vs treaties).
 */
export function extractScope(text: string, tokens: Token[]): ScopeCue[] {
  const out: ScopeCue[] = [];
  tokens.forEach((t, i) => {
    const w = t.norm;
    if (EXCLUSIVE.has(w)) {
      // "only two cities": a count, compared as one.
      const next = tokens[i + 1];
      const counted = !!next && (next.isNumber ? !/(st|nd|rd|th)$/.test(next.norm) : parseNumberWords(next.norm) !== null) && text[next.end] !== '-';
      // "only a few", "only some": a quantifier, compared as one.
      const quantifier = next?.norm === 'a' ? tokens[i + 2]?.norm : next?.norm;
      const quantified = /^(few|handful|some|several)$/.test(quantifier ?? '');
      if (counted || quantified) return;
      // "it was only formed in 2024", "only recently": how lately, not how many.
      if (w === 'only' && next && !next.capitalized && (/^[a-z]{3,}ed$/.test(next.norm) || LATELY.has(next.norm))) return;
      // "not the only", "isn't their only", "not only": the opposite of exclusive.
      const denies = (x: Token | undefined) => !!x && (x.norm === 'not' || x.norm.endsWith("n't"));
      const negated = denies(tokens[i - 1]) || denies(tokens[i - 2]);
      const noun = headNoun(text, tokens, i + 1);
      out.push({ kind: negated ? 'inclusive' : 'exclusive', cue: negated ? `not ${w}` : w, noun });
    } else if (w === 'one' && tokens[i + 1]?.norm === 'of') {
      out.push({ kind: 'inclusive', cue: 'one of', noun: headNoun(text, tokens, i + 2) });
    } else if (w === 'other' && tokens[i - 1]?.norm === 'and') {
      out.push({ kind: 'inclusive', cue: 'and other', noun: headNoun(text, tokens, i + 1) });
    } else if (!t.isNumber && !STOPWORDS.has(w) && (!t.capitalized || i === 0) && isPlural(w)) {
      out.push({ kind: 'plural', cue: t.raw, noun: wordTerm(w) });
    }
  });
  return out;
}
