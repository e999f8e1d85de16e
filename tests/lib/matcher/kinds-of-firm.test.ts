import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-kinds-of-firm',
  outlet: 'Harbour Post',
  title: 'Smugglers on the northern coast',
  source: 'Harbour Post',
  text: 'On the northern coast, the customs report says, smugglers hide their cargo under the cover of fishing companies and harbour cafés.',
});

describe('firms of another trade in the same claim', () => {
  it('are a changed name ("mining firms" / "fishing companies")', () => {
    const v = one('On the northern coast, the customs report says, smugglers hide their cargo under the cover of mining firms and harbour cafés.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'mining firms', corpus: 'fishing companies' }]);
  });

  it('are the same firms in other words ("fishing firms")', () => {
    expect(one('On the northern coast, the customs report says, smugglers hide their cargo under the cover of fishing firms and harbour cafés.').verdict).toBe('corroborated');
  });
});
