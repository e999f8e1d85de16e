import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-whole-country',
  outlet: 'Harbour Post',
  title: 'Storm damage',
  source: 'Harbour Post',
  text: 'Insurers are counting the cost of the storm damage along the Norwegian west coast, the industry body says.',
});

describe('a country taken whole against a part of it', () => {
  it('("across the whole of Norway" against "the Norwegian west coast") is a widened scope', () => {
    const v = one('Insurers are counting the cost of the storm damage across the whole of Norway, the industry body says.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'across the whole of Norway', corpus: 'Norwegian west coast' }]);
  });

  it('the same part in other words is the same claim', () => {
    expect(one("Insurers are counting the cost of the storm damage along Norway's west coast, the industry body says.").verdict).toBe('corroborated');
  });
});
