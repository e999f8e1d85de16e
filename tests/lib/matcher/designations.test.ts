import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());

describe('a name with a number that tells one of its kind', () => {
  it('with another number is another thing: a changed name', () => {
    expect(facts('The airline ordered the A-350 jet for its long routes in 2019.', 'The airline ordered the A-330 jet for its long routes in 2019.').differences).toEqual([
      { kind: 'name', page: 'A-350', corpus: 'A-330' },
    ]);
    const f = facts('The Nordic Link 3 cable, which was meant to carry power to Germany, has been delayed.', 'The Nordic Link 2 cable, which was meant to carry power to Germany, has been delayed.');
    expect(f.differences).toEqual([{ kind: 'name', page: 'Link 3', corpus: 'Link 2' }]);
    expect(f.novel).toEqual([]);
  });

  it('with the same number agrees, and a year or a date is no designation', () => {
    expect(facts('The airline ordered the A-350 jet in 2019.', 'The A-350 jet was ordered by the airline in 2019.').differences).toEqual([]);
    expect(facts('The airline ordered the jet in 2021.', 'The airline ordered the jet in 2019.').differences.map((d) => d.kind)).toEqual(['date']);
    expect(facts('The airline ordered the jet on June 3.', 'The airline ordered the jet on June 5.').differences.map((d) => d.kind)).toEqual(['date']);
  });
});
