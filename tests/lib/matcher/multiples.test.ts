import { describe, expect, it } from 'vitest';
import { extractQuantities } from '@/lib/matcher/quantities';
import { storyMatcher } from './story-matcher';

const read = (text: string) => extractQuantities(text, new Array<boolean>(text.length).fill(false));

describe('a change by a multiple is a figure', () => {
  it('reads the verbs of doubling, tripling and halving', () => {
    expect(read('The council will double its budget.').map((q) => [q.text, q.value, q.dimension])).toEqual([['double', 2, 'multiple']]);
    expect(read('Output tripled in a year.').map((q) => q.value)).toEqual([3]);
    expect(read('The plan is halving the waiting time.').map((q) => q.value)).toEqual([0.5]);
  });

  it('leaves the adjective alone', () => {
    expect(read('He was a double agent for the triple-A team.')).toEqual([]);
  });

  const { one } = storyMatcher({
    id: 'test-multiples',
    outlet: 'Harbour Post',
    title: 'The port authority sets out its plans',
    source: 'Harbour Post',
    text: 'In 2023 the port authority of Veldhaven announced it would double spending on flood barriers to about 40 million euros a year.',
  });

  it('sets one multiple against another', () => {
    const v = one('In 2023 the port authority of Veldhaven announced it would triple spending on flood barriers to about 40 million euros a year.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'triple', corpus: 'double' }]);
  });

  it('keeps the same multiple corroborated', () => {
    expect(one('The Veldhaven port authority said in 2023 it would double spending on flood barriers to about 40 million euros a year.').verdict).toBe('corroborated');
  });
});

describe('a label that numbers a sentence ("Claim two: ...")', () => {
  it('is not a figure of the sentence', () => {
    expect(read('Claim two: the board first met in secret.')).toEqual([]);
    expect(read('Part 3: the cranes.')).toEqual([]);
  });

  it('leaves figures that are one', () => {
    expect(read('Claim two: the board met 12 times.').map((q) => q.value)).toEqual([12]);
    expect(read('The board has two: a chair and a clerk.').map((q) => q.value)).toEqual([2]);
  });
});
