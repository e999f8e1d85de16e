import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-affiliations',
  outlet: 'Harbour Post',
  title: 'Dredging the channel',
  source: 'Harbour Post',
  text: "'The channel will silt up again within a decade,' said Professor Ingrid Voss, a marine geologist at Nordhavn University in Bergen.",
});

describe('the same speaker said to belong to another body', () => {
  it('is a changed name ("Professor X of Kessel University" / "X, a geologist at Nordhavn University")', () => {
    const v = one('Professor Ingrid Voss of Kessel University warned that the channel would silt up again within a decade.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Kessel University', corpus: 'Nordhavn University' }]);
  });

  it('and so is an appositive naming another body', () => {
    const v = one('Ingrid Voss, a marine geologist at Kessel University, warned that the channel would silt up again within a decade.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Kessel University', corpus: 'Nordhavn University' }]);
  });

  it('is no difference for the same body, however written', () => {
    expect(one('Professor Ingrid Voss of Nordhavn University warned that the channel would silt up again within a decade.').verdict).toBe('corroborated');
  });
});
