import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-clause-denials',
  outlet: 'Harbour Post',
  title: 'The ferry line and its rivals',
  source: 'Harbour Post',
  text: [
    'After signing a pooling pact with the Nordlys line in 1998, the ferry company did not sign another pact with any rival after the price dispute.',
    'The island has not held a regatta since a three-day race against the mainland clubs in 2004.',
    'The harbour board approved the dredging plan in May after a long consultation.',
    'Harbour pilots were warned to avoid the northern channel during the winter storms.',
  ].join('\n\n'),
});

describe('a denial in the corpus sentence, and a page that speaks of another of its clauses', () => {
  it('the clause the denial leaves alone is confirmed', () => {
    expect(one('The ferry company signed a pooling pact with the Nordlys line in 1998.').verdict).toBe('corroborated');
  });

  it('the act the denial denies, affirmed on the page, is not confirmed', () => {
    expect(one('After the price dispute, the ferry company signed another pact with a rival line.').verdict).not.toBe('corroborated');
  });
});

describe('"the last X" against "no X since"', () => {
  it('is the same claim', () => {
    expect(one('2004: the island holds a three-day race against the mainland clubs, the last regatta it has held.').verdict).toBe('corroborated');
  });

  it('but an X held since is not', () => {
    expect(one('The island has held a regatta since the three-day race against the mainland clubs in 2004.').verdict).not.toBe('corroborated');
  });
});

describe('a denial set in the frame of a sentence that has its own negation elsewhere', () => {
  it('denies what that sentence affirms', () => {
    expect(one('Harbour pilots were not told to avoid the northern channel during the winter storms.').verdict).not.toBe('corroborated');
  });

  it('the same frame without the denial is the same claim', () => {
    expect(one('Harbour pilots were cautioned to avoid the northern channel during the winter storms.').verdict).toBe('corroborated');
  });
});
