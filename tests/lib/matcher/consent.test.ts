import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-consent',
  outlet: 'Harbour Post',
  title: 'The dredging plan',
  source: 'Harbour Post',
  text: [
    'The Harbour Post reported in May that the port authority had delayed approval of the dredging plan.',
    'The council gave its approval to the new ferry terminal in March, the minutes show.',
  ].join('\n\n'),
});

describe('consent held back on one side and given on the other', () => {
  it('"approved" against "delayed approval" is a changed polarity', () => {
    const v = one('The dredging plan was approved by the port authority in May, the Harbour Post reported.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'approved', corpus: 'delayed approval' }]);
  });

  it('"held up approval" against "gave its approval" is a changed polarity', () => {
    const v = one('The council held up approval of the new ferry terminal in March, the minutes show.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('consent held back in other words, or given in other words, is the same claim', () => {
    expect(one('The port authority held up approval of the dredging plan, the Harbour Post reported in May.').verdict).toBe('corroborated');
    expect(one('The council approved the new ferry terminal in March, the minutes show.').verdict).toBe('corroborated');
  });
});
