import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-dates',
  outlet: 'Coast Weekly',
  title: 'A rescue unit for the western coast',
  source: 'Coast Weekly',
  text: [
    'Created in 2024, the coastal rescue squadron and its fleet of fast lifeboats operate from a harbour base near Brest that can be seen from the whole bay.',
    'The squadron answered more than four hundred distress calls in its first winter.',
    'Since the second quarter of 2023, call-outs from the yacht harbours have fallen by about 20 percent.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('another date for the same event in a reworded sentence', () => {
  it('comes out divergent on the date', () => {
    const v = one('The coastal rescue squadron, formed in 2023, runs its lifeboats from a harbour near Brest.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: '2023', corpus: '2024' }]);
  });

  it('comes out divergent on the date in a loosely worded sentence that still matches beyond the topic', () => {
    const v = one('Since 2023 a squadron of fast lifeboats has guarded the western approaches, officials say.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: '2023', corpus: '2024' }]);
  });

  it('stays corroborated with the same date', () => {
    expect(one('The coastal rescue squadron, formed in 2024, runs its lifeboats from a harbour near Brest.').verdict).toBe('corroborated');
  });

  it('leaves another body formed in another year alone', () => {
    expect(one('A sailing club was formed in 2023 near Brest.').verdict).toBe('none');
  });
});

describe('a changed quarter', () => {
  it('is one changed date, not a date and a number', () => {
    const v = one('Since the third quarter of 2023, call-outs from the yacht harbours have fallen by about 20 percent.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: 'third quarter of 2023', corpus: 'second quarter of 2023' }]);
  });
});
