import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-reach',
  outlet: 'Trade Monitor',
  title: 'Scooter makers look abroad',
  source: 'Trade Monitor',
  text: [
    'The scooter maker Voltra now sells its electric models in South-east Asia, Africa and Latin America.',
    'Its rival Kessan has opened assembly lines in the Philippines to serve buyers there.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('where a claim holds, widened or narrowed', () => {
  it('worldwide against named regions is divergent on scope', () => {
    const v = one('The scooter maker Voltra now sells its electric models worldwide.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'worldwide', corpus: 'South-east Asia, Africa, Latin America' }]);
  });

  it('a region against one of its countries is divergent on scope', () => {
    const v = one('Its rival Kessan has opened assembly lines across South-east Asia to serve buyers there.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'South-east Asia', corpus: 'Philippines' }]);
  });

  it('the same places reworded stay corroborated', () => {
    expect(one('Voltra, a scooter maker, now sells its electric models in Latin America, Africa and South-east Asia.').verdict).toBe('corroborated');
  });

  it('a worldwide claim on another subject stays none', () => {
    expect(one('Electric car sales rose worldwide last year.').verdict).toBe('none');
  });
});
