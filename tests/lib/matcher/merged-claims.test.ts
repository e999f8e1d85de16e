import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-merged-claims',
  outlet: 'Harbour Post',
  title: 'A new ferry timetable',
  source: 'Harbour Post',
  text: [
    'The harbour board has drawn up a new winter timetable for the island ferries.',
    'It first tried the timetable on the Kelda crossing, according to the minutes.',
    'Set up in 2024, the board\'s ferry office sells tickets for the island ferries at the quay.',
    'The inspection report runs to twelve pages and lists the faults found on the Kelda ferry.',
    'The report is unsigned, though it appears to have been written in the autumn of 2023.',
  ].join('\n\n'),
});

describe('a page sentence that folds two neighbouring corpus sentences into one', () => {
  it('with a fact of the second changed is divergent, with the second as evidence', () => {
    const v = one('The harbour board has drawn up a new winter timetable that it first tried on the Varne crossing, the minutes say.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['name']);
    expect(v.evidence?.sentence).toBe('It first tried the timetable on the Kelda crossing, according to the minutes.');
  });

  it('with both parts as the corpus has them is corroborated', () => {
    expect(one('The harbour board has drawn up a new winter timetable that it first tried on the Kelda crossing, the minutes say.').verdict).toBe('corroborated');
  });

  it('a fact of another event, near a sentence that gives another value, is not taken for a change', () => {
    expect(one('The harbour board says its new winter timetable for the island ferries will be fully in force by the end of 2027.').verdict).not.toBe('divergent');
  });

  it('with each part confirmed by one of them, and nothing changed, is corroborated', () => {
    const v = one('The inspection report, twelve pages long and unsigned, appears to have been written in the autumn of 2023.');
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.sentence).toBe('The report is unsigned, though it appears to have been written in the autumn of 2023.');
    expect(one('The inspection report, fifteen pages long and unsigned, appears to have been written in the autumn of 2023.').verdict).not.toBe('corroborated');
  });

  it('a denial of the page is never taken for a fact the other sentence states', () => {
    expect(one('The inspection report, twelve pages long, appears not to have been written in the autumn of 2023.').verdict).not.toBe('corroborated');
  });
});

const founded = storyMatcher({
  id: 'test-merged-founding',
  outlet: 'Harbour Post',
  title: 'Engineers on the border',
  source: 'Harbour Post',
  text: [
    'The 4th Brigade is one of three new engineering brigades stationed along the northern border.',
    'Created in 2021, the new engineering brigade and its bridging units occupy riverside camps along the northern border.',
  ].join('\n\n'),
});

describe('a page sentence that adds when something was set up to a corpus sentence', () => {
  it('is divergent when the sentence next to it gives another year, even if only the founding verb is its part', () => {
    const v = founded.one('The 4th Brigade, which was set up in 2019, is one of three new engineering brigades stationed along the northern border.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: '2019', corpus: '2021' }]);
    expect(v.evidence?.sentence).toMatch(/^Created in 2021/);
  });

  it('is not divergent when the year is the one the corpus gives', () => {
    expect(founded.one('The 4th Brigade, which was set up in 2021, is one of three new engineering brigades stationed along the northern border.').verdict).not.toBe('divergent');
  });
});
