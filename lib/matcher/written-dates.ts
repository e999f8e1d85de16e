import type { DateFact } from './fact-types';

/** A day of the calendar: the day an article was published, from which it counts "yesterday". */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/;

/** The day of an ISO 8601 date or date-time ("2025-06-08", "2025-06-08T09:30:00Z"), or null when it is none. */
export function calendarDay(iso: string | undefined | null): CalendarDay | null {
  const m = iso ? ISO_DAY_RE.exec(iso.trim()) : null;
  if (!m) return null;
  const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function shifted(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 1-7 for Monday-Sunday, as DateFact.weekday. */
function weekdayOf(day: CalendarDay): number {
  return ((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) + 1;
}

/** Words that put what a sentence tells ahead of its writing ("will meet on Thursday", "is due to"). */
const FUTURE_RE = /\b(?:will|won't|shall|'ll|is\s+(?:due|set|expected|scheduled|to)|are\s+(?:due|set|expected|scheduled|to)|plans?\s+to|next|coming|upcoming|tomorrow)\b/i;

/**
 * The day a weekday names, told from the day of writing: the last such day on or before it
 * ("met on Thursday"), the one before that for "last Thursday" written on a Thursday, or the next
 * one when the sentence looks ahead ("will meet on Thursday", "next Thursday"). Null for a weekday
 * that is no one day ("every Monday", "on Mondays", "this Friday", a weekend).
 */
function weekdayDay(fact: DateFact, sentence: string, written: CalendarDay): CalendarDay | null {
  const weekday = fact.weekday;
  if (weekday === undefined || weekday > 7) return null;
  const text = fact.text.toLowerCase();
  if (/^(?:every|each|on a|this)\b/.test(text) || /s$/.test(text)) return null;
  const today = weekdayOf(written);
  if (/^next\b/.test(text) || (!/^last\b/.test(text) && FUTURE_RE.test(sentence))) {
    return shifted(written, ((weekday - today + 7) % 7) || 7);
  }
  const back = (today - weekday + 7) % 7;
  return shifted(written, /^last\b/.test(text) && back === 0 ? -7 : -back);
}

/** How the resolved day is shown next to the page's words: "yesterday (June 7, 2025)". */
function shown(fact: DateFact, day: { year: number; month?: number; day?: number }): string {
  const month = day.month === undefined ? '' : MONTH_NAMES[day.month - 1];
  const when = day.day === undefined ? `${month} ${day.year}`.trim() : `${month} ${day.day}, ${day.year}`;
  return `${fact.text} (${when})`;
}

/**
 * The page's dates told from its day of writing ("yesterday", "on Thursday", "last year") as the
 * days they name, given the day the page was published; other dates are returned unchanged. A
 * resolved date keeps its words, with the day it names after them, and compares as that day.
 */
export function resolveFromWriting(dates: readonly DateFact[], sentence: string, written: CalendarDay): DateFact[] {
  return dates.map((fact) => {
    if (fact.fromWriting) {
      const { days, months, years } = fact.fromWriting;
      if (years !== undefined) {
        const year = written.year + years;
        return { ...fact, year, text: shown(fact, { year }) };
      }
      if (months !== undefined) {
        const index = written.year * 12 + written.month - 1 + months;
        const day = { year: Math.floor(index / 12), month: (index % 12) + 1 };
        return { ...fact, ...day, text: shown(fact, day) };
      }
      const day = shifted(written, days ?? 0);
      return { ...fact, ...day, weekday: weekdayOf(day), text: shown(fact, day) };
    }
    const day = weekdayDay(fact, sentence, written);
    return day ? { ...fact, ...day, text: shown(fact, day) } : fact;
  });
}
