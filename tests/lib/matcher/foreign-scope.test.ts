import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-foreign-scope',
  outlet: 'Harbour Post',
  title: 'Checks on trawlers',
  source: 'Harbour Post',
  text: 'Inspectors at the Veldhaven port were told to board every Norwegian trawler that docks there this winter.',
});

describe('one country\'s against "foreign"', () => {
  it('widens the claim ("foreign trawlers" / "Norwegian trawlers")', () => {
    const v = one('Inspectors at the Veldhaven port were told to board every foreign trawler that docks there this winter.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'foreign trawler', corpus: 'Norwegian trawler' }]);
  });

  it('is no difference for the same country', () => {
    expect(one('Veldhaven port inspectors were told to board every Norwegian trawler docking there this winter.').verdict).toBe('corroborated');
  });
});
