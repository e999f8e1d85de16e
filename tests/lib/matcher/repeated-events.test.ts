import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-repeated-events',
  outlet: 'Harbour Post',
  title: 'Ferry talks in Bergen',
  source: 'Harbour Post',
  text: 'On 4 March, Veldhaven\'s ferry envoy, Anouk Brandt, met for three hours in Bergen with the Norwegian transport minister for talks on a new ferry link.',
});

describe('another event of the kind the corpus reports', () => {
  it('is a fact the corpus does not state ("another round of talks", "expected back")', () => {
    expect(one('Veldhaven\'s ferry envoy, Anouk Brandt, is expected back in Bergen for another round of talks with the Norwegian transport minister on a new ferry link.').verdict).toBe('none');
  });

  it('leaves the event the corpus reports corroborated', () => {
    expect(one('Veldhaven\'s ferry envoy, Anouk Brandt, held three hours of talks in Bergen with the Norwegian transport minister on 4 March about a new ferry link.').verdict).toBe('corroborated');
  });
});
