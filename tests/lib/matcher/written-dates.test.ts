import { describe, expect, it } from 'vitest';
import { datesAgree, datesComparable, extractDates } from '@/lib/matcher/dates';
import { calendarDay, resolveFromWriting } from '@/lib/matcher/written-dates';
import { storyMatcher } from './story-matcher';

const datesOf = (text: string) => extractDates(text, new Array<boolean>(text.length).fill(false));
/** The dates of a sentence written on `published`, as [words, year, month, day]. */
const resolved = (text: string, published: string) =>
  resolveFromWriting(datesOf(text), text, calendarDay(published)!).map((d) => [d.text, d.year, d.month, d.day]);

describe('the day of writing', () => {
  it('is read from an ISO date or date-time, and nothing else', () => {
    expect(calendarDay('2025-06-08')).toEqual({ year: 2025, month: 6, day: 8 });
    expect(calendarDay('2025-06-08T23:10:00+09:00')).toEqual({ year: 2025, month: 6, day: 8 });
    expect(calendarDay('2025-02-30')).toBeNull();
    expect(calendarDay('June 8, 2025')).toBeNull();
    expect(calendarDay('')).toBeNull();
    expect(calendarDay(undefined)).toBeNull();
  });
});

describe('dates told from the day of writing', () => {
  // 2025-06-08 was a Sunday.
  const SUNDAY = '2025-06-08';

  it('"yesterday", "today" and "the day before yesterday" are days counted back from it', () => {
    expect(resolved('The envoy met the secretaries yesterday.', SUNDAY)).toEqual([['yesterday (June 7, 2025)', 2025, 6, 7]]);
    expect(resolved('The envoy flies home today.', '2025-03-01')).toEqual([['today (March 1, 2025)', 2025, 3, 1]]);
    expect(resolved('The talks began the day before yesterday.', '2025-03-01')).toEqual([['the day before yesterday (February 27, 2025)', 2025, 2, 27]]);
  });

  it('a weekday is the last such day, or the next one when the sentence looks ahead', () => {
    expect(resolved('The paper reported on Thursday that the draft was leaked.', SUNDAY)).toEqual([['on Thursday (June 5, 2025)', 2025, 6, 5]]);
    expect(resolved('The envoy will meet the secretaries on Thursday.', SUNDAY)).toEqual([['on Thursday (June 12, 2025)', 2025, 6, 12]]);
    expect(resolved('The talks ended on Sunday.', SUNDAY)).toEqual([['on Sunday (June 8, 2025)', 2025, 6, 8]]);
    expect(resolved('The talks ended last Sunday.', SUNDAY)).toEqual([['last Sunday (June 1, 2025)', 2025, 6, 1]]);
  });

  it('a weekday that is no one day stays as it is', () => {
    for (const text of ['The market opens every Monday.', 'The market opens on Mondays.', 'The market opens this Friday.', 'The market is busy at the weekend.']) {
      const [date] = resolved(text, SUNDAY);
      expect(date?.[3], text).toBeUndefined();
    }
  });

  it('"last year" and "two years ago" are years', () => {
    expect(resolved('Exports fell last year.', SUNDAY)).toEqual([['last year (2024)', 2024, undefined, undefined]]);
    expect(resolved('The plant closed two years ago.', SUNDAY)).toEqual([['two years ago (2023)', 2023, undefined, undefined]]);
  });
});

describe('a page with its day of publication (matcher)', () => {
  const { matcher } = storyMatcher({
    id: 'test-ferry-talks',
    outlet: 'Fjord Wire',
    title: 'Ferry operator and union agree winter timetable',
    source: 'Fjord Wire',
    text: 'On March 6, the ferry operator Nordlys and the seafarers union agreed a winter timetable of four daily sailings after two days of talks in Bergen.\n\nThe union had threatened a strike over crew rest hours.',
  });
  const page = 'The ferry operator Nordlys and the seafarers union agreed a winter timetable of four daily sailings yesterday after two days of talks in Bergen.';

  it('sets its "yesterday" against the corpus date: another day is a changed date', () => {
    const [v] = matcher.match([page], { published: '2025-03-08' });
    expect(v!.verdict).toBe('divergent');
    expect(v!.differences).toEqual([{ kind: 'date', page: 'yesterday (March 7, 2025)', corpus: 'March 6' }]);
  });

  it('and the same day agrees', () => {
    expect(matcher.match([page], { published: '2025-03-07' })[0]!.verdict).toBe('corroborated');
    expect(matcher.match([page.replace('yesterday', 'on Thursday')], { published: '2025-03-08' })[0]!.verdict).toBe('corroborated');
  });

  it('without a day of publication, "yesterday" is neither a changed date nor a new fact', () => {
    expect(matcher.match([page])[0]!.verdict).toBe('corroborated');
    expect(matcher.match([page], { published: 'not a date' })[0]!.verdict).toBe('corroborated');
  });
});

describe('months and quarters', () => {
  it('"last month" is a month counted back from the day of writing', () => {
    expect(resolved('Exports fell last month.', '2025-01-15')).toEqual([['last month (December 2024)', 2024, 12, undefined]]);
    expect(resolved('Exports fell earlier this month.', '2025-01-15')).toEqual([['earlier this month (January 2025)', 2025, 1, undefined]]);
  });

  const facts = (page: string, corpus: string, published?: string) => {
    const [p] = published ? resolveFromWriting(datesOf(page), page, calendarDay(published)!) : datesOf(page);
    const [c] = datesOf(corpus);
    return { comparable: datesComparable(p!, c!), agree: datesAgree(p!, c!) };
  };

  it('a quarter is compared with a quarter, or with a month in it', () => {
    expect(facts('Deposits fell in the third quarter of 2024.', 'Deposits fell in the second quarter of 2024.')).toEqual({ comparable: true, agree: false });
    expect(facts('Deposits fell in Q2 2024.', 'Deposits fell in the second quarter of 2024.')).toEqual({ comparable: true, agree: true });
    expect(facts('Deposits fell in May 2024.', 'Deposits fell in the second quarter of 2024.')).toEqual({ comparable: true, agree: true });
    expect(facts('Deposits fell in the second quarter of 2023.', 'Deposits fell in the second quarter of 2024.')).toEqual({ comparable: true, agree: false });
  });

  it('"the second quarter of last year" agrees with the same words, and with the year once it is known', () => {
    expect(facts('Deposits fell since the second quarter of last year.', 'Deposits fell since the second quarter of last year.')).toEqual({ comparable: true, agree: true });
    expect(facts('Deposits fell since the second quarter of last year.', 'Deposits fell since the second quarter of 2024.', '2025-06-08')).toEqual({ comparable: true, agree: true });
    expect(facts('Deposits fell since the second quarter of last year.', 'Deposits fell since the second quarter of 2023.', '2025-06-08')).toEqual({ comparable: true, agree: false });
  });
});
