import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { ordinalsOf } from '@/lib/matcher/ordinals';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-ordinals',
  outlet: 'Orchard Weekly',
  title: 'Cider makers gather in Hereford',
  source: 'Orchard Weekly',
  text: [
    'The Hereford cider festival drew more than forty orchards from across the county for the first time this autumn.',
    'Wyebank Farm is the largest cider maker in the county and ships its bottles to pubs in Wales.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('ordinals of things counted in order ("for the second time")', () => {
  it('reads an ordinal only after "the" and before a noun of order', () => {
    expect(ordinalsOf(analyzeSentence('It opened for the second time in May.'))).toEqual([{ text: 'second time', value: 2, noun: 'time' }]);
    expect(ordinalsOf(analyzeSentence('Sales rose in the third quarter.'))).toEqual([{ text: 'third quarter', value: 3, noun: 'quarter' }]);
    expect(ordinalsOf(analyzeSentence('The army first tried out the plan.'))).toEqual([]);
    expect(ordinalsOf(analyzeSentence('The first orchards opened in May.'))).toEqual([]);
  });

  it('makes another place in the order divergent on number, and keeps the same one corroborated', () => {
    const v = one('The Hereford cider festival drew more than forty orchards from across the county for the second time this autumn.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'second time', corpus: 'first time' }]);
    expect(one('For the first time this autumn, the Hereford cider festival drew over forty orchards from across the county.').verdict).toBe('corroborated');
    expect(one('The town hosted a jazz festival for the second time this summer.').verdict).toBe('none');
  });
});

describe('"one of the largest" against "the largest"', () => {
  it('is a difference of scope, in the matcher', () => {
    const v = one('Wyebank Farm is one of the largest cider makers in the county and ships its bottles to pubs in Wales.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'one of the largest', corpus: 'largest' }]);
  });

  it('pairs each superlative with its own kind when a sentence has two', () => {
    const page = 'Wyebank Farm is one of the largest cider makers and Ashgrove the largest perry maker in the county.';
    expect(one(page).differences).toEqual([]);
    expect(one('Wyebank Farm is the biggest cider maker in the county and ships its bottles to pubs in Wales.').verdict).toBe('corroborated');
  });
});
