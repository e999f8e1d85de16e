import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-region-slot',
  outlet: 'River Post',
  title: 'A relief charity widens its work',
  source: 'River Post',
  text: [
    'In March the charity shipped water pumps and engineers to flood relief camps in Kenya for the first time.',
    'Its volunteers repaired wells in the villages around the lake.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('a region against one of its countries, a few words further on', () => {
  it('reads the region as a difference of scope when the words before it are told differently', () => {
    const v = one('In March, for the first time, the charity shipped water pumps and engineers to relief camps across East Africa.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'East Africa', corpus: 'Kenya' }]);
  });

  it('keeps the same country corroborated, and a topical sentence about the region none', () => {
    expect(one('In March, for the first time, the charity shipped water pumps and engineers to flood relief camps in Kenya.').verdict).toBe('corroborated');
    expect(one('Drought has left millions short of food across East Africa this year.').verdict).toBe('none');
  });
});
