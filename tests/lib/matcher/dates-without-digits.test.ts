import { describe, expect, it } from 'vitest';
import { extractDates } from '@/lib/matcher/dates';

const read = (text: string) => extractDates(text, new Array<boolean>(text.length).fill(false)).map(({ text: t, ...rest }) => ({ t, ...rest }));

describe('dates in a text with no digit', () => {
  it('still finds months, weekdays and relative dates written in words', () => {
    const found = read('The talks began in March, resumed on Tuesday and ended three days later.');
    expect(found.map((d) => d.t)).toEqual(['in March', 'on Tuesday', 'three days later']);
    expect(found[0]).toMatchObject({ month: 3 });
    expect(found[1]).toMatchObject({ weekday: 2 });
    expect(found[2]).toMatchObject({ relative: { days: 3, direction: 'after' } });
  });

  it('finds nothing in a text with neither digits nor date words', () => {
    expect(read('The council said the bridge would reopen once the inspection was complete.')).toEqual([]);
  });

  it('reads days and years once the text has digits', () => {
    const found = read('The plant opened on 7 June 2025, a year after the 1990s plan was revived in May 2024.');
    expect(found.map((d) => d.t)).toEqual(['7 June 2025', 'a year after', 'the 1990s', 'May 2024']);
    expect(found[0]).toMatchObject({ day: 7, month: 6, year: 2025 });
    expect(found[2]).toMatchObject({ year: 1990, yearEnd: 1999 });
  });
});

describe('a day of the month in words', () => {
  it('reads "the seventh of June" and "June the twenty-first"', () => {
    expect(read('The report appeared on the seventh of June.')).toMatchObject([{ t: 'the seventh of June', day: 7, month: 6 }]);
    expect(read('It opened on June the twenty-first.')[0]).toMatchObject({ t: 'June the twenty-first', day: 21, month: 6 });
  });

  it('leaves a month written in lower case alone', () => {
    expect(read('They met on the first of may.')).toEqual([]);
  });
});
