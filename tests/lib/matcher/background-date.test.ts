import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/matcher';
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
const extra = buildCorpus([{ name: 'background-date.json', content: JSON.stringify([story]) }]);
const matcher = createMatcher({ version: 1, articles: [...loadBundledCorpus().articles, ...extra.articles] });
const one = (sentence: string) => matcher.match([sentence])[0]!;

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
