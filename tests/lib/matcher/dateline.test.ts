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

describe('the time stamp of a live page entry ("08:05 Ferry operator ...")', () => {
  it('adds no fact: it is when the entry was posted', () => {
    const f = facts('08:05 Ferry operator cuts its winter timetable to four sailings', 'The ferry operator cut its winter timetable to four sailings on Tuesday.');
    expect(f.novel).toEqual([]);
    expect(f.differences).toEqual([]);
    expect(facts('9.30am - Ferry operator cuts its winter timetable to four sailings', 'The ferry operator cut its winter timetable to four sailings.').novel).toEqual([]);
  });

  it('is no count anywhere in a sentence, while figures next to it still are', () => {
    expect(analyzeSentence('The ferry left at 14:30 with 120 passengers.').facts.quantities.map((q) => q.value)).toEqual([120]);
    expect(analyzeSentence('The ferry left at 14:30 with 120 passengers.').facts.dates.map((d) => d.time?.minutes)).toEqual([870]);
    // A ratio or a score is no time stamp at the start of a sentence without a capital after it.
    expect(analyzeSentence('3:1 was the final score.').text).toBe('3:1 was the final score.');
    expect(analyzeSentence('12.50 Euros were paid for each ticket, the ferry operator said.').facts.quantities.map((q) => q.value)).toEqual([12.5]);
    expect(analyzeSentence('9.30 - Ferry operator cuts its timetable').text).toBe('Ferry operator cuts its timetable');
  });
});

describe('a time of day in a sentence', () => {
  const corpus = 'The ferry left Bergen at 2.30pm with 120 passengers on board.';
  it('agrees in another notation', () => {
    for (const page of ['The ferry left Bergen at 14:30 with 120 passengers on board.', 'The ferry left Bergen at 2:30 with 120 passengers on board.', 'The ferry left Bergen at 2.30 p.m. with 120 passengers on board.']) {
      const f = facts(page, corpus);
      expect(f.differences, page).toEqual([]);
      expect(f.novel, page).toEqual([]);
    }
  });

  it('another time is a changed date, and a time the corpus does not give is a new fact', () => {
    expect(facts('The ferry left Bergen at 4.30pm with 120 passengers on board.', corpus).differences).toEqual([{ kind: 'date', page: '4.30pm', corpus: '2.30pm' }]);
    expect(facts('The ferry left Bergen at 02:30 with 120 passengers on board.', corpus).differences).toEqual([{ kind: 'date', page: '02:30', corpus: '2.30pm' }]);
    expect(facts('The ferry left Bergen at 14:30 with 120 passengers on board.', 'The ferry left Bergen with 120 passengers on board.').novel).toEqual(['14:30']);
  });
});

describe('the number of an item in a list ("Two: ...")', () => {
  it('adds no count: it is the item\'s place in the list', () => {
    expect(facts('Two: the ferry operator cut its winter timetable on Tuesday.', 'The ferry operator cut its winter timetable on Tuesday.').novel).toEqual([]);
    expect(facts('Two: The ferry operator cut its winter timetable on Tuesday.', 'The ferry operator cut its winter timetable on Tuesday.').novel).toEqual([]);
    expect(facts('3. The ferry operator cut its winter timetable on Tuesday.', 'The ferry operator cut its winter timetable on Tuesday.').novel).toEqual([]);
  });

  it('while a count that opens a sentence is still a count', () => {
    expect(analyzeSentence('Two ferries were cut from the winter timetable.').facts.quantities.map((q) => q.value)).toEqual([2]);
    expect(analyzeSentence('3.5 per cent of sailings were cut.').facts.quantities.map((q) => q.value)).toEqual([3.5]);
  });
});
