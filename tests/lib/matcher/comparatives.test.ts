import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-comparatives',
  outlet: 'Harbour Post',
  title: 'A northern route',
  source: 'Harbour Post',
  text: [
    'Historically, the northern channel has been too shallow for large ferries, but it is expected to become increasingly busy as dredging goes on.',
    'Fewer fishing boats use the old harbour each year.',
  ].join('\n\n'),
});

describe('a quality said to grow on one side and to shrink on the other', () => {
  it('is a change of polarity ("less busy" against "increasingly busy", "more boats" against "fewer boats")', () => {
    const v = one('The northern channel, long too shallow for large ferries, is expected to become less busy as dredging goes on.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'less busy', corpus: 'increasingly busy' }]);
    expect(one('More fishing boats use the old harbour each year.').differences).toEqual([{ kind: 'polarity', page: 'More fishing', corpus: 'Fewer fishing' }]);
  });

  it('is no change when both sides say the same degree', () => {
    expect(one('The northern channel, long too shallow for large ferries, is expected to become increasingly busy as dredging goes on.').verdict).toBe('corroborated');
  });
});
