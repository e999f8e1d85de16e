import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-portfolios',
  outlet: 'Harbour Post',
  title: 'Talks on the ferry levy',
  source: 'Harbour Post',
  text: 'On 4 March, Veldhaven\'s ferry envoy, Anouk Brandt, met for three hours in Bergen with Finance Minister Kari Lunde and Mr Per Dahl, the minister of transport, for talks on the ferry levy.',
});

describe('the same person given another department', () => {
  it('is a changed name: roles swapped between two names both sentences give', () => {
    const v = one('Veldhaven\'s ferry envoy, Anouk Brandt, spent three hours in Bergen on 4 March with Finance Minister Per Dahl and Transport Minister Kari Lunde for talks on the ferry levy.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Finance Minister Per Dahl', corpus: 'Mr Per Dahl, the minister of transport' }]);
  });

  it('keeps each in the same department corroborated, however written', () => {
    expect(one('Veldhaven\'s ferry envoy, Anouk Brandt, spent three hours in Bergen on 4 March with Transport Minister Per Dahl and Finance Minister Kari Lunde for talks on the ferry levy.').verdict).toBe('corroborated');
  });
});

describe('another person in the same department', () => {
  it('is a changed name ("the transport minister, Ola Berg" / "Mr Per Dahl, the minister of transport")', () => {
    const v = one('Veldhaven\'s ferry envoy, Anouk Brandt, spent three hours in Bergen on 4 March with Finance Minister Kari Lunde and the transport minister, Ola Berg, for talks on the ferry levy.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'transport minister, Ola Berg', corpus: 'Mr Per Dahl, the minister of transport' }]);
  });

  it('is no difference where the page names the corpus person too', () => {
    expect(one('Veldhaven\'s ferry envoy, Anouk Brandt, spent three hours in Bergen on 4 March with Finance Minister Kari Lunde and the transport minister, Per Dahl, for talks on the ferry levy.').verdict).toBe('corroborated');
  });
});
