import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-denied-state',
  outlet: 'Lakeside Record',
  title: 'Ferry timetable changes',
  source: 'Lakeside Record',
  text: [
    'The new ferry timetable is a clear improvement for commuters crossing the lake each morning.',
    'The harbour master said the evening crossing would be safer once the new lights are fitted.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('a state denied on one side and stated on the other', () => {
  it('makes "is not a clear improvement" against "is a clear improvement" divergent on polarity', () => {
    const v = one('The new ferry timetable is not a clear improvement for commuters crossing the lake each morning.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'is not a clear', corpus: 'is a clear' }]);
  });

  it('reads "would not be safer" against "would be safer"', () => {
    const v = one('The harbour master said the evening crossing would not be safer once the new lights are fitted.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('keeps the paraphrase corroborated and a topical denial none', () => {
    expect(one('For commuters crossing the lake each morning, the new ferry timetable is a clear improvement.').verdict).toBe('corroborated');
    expect(one('The old ferry pier is not safe for swimmers in winter.').verdict).toBe('none');
  });
});
