import { NUMBER_WORD_RE_SOURCE, parseNumberWords } from './number-words';
import type { DateFact, Span } from './fact-types';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7, weekday: 8, weekend: 9,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650 };

/** "in" → "[Ii]n": prepositions may open the sentence, while month names must stay capitalised (May vs may). */
function anyCase(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
}

interface Pattern {
  re: RegExp;
  /** The pattern cannot match without a digit (a day or a year): not tried on a text with none. */
  digits?: true;
  /** A quick look for a word the pattern cannot match without: not tried on a text without it. */
  needs?: RegExp;
  make: (m: RegExpExecArray) => Omit<DateFact, keyof Span> | null;
}

function month(name: string | undefined): number | undefined {
  return name ? MONTHS[name.toLowerCase().replace('.', '')] : undefined;
}

function amount(word: string): number | null {
  if (/^(a|an|one)$/i.test(word)) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return parseNumberWords(word);
}

function dayInWords(day: string, name: string): Omit<DateFact, keyof Span> | null {
  const d = DAY_WORDS[day.toLowerCase()];
  const mo = month(name);
  // A month's name in lower case is a word ("the first of may" is no date to read).
  return d && mo && /^[A-Z]/.test(name) ? { day: d, month: mo } : null;
}

/** The year "last", "this" or "next" year names, counted from the year of writing. */
const yearsFromWriting = (word: string) => (/^last$/i.test(word) ? -1 : /^this$/i.test(word) ? 0 : 1);

const UNITS_ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS_ORDINAL = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** Days of the month as ordinal words ("seventh" → 7, "twenty-first" → 21). */
const DAY_WORDS: Record<string, number> = Object.fromEntries([
  ...UNITS_ORDINAL.map((w, i) => [w, i + 1]),
  ...TEENS_ORDINAL.map((w, i) => [w, i + 10]),
  ['twentieth', 20], ...UNITS_ORDINAL.map((w, i) => [`twenty-${w}`, i + 21]),
  ['thirtieth', 30], ['thirty-first', 31],
]);
const DAY_WORD = `((?:twenty-|thirty-)?(?:${[...UNITS_ORDINAL, ...TEENS_ORDINAL, 'twentieth', 'thirtieth'].join('|')}))`;
const DAY_WORD_RE = new RegExp(`\\b${DAY_WORD}\\b`, 'i');

// Ordered: the longer, more specific forms first; each match consumes its span.
const PATTERNS: Pattern[] = [
  // "the seventh of June", "June the seventh": a day in words.
  { re: new RegExp(`\\bthe\\s+${DAY_WORD}\\s+of\\s+${MONTH}\\b`, 'gi'), needs: DAY_WORD_RE, make: (m) => dayInWords(m[1]!, m[2]!) },
  { re: new RegExp(`\\b${MONTH}\\s+the\\s+${DAY_WORD}\\b`, 'gi'), needs: DAY_WORD_RE, make: (m) => dayInWords(m[2]!, m[1]!) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, digits: true, make: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'g'), digits: true, make: (m) => ({ month: month(m[1]), day: +m[2]!, year: +m[3]! }) },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'), digits: true, make: (m) => ({ day: +m[1]!, month: month(m[2]), year: +m[3]! }) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d{4})`, 'g'), digits: true, make: (m) => ({ month: month(m[1]), day: +m[2]! }) },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'g'), digits: true, make: (m) => ({ day: +m[1]!, month: month(m[2]) }) },
  { re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), digits: true, make: (m) => ({ month: month(m[1]), year: +m[2]! }) },
  {
    // "three days before", "a week earlier", "two years later", "just three days ahead of"
    re: new RegExp(`\\b(a|an|\\d+|${NUMBER_WORD_RE_SOURCE})[\\s-]+(day|week|month|year|decade)s?\\s+(before|after|earlier|later|ahead\\s+of|prior\\s+to|since)\\b`, 'gi'),
    make: (m) => {
      const n = amount(m[1]!);
      if (n === null || /^since$/i.test(m[3]!)) return null;
      const direction = /^(before|earlier|ahead|prior)/i.test(m[3]!) ? 'before' : 'after';
      const relative = { days: n * UNIT_DAYS[m[2]!.toLowerCase()]!, direction } as const;
      return { relative: /^(earlier|later)$/i.test(m[3]!) ? { ...relative, anaphoric: true } : relative };
    },
  },
  {
    re: /\b(?:the\s+)?(following|next|previous|preceding)\s+(day|week|month|year)\b/gi,
    make: (m) => ({
      relative: { days: UNIT_DAYS[m[2]!.toLowerCase()]!, direction: /^(following|next)$/i.test(m[1]!) ? 'after' : 'before', anaphoric: true },
    }),
  },
  {
    // A time of day: "14:30", "9.30am", "6 p.m.".
    re: /\b(\d{1,2})(?::(\d{2})(?:\s*([ap])\.?m\b\.?)?|(?:\.(\d{2}))?\s*([ap])\.?m\b\.?)/gi,
    digits: true,
    make: (m) => {
      const hours = +m[1]!;
      const minutes = +(m[2] ?? m[4] ?? 0);
      const meridiem = (m[3] ?? m[5])?.toLowerCase();
      if (minutes > 59 || hours > (meridiem ? 12 : 23) || (meridiem && hours === 0)) return null;
      const h = meridiem ? (hours % 12) + (meridiem === 'p' ? 12 : 0) : hours;
      // "2:30" may be in the afternoon; "2.30pm", "14:30" and "02:30" are not in doubt.
      return { time: { minutes: h * 60 + minutes, exact: !!meridiem || hours > 12 || m[1]!.startsWith('0') } };
    },
  },
  {
    // Told from the day of writing: "yesterday", "today", "last night", "the day before yesterday".
    re: /\b(?:(the\s+day\s+before\s+yesterday)|(yesterday|last\s+night)|(today|tonight|this\s+(?:morning|afternoon|evening))|(tomorrow))\b/gi,
    make: (m) => ({ fromWriting: { days: m[1] ? -2 : m[2] ? -1 : m[3] ? 0 : 1 } }),
  },
  {
    // "last month", "earlier this month", "next month".
    re: /\b(?:(last|previous)|(?:earlier\s+|later\s+)?(this)|(next|coming))\s+month\b/gi,
    make: (m) => ({ fromWriting: { months: m[1] ? -1 : m[2] ? 0 : 1 } }),
  },
  {
    // "the second quarter of 2024", "the third quarter of last year", "Q3 2023".
    re: new RegExp(`\\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))(?:\\s+of)?(?:\\s+(?:${YEAR}|(last|this|next)\\s+year))?`, 'gi'),
    make: (m) => {
      const quarter = m[2] ? +m[2] : { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 }[m[1]!.toLowerCase()]!;
      // "the last quarter" alone may be the one just gone: only with a year is it the fourth.
      if (!m[2] && /^last$/i.test(m[1]!) && !m[3] && !m[4]) return null;
      const year = m[3] ? +m[3] : undefined;
      const fromWriting = m[4] ? { years: yearsFromWriting(m[4]) } : undefined;
      return { quarter, ...(year !== undefined ? { year } : {}), ...(fromWriting ? { fromWriting } : {}) };
    },
  },
  {
    // "last year", "this year", "next year", "two years ago", "a year ago".
    re: new RegExp(`\\b(?:(last|this|next)\\s+year|(a|\\d+|${NUMBER_WORD_RE_SOURCE})\\s+years?\\s+ago)\\b`, 'gi'),
    make: (m) => {
      if (m[1]) return { fromWriting: { years: yearsFromWriting(m[1]) } };
      const n = amount(m[2]!);
      return n === null ? null : { fromWriting: { years: -n } };
    },
  },
  {
    re: /\b(?:(?:every|each|on|last|next|this|on\s+a)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekday|weekend)s?\b/g,
    make: (m) => ({ weekday: WEEKDAYS[m[1]!.toLowerCase()]! }),
  },
  { re: new RegExp(`\\b(?:the\\s+)?${YEAR}s\\b`, 'g'), digits: true, make: (m) => ({ year: +m[1]!, yearEnd: +m[1]! + 9 }) },
  { digits: true, re: new RegExp(`\\b${YEAR}\\b(?![,.]\\d)(?!\\s*(?:km|miles?|people|kilomet|metres|meters|%|per\\s*cent))`, 'g'), make: (m) => ({ year: +m[1]! }) },
  {
    // A month alone, when it reads as a date: "in May", "since March", "a May arms fair".
    re: new RegExp(`\\b(?:${anyCase(['in', 'on', 'since', 'until', 'by', 'from', 'to', 'of', 'last', 'next', 'early', 'late', 'mid', 'this', 'during', 'a', 'an'])})[\\s-]+(?:early\\s+|late\\s+|mid-?)?${MONTH}\\b`, 'g'),
    make: (m) => ({ month: month(m[1]) }),
  },
];

const DIGIT_RE = /\d/;

/** Dates in a sentence: absolute (June 7, 7 June 2025, March 2022, 1969, the 1990s) and relative ("three days before"). */
export function extractDates(text: string, taken: boolean[]): DateFact[] {
  const out: DateFact[] = [];
  const hasDigit = DIGIT_RE.test(text);
  for (const { re, make, digits, needs } of PATTERNS) {
    if ((digits && !hasDigit) || (needs && !needs.test(text))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const fact = make(m);
      if (!fact) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      out.push({ ...fact, text: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The quarter of the year a date falls in, when it says (a quarter, or a month). */
const quarterOf = (x: DateFact) => x.quarter ?? (x.month !== undefined && x.fromWriting?.months === undefined ? Math.ceil(x.month / 3) : undefined);

/** Two dates in the same quarter of years that may be the same. */
function sameQuarter(a: DateFact, b: DateFact): boolean {
  return quarterOf(a) === quarterOf(b) && (a.year === undefined || b.year === undefined || a.year === b.year);
}

/** Two times of day: "2:30" without am or pm may be half past two in the afternoon. */
function sameTime(a: { minutes: number; exact: boolean }, b: { minutes: number; exact: boolean }): boolean {
  if (a.minutes === b.minutes) return true;
  return (!a.exact || !b.exact) && a.minutes % 720 === b.minutes % 720;
}

/** A day of a month, known (as a date resolved from the day of writing knows its day of the week too). */
const dated = (x: DateFact) => x.month !== undefined && x.day !== undefined;

/** Told from the day of writing and not resolved: its day is unknown. */
export const unresolved = (x: DateFact) => x.fromWriting !== undefined && x.year === undefined;

/** The same words counted from the day of writing ("last year" / "last year"). */
export function sameFromWriting(a: DateFact, b: DateFact): boolean {
  const [x, y] = [a.fromWriting, b.fromWriting];
  return !!x && !!y && x.days === y.days && x.months === y.months && x.years === y.years;
}

/** Whether two dates can denote the same time (missing parts do not conflict). */
export function datesAgree(a: DateFact, b: DateFact): boolean {
  if (a.time || b.time) return !!a.time && !!b.time && sameTime(a.time, b.time);
  if (unresolved(a) || unresolved(b)) return sameFromWriting(a, b) && (a.quarter === undefined || b.quarter === undefined || a.quarter === b.quarter);
  if (a.quarter !== undefined || b.quarter !== undefined) return sameQuarter(a, b);
  if (a.relative || b.relative) {
    if (!a.relative || !b.relative) return false;
    if (a.relative.days !== b.relative.days) return false;
    // "a year before the collapse" and "(it collapsed) the following year": one interval seen from
    // each of its ends, so the direction may flip.
    return a.relative.direction === b.relative.direction || !a.relative.anaphoric !== !b.relative.anaphoric;
  }
  if ((a.weekday !== undefined || b.weekday !== undefined) && !(dated(a) && dated(b))) return a.weekday === b.weekday;
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
  const yearsOverlap =
    a.year === undefined || b.year === undefined || (a.year <= (b.yearEnd ?? b.year) && b.year <= (a.yearEnd ?? a.year));
  return yearsOverlap && (a.month === undefined || b.month === undefined || a.month === b.month) &&
    (a.day === undefined || b.day === undefined || a.day === b.day);
}

/** Whether two dates talk about the same kind of time (both relative, or sharing a field), so a mismatch is a conflict. */
export function datesComparable(a: DateFact, b: DateFact): boolean {
  if (a.relative || b.relative) return !!a.relative && !!b.relative;
  if (a.time || b.time) return !!a.time && !!b.time;
  // "the second quarter of last year" with no day of writing: only the same words can be set against it.
  if (unresolved(a) || unresolved(b)) return sameFromWriting(a, b);
  if (a.quarter !== undefined || b.quarter !== undefined) return quarterOf(a) !== undefined && quarterOf(b) !== undefined;
  if (a.weekday !== undefined || b.weekday !== undefined) return (a.weekday !== undefined && b.weekday !== undefined) || (dated(a) && dated(b));
  return (a.year !== undefined && b.year !== undefined) || (a.month !== undefined && b.month !== undefined);
}
