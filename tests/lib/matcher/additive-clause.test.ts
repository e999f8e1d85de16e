import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-additive-clause',
  outlet: 'Harbour Post',
  title: 'A maritime museum widens its collection',
  source: 'Harbour Post',
  text: 'According to the curators, the museum is also acquiring drawings of the retired hydrofoil, a fast patrol craft first built by Norway.',
});

describe('a word that adds a second actor counts only in the clause of the name', () => {
  it('sets a country against another when the "also" belongs to an earlier clause', () => {
    const v = one('The museum is also acquiring drawings of the retired hydrofoil, a fast patrol craft first built by Denmark.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Denmark', corpus: 'Norway' }]);
  });

  it('reads a country the page adds beside the first as another claim', () => {
    expect(one('Denmark also built a fast patrol craft like the retired hydrofoil whose drawings the museum is acquiring.').verdict).not.toBe('divergent');
  });
});

describe('an "also" both sentences give', () => {
  const { one: check } = storyMatcher({
    id: 'test-additive-both',
    outlet: 'Harbour Post',
    title: 'The navy joins an exercise',
    source: 'Harbour Post',
    text: 'Veldhaven also sent a frigate and sailors to Norway in May to join a multinational rescue exercise for the first time.',
  });

  it('is the corpus\'s own, so a country in its slot is another country', () => {
    const v = check('Veldhaven also sent a frigate and sailors to Denmark in May to take part in a multinational rescue exercise for the first time.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Denmark', corpus: 'Norway' }]);
  });
});

describe('a pronoun in the place of the corpus\'s subject', () => {
  const { one: check } = storyMatcher({
    id: 'test-pronoun-subject',
    outlet: 'Harbour Post',
    title: 'The navy joins a drill',
    source: 'Harbour Post',
    text: 'Warsaw also sent a frigate and sailors to Norway in May to join a multinational rescue drill for the first time.',
  });

  it('stands for that subject, so the one country left on each side is the same slot', () => {
    const v = check('In May it also sent a frigate and sailors to join a multinational rescue drill in Denmark, the first time it had done so.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Denmark', corpus: 'Norway' }]);
  });
});
