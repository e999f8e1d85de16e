import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-seasons',
  outlet: 'Harbour Post',
  title: 'A new harbour master',
  source: 'Harbour Post',
  text: [
    'Captain Ingrid Vos, the harbour master of Veldhaven, oversees the ferry terminal and its two dry docks.',
    'When she toured Bergen this spring, Captain Vos praised its new ferry terminal.',
  ].join('\n\n'),
});

describe('the season of an event', () => {
  it('is a fact the corpus does not state when it gives none ("took up her post last autumn")', () => {
    expect(one('Captain Ingrid Vos, the harbour master of Veldhaven, took up her post last autumn.').verdict).toBe('none');
  });

  it('is another time when the corpus gives another season', () => {
    const v = one('When she toured Bergen last winter, Captain Vos praised its new ferry terminal.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: 'last winter', corpus: 'this spring' }]);
  });

  it('keeps the same season corroborated', () => {
    expect(one('Captain Vos praised the new ferry terminal in Bergen when she toured the city this spring.').verdict).toBe('corroborated');
  });
});
