import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());
const corpus = 'Since March, the deposits of the Nordic Savings Bank and the Fjord Cooperative Bank in Bergen have fallen by about 20 percent.';

describe('the whole of a group against named members of it', () => {
  it('widens the claim: a changed scope', () => {
    expect(facts('Since March, the deposits of every regional bank in Bergen have fallen by about 20 percent.', corpus).differences).toEqual([
      { kind: 'scope', page: 'every regional bank', corpus: 'Nordic Savings Bank and the Fjord Cooperative Bank' },
    ]);
  });

  it('is no difference when the page names them, speaks of another group, or the corpus speaks of all', () => {
    expect(facts('Since March, the deposits of the Nordic Savings Bank and the Fjord Cooperative Bank in Bergen have fallen by about 20 percent.', corpus).differences).toEqual([]);
    expect(facts('Since March, the deposits of every regional insurer in Bergen have fallen by about 20 percent.', corpus).differences.filter((d) => d.kind === 'scope')).toEqual([]);
    expect(facts('Since March, the deposits of every regional bank in Bergen have fallen by about 20 percent.', 'Since March, the deposits of all banks in Bergen, the Nordic Savings Bank among them, have fallen by about 20 percent.').differences.filter((d) => d.kind === 'scope')).toEqual([]);
  });
});
