import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-scope-phrases',
  outlet: 'Harbour Post',
  title: 'An audit of the port authority',
  source: 'Harbour Post',
  text: [
    'The audit was carried out by the authority\'s Second Directorate, which is responsible for inspecting cargo from Norway and other parts of Scandinavia.',
    'The auditors warn that some pilots in Veldhaven have been ignoring the new speed limits in the outer harbour.',
  ].join('\n\n'),
});

describe('a name alone against the same name with others of its kind', () => {
  it('is a narrowed scope ("Norway alone" / "Norway and other parts of Scandinavia")', () => {
    const v = one('The audit was carried out by the Second Directorate, the section that inspects cargo from Norway alone.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'Norway alone', corpus: 'Norway and other parts of Scandinavia' }]);
  });

  it('keeps the same reach corroborated', () => {
    expect(one('The audit was carried out by the Second Directorate, the section that inspects cargo from Norway and other parts of Scandinavia.').verdict).toBe('corroborated');
  });
});

describe('a group "across the board" is the group taken whole', () => {
  it('against some of the group', () => {
    const v = one('The auditors warn that pilots across the board in Veldhaven have been ignoring the new speed limits in the outer harbour.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'pilots across the board', corpus: 'some' }]);
  });
});

describe('"only" that is not a scope', () => {
  const scope = (s: string) => analyzeSentence(s).facts.scope.filter((c) => c.kind !== 'plural').map((c) => `${c.kind}:${c.cue}`);

  it('"isn\'t the only" is "not the only", as "is not the only" is', () => {
    expect(scope("The pilot isn't the only witness.")).toEqual(['inclusive:not only']);
    expect(scope('The pilot is not the only witness.')).toEqual(['inclusive:not only']);
  });

  it('tells how lately, not how many ("it was only formed in 2024", "only recently")', () => {
    expect(scope('The harbour patrol was only formed in 2024.')).toEqual([]);
    expect(scope('The harbour patrol only recently began its rounds.')).toEqual([]);
    expect(scope('The harbour patrol is the only unit on the quay.')).toEqual(['exclusive:only']);
  });
});
