import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-all-against-some',
  outlet: 'Harbour Post',
  title: 'Fog closes the channel',
  source: 'Harbour Post',
  text: 'Some Veldhaven ferry operators have cancelled their night sailings because of the fog, the harbour master said.',
});

describe('"all" of a group against "some" of it', () => {
  it('is a change of scope, "all the" of a group read as "all" ("all the ferry operators" / "some ferry operators")', () => {
    const v = one('All the Veldhaven ferry operators have cancelled their night sailings because of the fog, the harbour master said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'All', corpus: 'Some' }]);
  });

  it('is no change where the page says "some" too', () => {
    expect(one('Some of the Veldhaven ferry operators have cancelled their night sailings because of the fog, the harbour master said.').verdict).toBe('corroborated');
  });

  it('is not read across a comma ("some, though not all, of them")', () => {
    const v = one('The Veldhaven ferry operators met, and some, though not all, of them have cancelled their night sailings because of the fog, the harbour master said.');
    expect(v.differences.filter((d) => d.kind === 'scope')).toEqual([]);
  });
});

describe('"all the" before a word that is not a group', () => {
  it('is no quantifier ("all the same", "all the time")', () => {
    expect(analyzeSentence('All the same, the ferry operators cancelled their night sailings.').facts.quantifiers).toEqual([]);
    expect(analyzeSentence('The ferries ran all the time.').facts.quantifiers).toEqual([]);
    expect(analyzeSentence('All the Veldhaven ferry operators cancelled.').facts.quantifiers).toEqual([{ size: 'large', cue: 'All', noun: 'oper' }]);
  });
});
