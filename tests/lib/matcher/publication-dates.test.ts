import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { matcher } = storyMatcher({
  id: 'test-publication-dates',
  outlet: 'Harbour Post',
  title: 'A new harbour master',
  source: 'Harbour Post',
  text: 'Erik Sand, who was deputy harbour master of Veldhaven from 2014 to 2019, was named harbour master on Friday.',
});
const match = (sentence: string) => matcher.match([sentence], { published: '2025-06-27' })[0]!;

describe('a day that dates a piece of the paper ("Monday\'s report")', () => {
  it('is not a fact of the claim the page corrects', () => {
    expect(match("Monday's report gave the wrong years for Erik Sand: he was deputy harbour master of Veldhaven from 2014 to 2019.").verdict).toBe('corroborated');
  });

  it('unlike a day the claim itself gives', () => {
    expect(match('On Monday, Erik Sand said he was deputy harbour master of Veldhaven from 2014 to 2019.').verdict).not.toBe('corroborated');
  });
});
