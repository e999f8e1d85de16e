import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-background-date',
  outlet: 'Dale Chronicle',
  title: 'Quarry flood remembered',
  source: 'Dale Chronicle',
  text: [
    'The Ravensdale quarry flooded in April 2019 after a week of heavy rain.',
    'At that time, the owners sent forty quarry workers home and closed the access road to lorries.',
    'The quarry reopened in 2021 under a new licence.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('a date the corpus sentence takes from the sentence before it ("at that time")', () => {
  it('is set against the page date: another date is divergent', () => {
    const v = one('In June 2020, the owners sent forty quarry workers home and closed the access road to lorries.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: 'June 2020', corpus: 'April 2019' }]);
  });

  it('and the same date corroborates', () => {
    expect(one('In April 2019, the owners sent forty quarry workers home and closed the access road to lorries.').verdict).toBe('corroborated');
  });

  it('is not read from earlier sentences when the corpus sentence does not refer back in time', () => {
    const before = { page: () => [], corpus: () => ['The quarry flooded in April 2019.'] };
    const page = analyzeSentence('In June 2020, the owners sent forty workers home.');
    const plain = compareFacts(page, analyzeSentence('The owners sent forty workers home.'), () => new Set(), new Set(), before);
    expect(plain.differences).toEqual([]);
    expect(plain.novel).toEqual(['June 2020']);
    // The same date as the sentence before is background, not a fact of the page's own.
    const same = compareFacts(analyzeSentence('In April 2019, the owners sent forty workers home.'), analyzeSentence('The owners sent forty workers home.'), () => new Set(), new Set(), before);
    expect(same.novel).toEqual([]);
    expect(same.differences).toEqual([]);
    const told = compareFacts(page, analyzeSentence('At that time, the owners sent forty workers home.'), () => new Set(), new Set(), before);
    expect(told.differences).toEqual([{ kind: 'date', page: 'June 2020', corpus: 'April 2019' }]);
  });
});

describe('a day of the week against a day of a month', () => {
  const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());

  it('neither agrees nor adds a fact ("last Friday" / "on June 6")', () => {
    const f = facts('Last Friday, the envoy met the minister in Oslo.', 'On June 6, the envoy met the minister in Oslo.');
    expect(f.novel).toEqual([]);
    expect(f.differences).toEqual([]);
    expect(facts('On June 6, the envoy met the minister in Oslo.', 'On Friday the envoy met the minister in Oslo.').novel).toEqual([]);
  });

  it('still sets two days of the week, or two days of a month, against each other', () => {
    expect(facts('On Friday, the envoy met the minister in Oslo.', 'On Tuesday, the envoy met the minister in Oslo.').differences).toEqual([
      { kind: 'date', page: 'Friday', corpus: 'Tuesday' },
    ]);
    expect(facts('On June 9, the envoy met the minister in Oslo.', 'On June 6, the envoy met the minister in Oslo.').differences.map((d) => d.kind)).toEqual(['date']);
    // A month alone is no day: the weekday is still a fact of the page's own.
    expect(facts('On Friday, the envoy met the minister in Oslo.', 'In June, the envoy met the minister in Oslo.').novel).toEqual(['Friday']);
  });
});
