import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());

describe('a wire dateline with a date ("OSLO, May 3 (Fjord Wire) - ")', () => {
  it('adds no fact: its place, date and agency are where and when the story was filed', () => {
    const f = facts('BERGEN, May 3 (Fjord Wire) - The ferry operator cut its winter timetable on Tuesday.', 'The ferry operator cut its winter timetable on Tuesday.');
    expect(f.novel).toEqual([]);
    expect(f.differences).toEqual([]);
  });

  it('leaves the body alone: a date or a name after the dateline is still a fact of the page', () => {
    const f = facts('BERGEN, May 3 (Fjord Wire) - The ferry operator cut its winter timetable in March, Statnett said.', 'The ferry operator cut its winter timetable.');
    expect(f.novel).toEqual(['in March']);
    // Without the dateline's shape (no capitals, no day), nothing is dropped.
    expect(facts('In Bergen on May 3 the ferry operator cut its winter timetable.', 'The ferry operator cut its winter timetable.').novel.length).toBeGreaterThan(0);
  });
});
