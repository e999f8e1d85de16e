import { describe, expect, it } from 'vitest';
import { creditClause } from '@/lib/matcher/credit-clause';
import { storyMatcher } from './story-matcher';

describe('the clause that credits a claim to its source', () => {
  it('runs from the reporting verb or "according to" through the words that describe the source', () => {
    expect(creditClause('The port must plan for a closure, according to Marta Ruiz, an analyst at Lisbon University.', 'Marta Ruiz')).toBe(
      'according to Marta Ruiz, an analyst at Lisbon University.',
    );
    expect(creditClause('"We are booked until 2030," said Professor Tomasz Wilk, the yard\'s director.', 'Tomasz Wilk')).toBe(
      'said Professor Tomasz Wilk, the yard\'s director.',
    );
  });

  it('stops where a new clause begins', () => {
    expect(creditClause('The yard is booked, said Tomasz Wilk, adding that prices would rise.', 'Tomasz Wilk')).toBe('said Tomasz Wilk');
  });

  it('takes the source as the subject of the verb, past an appositive', () => {
    expect(creditClause('Tomasz Wilk, the yard\'s director, said that the order book was full.', 'Tomasz Wilk')).toBe(
      'Tomasz Wilk, the yard\'s director, said that',
    );
  });

  it('takes in the title before the source and when it spoke', () => {
    expect(creditClause('"The yard is full," Harbour Master Tomasz Wilk said last year.', 'Tomasz Wilk')).toBe('Harbour Master Tomasz Wilk said last year');
  });

  it('is not found where the name is not credited', () => {
    expect(creditClause('Tomasz Wilk visited the yard on Monday.', 'Tomasz Wilk')).toBeNull();
    expect(creditClause('The yard is booked, said Tomasz Wilk.', 'Jan Nowak')).toBeNull();
  });
});

// A story written for these tests: a quotation credited to a named and described speaker.
const story = {
  id: 'test-credit-clause',
  outlet: 'Harbour Tribune',
  title: 'Ferry yards weigh a slowdown',
  source: 'Harbour Tribune',
  text: [
    'The shipyard in Gdynia has won three orders for ferries this spring.',
    '"Shipbuilders must prepare for a slowdown if the Baltic ferry market cools," said Tomasz Wilk, managing director of the Gdynia Ship Repair Yard.',
    'A rival yard in Szczecin has laid off a third of its staff.',
  ].join('\n\n'),
};
const { one, matcher } = storyMatcher(story);

describe('a claim credited to another source', () => {
  it('is divergent even when the page describes its own source at length', () => {
    for (const sentence of [
      'Shipbuilders must prepare for a slowdown if the Baltic ferry market cools, according to Anna Kowalczyk, a senior economist at the maritime trade institute of the University of Warsaw.',
      'Shipbuilders must prepare for a slowdown if the ferry market cools, said Anna Kowalczyk, chief economist of the Polish Chamber of Maritime Commerce in Warsaw.',
    ]) {
      const v = one(sentence);
      expect(v.verdict).toBe('divergent');
      expect(v.differences).toEqual([{ kind: 'attribution', page: 'Anna Kowalczyk', corpus: 'Tomasz Wilk' }]);
      expect(v.evidence?.articleId).toBe('test-credit-clause');
    }
  });

  it('is divergent when the page says when its source spoke, which the corpus does not', () => {
    // On a page published in 2025, "last year" is 2024, a year the corpus sentence does not give.
    const [v] = matcher.match(['"Shipbuilders must prepare for a slowdown if the Baltic ferry market cools," Deputy Minister Anna Kowalczyk said last year.'], { published: '2025-06-01' });
    expect(v!.verdict).toBe('divergent');
    expect(v!.differences).toEqual([{ kind: 'attribution', page: 'Anna Kowalczyk', corpus: 'Tomasz Wilk' }]);
  });

  it('is not divergent when the page adds a fact outside the credit', () => {
    expect(one('Shipbuilders in Rotterdam must prepare for a slowdown if the Baltic ferry market cools, according to Anna Kowalczyk, a senior economist at the University of Warsaw.').verdict).not.toBe('divergent');
  });

  it('is corroborated when the page credits the same source', () => {
    expect(one('Shipbuilders must prepare for a slowdown if the Baltic ferry market cools, according to Tomasz Wilk, the yard\'s managing director.').verdict).toBe('corroborated');
  });

  it('is not a claim when only the credit is shared', () => {
    expect(one('Ferry fares will rise next year, according to Anna Kowalczyk, an economist at the University of Warsaw.').verdict).toBe('none');
  });
});

describe('a claim the corpus credits to the page\'s source in one place and to another in another', () => {
  it('is corroborated by the sentence that credits it alike, not divergent by the one that credits it otherwise', () => {
    // The bundled corpus states this claim as the memo's ("the document says") and as the NYT's report of it.
    const { one: bundled } = storyMatcher();
    const v = bundled("According to the FSB, Beijing is hunting for traces of 'ancient Chinese peoples' in the Russian Far East.");
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.sentence).toMatch(/the document says\.$/);
  });
});
