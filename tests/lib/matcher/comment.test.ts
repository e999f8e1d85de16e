import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-comment',
  outlet: 'Harbour Post',
  title: 'The northern quay',
  source: 'Harbour Post',
  text: 'The harbour master, Ola Dahl, declined to comment on the closure of the northern quay.',
});

describe('nothing said on one side, a statement on the other', () => {
  it('is a changed polarity', () => {
    const v = one('The harbour master, Ola Dahl, said the closure of the northern quay was a mistake.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'said', corpus: 'declined to comment' }]);
  });

  it('a refusal to speak in other words is the same claim', () => {
    expect(one('Ola Dahl, the harbour master, would not comment on the closure of the northern quay.').verdict).toBe('corroborated');
  });
});
