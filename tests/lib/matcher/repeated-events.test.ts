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

describe('the same kind of act "also" done at another time', () => {
  it('is another occurrence, not a changed date ("also met ... on 9 May" / "met ... on 4 March")', () => {
    expect(one('Veldhaven\'s ferry envoy, Anouk Brandt, also met the Norwegian transport minister in Bergen on 9 May for talks on a new ferry link.').verdict).toBe('none');
  });

  it('unlike the act itself told with another date, or an "also" that only relays it', () => {
    expect(one('On 9 May, Veldhaven\'s ferry envoy, Anouk Brandt, met for three hours in Bergen with the Norwegian transport minister for talks on a new ferry link.').verdict).toBe('divergent');
    expect(one('The paper also said that on 9 May Veldhaven\'s ferry envoy, Anouk Brandt, met for three hours in Bergen with the Norwegian transport minister for talks on a new ferry link.').verdict).toBe('divergent');
  });
});
