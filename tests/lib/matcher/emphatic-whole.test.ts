import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-emphatic-whole',
  outlet: 'Harbour Post',
  title: 'A ferry operator stretches its routes',
  source: 'Harbour Post',
  text: [
    'Engineers from the Veldhaven ferry company have been sent to inspect the quays of the northern islands before the winter storms.',
    'The company fears the storms could leave every harbour on the coast closed for weeks.',
  ].join('\n\n'),
});

describe('a claim made of a whole, with emphasis, where the corpus speaks of no whole', () => {
  it('widens the claim ("every island" / "the northern islands")', () => {
    const v = one('Engineers from the Veldhaven ferry company have been sent to inspect the quays of every island before the winter storms.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'every island', corpus: 'not said of all' }]);
  });

  it('widens it with the length of a place ("the entire length of the Veldhaven coast" / "the northern islands")', () => {
    const v = one('Engineers from the Veldhaven ferry company have been sent to inspect the quays along the entire length of the Veldhaven coast before the winter storms.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['scope']);
  });

  it('leaves a whole of something the corpus does not speak of, or of time, to other rules', () => {
    expect(one('Engineers from the Veldhaven ferry company are sent every winter to inspect the quays of the northern islands before the storms.').verdict).toBe('corroborated');
  });

  it('is left to the other rules where the corpus speaks of a whole itself', () => {
    expect(one('The company fears the storms could leave every harbour on the coast closed for weeks.').verdict).toBe('corroborated');
  });

  it('keeps a paraphrase without the emphasis corroborated', () => {
    expect(one('Veldhaven ferry company engineers have been sent to check the quays of the northern islands before the winter storms.').verdict).toBe('corroborated');
  });
});
