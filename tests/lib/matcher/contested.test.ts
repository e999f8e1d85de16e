import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher(
  {
    id: 'test-contested-a',
    outlet: 'Harbour Post',
    title: 'Inspectors and the ferry',
    source: 'Harbour Post',
    text: 'The board said it had sent the engine report to five marine inspectors, and it was judged sound.',
  },
  {
    id: 'test-contested-b',
    outlet: 'Coast Daily',
    title: 'Ferry cleared',
    source: 'Coast Daily',
    text: 'The board sent the engine report to five marine inspectors, all of whom judged it sound.',
  },
);

describe('a corroboration another article contests', () => {
  it('"most of them" where one article says "all of whom" and the other says nothing of it is divergent', () => {
    const v = one('The board sent the engine report to five marine inspectors, and most of them judged it sound.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'most', corpus: 'all' }]);
    expect(v.evidence?.outlet).toBe('Coast Daily');
  });

  it('"all of them" is corroborated', () => {
    expect(one('The board sent the engine report to five marine inspectors, and all of them judged it sound.').verdict).toBe('corroborated');
  });
});
