import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { governedStem } from '@/lib/matcher/polarity';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-no-plan',
  outlet: 'Mill Town Gazette',
  title: 'Paper mill owner weighs its future',
  source: 'Mill Town Gazette',
  text: [
    'The owner of the Larchfield paper mill said it would sell the riverside warehouse to the county next spring.',
    'Workers at the mill were told of the decision at a meeting on Friday.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);
const governed = (sentence: string) => {
  const f = analyzeSentence(sentence);
  return f.facts.negations.map((c) => governedStem(f.tokens, c));
};

describe('"no plans to", "no need to": the act after the intent is denied', () => {
  it('reads the act that "no" denies through the intent', () => {
    expect(governed('The owner has no plans to sell the warehouse.')).toEqual(['sell']);
    expect(governed('The firm saw no need to change its strategy.')).toEqual(['chang']);
    expect(governed('She had no intention of leaving the party.')).toEqual(['leav']);
    // "no" before any other noun still governs no verb.
    expect(governed('There was no warehouse by the river.')).toEqual([null]);
  });

  it('makes the denied plan divergent on polarity, keeps the plan itself corroborated, and a topical sentence none', () => {
    const v = one('The owner of the Larchfield paper mill said it had no plans to sell the riverside warehouse to the county next spring.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
    expect(one('The owner of the Larchfield paper mill said it planned to sell the riverside warehouse to the county next spring.').verdict).toBe('corroborated');
    expect(one('The county has no plans to build a new bridge over the river.').verdict).toBe('none');
  });
});
