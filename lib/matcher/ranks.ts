import { stem } from '@/lib/text/stem';
import type { Rank } from './fact-types';
import { canonicalTerm } from './lexicon';

const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const SUPERLATIVES =
  'largest|biggest|smallest|highest|lowest|longest|shortest|oldest|newest|youngest|fastest|slowest|richest|poorest|' +
  'strongest|weakest|busiest|deepest|greatest|heaviest|cheapest|best|worst|most\\s+populous|most\\s+valuable|leading|top';
const RANK_RE = new RegExp(
  `\\b(?:(one\\s+of|among)\\s+)?(?:the\\s+)?(?:[A-Za-z]+'s?\\s+)?(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))[\\s-]+)?(${SUPERLATIVES})\\b`,
  'gid',
);

/** What every superlative of SUPERLATIVES holds: a text without any of these has no rank. */
const MAY_RANK_RE = /est|worst|most|leading|top/i;

function ordinal(word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  return ORDINALS[lower] ?? (Number.parseInt(lower, 10) || 1);
}

/**
 * Superlatives with their place in the ranking: "the world's largest" is first, "the
 * second-largest" second, "one of the largest" has no single place (rank 0). Spans are marked taken
 * so that "2nd" is not read again as a number.
 */
export function extractRanks(text: string, taken: boolean[]): Rank[] {
  const out: Rank[] = [];
  if (!MAY_RANK_RE.test(text)) return out;
  RANK_RE.lastIndex = 0;
  for (let m = RANK_RE.exec(text); m; m = RANK_RE.exec(text)) {
    const word = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    // "top" and "leading" rank only with an ordinal before them ("the third-leading").
    if ((word === 'top' || word === 'leading') && !m[2]) continue;
    // "one of the largest" is read whole: the group is what it says.
    const from = m[1] ? m.index : ((m.indices?.[2] ?? m.indices?.[3])?.[0] ?? m.index);
    const end = m.index + m[0].length;
    if (taken.slice(from, end).some(Boolean)) continue;
    for (let i = from; i < end; i++) taken[i] = true;
    out.push({
      text: text.slice(from, end),
      start: from,
      end,
      rank: m[1] ? 0 : ordinal(m[2]),
      adjective: word.split(' ').map((w) => canonicalTerm(stem(w))).join(' '),
    });
  }
  return out;
}
