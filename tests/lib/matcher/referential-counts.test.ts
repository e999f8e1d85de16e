import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-referential-counts',
  outlet: 'Valley Courier',
  title: 'Neighbouring towns share a bus depot',
  source: 'Valley Courier',
  text: [
    'Ashby and Brampton agreed on Monday to share a bus depot on the ring road.',
    'The two towns will split the running costs of the depot and its mechanics equally.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);
const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());

describe('a number that refers back to a named group ("the two towns")', () => {
  it('is not a count of its own', () => {
    const q = analyzeSentence('The two towns will split the costs.').facts.quantities;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ value: 2, referential: true, noun: expect.any(String) });
    expect(analyzeSentence('Two towns will split the costs.').facts.quantities[0]?.referential).toBeUndefined();
  });

  it('differs from the same reference with another number, and agrees with the same number', () => {
    expect(facts('The three towns will split the costs.', 'The two towns will split the costs.').differences).toEqual([
      { kind: 'count', page: 'three', corpus: 'two' },
    ]);
    const same = facts('The two towns will share the costs.', 'The two towns will split the costs.');
    expect(same.differences).toEqual([]);
    expect(same.novel).toEqual([]);
  });

  it('is neither a difference nor a new fact against a sentence without such a reference', () => {
    const f = facts('The two towns will split the costs.', 'Ashby and Brampton will split the costs.');
    expect(f.differences).toEqual([]);
    expect(f.novel).toEqual([]);
    expect(facts('The two towns will split the costs.', 'The two mechanics will split the costs.').differences).toEqual([]);
  });

  it('makes a retold claim divergent on count, in the matcher, and keeps the paraphrase corroborated', () => {
    const v = one('The three towns will split the running costs of the depot and its mechanics equally.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'count', page: 'three', corpus: 'two' }]);
    expect(one('The two towns are to split the running costs of the depot and its mechanics equally.').verdict).toBe('corroborated');
    expect(one('The three towns will vote on a new swimming pool next spring.').verdict).toBe('none');
  });
});

describe('a group of countries counted on the page, named on the corpus side', () => {
  const corpus = 'Norway and Sweden signed agreements in 2019 and 2021 to share the cost of the border railway.';

  it('larger than the countries the corpus sentence names is a changed count', () => {
    expect(facts('Agreements signed in 2019 and 2021 committed the four countries to share the cost of the border railway.', corpus).differences).toEqual([
      { kind: 'count', page: 'four countries', corpus: 'Norway and Sweden' },
    ]);
  });

  it('the same number, a smaller one, or a page that names the countries itself is no change', () => {
    expect(facts('Agreements signed in 2019 and 2021 committed the two countries to share the cost of the border railway.', corpus).differences).toEqual([]);
    expect(facts('Agreements signed in 2019 and 2021 committed both governments to share the cost of the border railway.', corpus).differences).toEqual([]);
    const named = 'Norway, Sweden and Finland: the three countries signed agreements in 2019 and 2021 to share the cost of the border railway.';
    expect(facts(named, corpus).differences.filter((d) => d.kind === 'count')).toEqual([]);
  });
});

describe('"the four countries" against a count of the same countries by another word', () => {
  it('is a changed count', () => {
    const corpus = 'The alliance of two island governments, with a combined fleet of 300 ferries, worries the mainland.';
    expect(facts('The four countries have a combined fleet of 300 ferries.', corpus).differences).toEqual([{ kind: 'count', page: 'four', corpus: 'two' }]);
    expect(facts('The two countries have a combined fleet of 300 ferries.', corpus).differences).toEqual([]);
  });
});

describe('a count of a whole group ("all four inspectors")', () => {
  it('is gainsaid by the corpus counting that group otherwise', () => {
    expect(facts('All four inspectors who examined the depot judged it safe.', 'The council sent six inspectors to the depot, all of whom judged it safe.').differences).toEqual([
      { kind: 'count', page: 'four', corpus: 'six' },
    ]);
    expect(facts('All six inspectors who examined the depot judged it safe.', 'The council sent six inspectors to the depot, all of whom judged it safe.').differences).toEqual([]);
  });

  it('unlike a reference with "the", which may name part of what the corpus counts', () => {
    expect(facts('The four inspectors judged the depot safe.', 'The council sent six inspectors to the depot, all of whom judged it safe.').differences).toEqual([]);
  });
});
