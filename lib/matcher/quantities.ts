import { STOPWORDS } from '@/lib/text/stopwords';
import type { Dimension, Quantity } from './fact-types';
import { wordTerm } from './lexicon';
import { NUMBER_WORD_RE_SOURCE, parseDigits, parseNumberWords, scaleOf } from './number-words';

interface Unit {
  name: string;
  dimension: Dimension;
  factor: number;
  currency?: string;
}

const UNITS: [RegExp, Unit][] = [
  [/^(?:km|kms|kilomet(?:re|er)s?)\b/i, { name: 'km', dimension: 'length', factor: 1 }],
  [/^miles?\b/i, { name: 'mile', dimension: 'length', factor: 1.609344 }],
  [/^(?:cubic\s+met(?:re|er)s?|bcm)\b/i, { name: 'm3', dimension: 'volume', factor: 1 }],
  [/^(?:m|met(?:re|er)s?)\b/i, { name: 'm', dimension: 'length', factor: 0.001 }],
  [/^(?:%|percent\b|per\s*cent\b|percentage\s+points?\b)/i, { name: 'percent', dimension: 'percent', factor: 1 }],
  [/^(?:hours?|hrs?)\b/i, { name: 'hour', dimension: 'duration', factor: 1 }],
  [/^minutes?\b/i, { name: 'minute', dimension: 'duration', factor: 1 / 60 }],
  [/^days?\b/i, { name: 'day', dimension: 'duration', factor: 24 }],
  [/^weeks?\b/i, { name: 'week', dimension: 'duration', factor: 168 }],
  [/^months?\b/i, { name: 'month', dimension: 'duration', factor: 730 }],
  [/^years?-old\b/i, { name: 'age', dimension: 'age', factor: 1 }],
  [/^years?\b/i, { name: 'year', dimension: 'duration', factor: 8760 }],
  [/^(?:us\s+)?dollars?\b/i, { name: 'dollar', dimension: 'money', factor: 1, currency: 'USD' }],
  [/^euros?\b/i, { name: 'euro', dimension: 'money', factor: 1, currency: 'EUR' }],
  [/^(?:pounds?\s+sterling|pounds?)\b/i, { name: 'pound', dimension: 'money', factor: 1, currency: 'GBP' }],
  [/^(?:yuan|renminbi)\b/i, { name: 'yuan', dimension: 'money', factor: 1, currency: 'CNY' }],
  [/^yen\b/i, { name: 'yen', dimension: 'money', factor: 1, currency: 'JPY' }],
];
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

const APPROX_BEFORE_RE =
  /\b(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|more\s+than|over|upwards\s+of|at\s+least|less\s+than|under|fewer\s+than|up\s+to|just\s+over|just\s+under|an\s+estimated|estimated|as\s+many\s+as|as\s+much\s+as)\s+$/i;

const CORE_RE = new RegExp(
  `(US\\$|[$€£¥])?\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?[½¼¾]?|[½¼¾])(st|nd|rd|th)?(?:\\s*(thousand|million|billion|trillion|bn|m)\\b)?|\\b(${NUMBER_WORD_RE_SOURCE})\\b`,
  'gi',
);

const REFERENCE_BEFORE_RE = /\b(the|these|those|their|its|all)\s+$/i;

const MONTH_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** True when the digits belong to a name or model ("Su-27", "F-35B", "TeamT5", "Power of Siberia 2"). */
function isPartOfName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (/[A-Za-z]-?$/.test(before)) return true;
  const prev = /\b([A-Z][a-z]+)\s$/.exec(before)?.[1];
  return !!prev && namesNumber(prev);
}
const OPENING_WORDS = /^(In|On|At|By|Since|Some|About|Around|Nearly|Almost|Over|Only|All|The|Just|Roughly|Of|For|With|From|To|And|But|Than|Until|After|Before)$/;

/** Whether a capitalised word before a number names the thing numbered ("Regiment 7", "Su-27"), not a month or a word that opens a phrase. */
export function namesNumber(word: string): boolean {
  return !MONTH_NAMES.test(word) && !OPENING_WORDS.test(word);
}

/** The counted thing: the first plural-looking word among the next few, else the last of them. */
function nounAfter(rest: string): string | null {
  const words: string[] = [];
  for (const m of rest.matchAll(/[A-Za-z][A-Za-z'-]*|[,.;:()"]/g)) {
    const w = m[0];
    if (!/^[A-Za-z]/.test(w) || STOPWORDS.has(w.toLowerCase())) break;
    words.push(w);
    if (words.length === 3) break;
  }
  const lower = words.filter((w) => /^[a-z]/.test(w));
  const plural = lower.find((w) => /[^s]s$/.test(w));
  const pick = plural ?? lower[lower.length - 1];
  if (!pick) return null;
  const head = pick.split('-').pop()!.toLowerCase();
  // "30 times" counts occasions of whatever the sentence is about: no noun of its own.
  if (head === 'times' || head === 'time') return null;
  return wordTerm(head);
}

/** Fractions of a whole, as shares in percent ("half of", "cut by a third", "two-thirds of"). */
const PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const FRACTION_RE = /\b(?:half|(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:two|three|four|five|six|seven|eight|nine)[\s-](?:thirds|quarters|fifths|tenths))\b/gi;

/** The share a fraction in words stands for, in percent ("two-thirds" → 66.7, "three-tenths" → 30). */
function fractionValue(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  if (!second) return 50;
  return (100 * NUMERATORS[first!]!) / PARTS[second.replace(/s$/, '')]!;
}

/** "by", perhaps with a word of approximation, before a fraction. */
const BY_SHARE_RE = /\bby\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|just\s+(?:over|under)|more\s+than|less\s+than|over|under|well\s+over)\s+)?$/i;

/** Fractions read as shares, when they are shares of something ("half of the", "by a third"). */
function extractFractions(text: string, taken: boolean[], out: Quantity[]): void {
  FRACTION_RE.lastIndex = 0;
  for (let m = FRACTION_RE.exec(text); m; m = FRACTION_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.slice(start, end).some(Boolean)) continue;
    // "half of the", "by a third", "by about a quarter", "by nearly a third".
    const share = /^\s+of\b/i.test(text.slice(end, end + 4)) || BY_SHARE_RE.test(text.slice(Math.max(0, start - 28), start));
    // "two and a half", "the first half of the year": part of a number, or a part of time.
    if (!share || /\b(?:and|a|the|first|second|last|latter|other|next|past)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "a quarter of a century", "half an hour": a length of time, not a share.
    if (/^\s+of\s+an?\s+(?:century|decade|year|month|week|day|hour|mile|kilometre|kilometer)\b/i.test(text.slice(end, end + 24))) continue;
    out.push({ text: m[0], start, end, value: fractionValue(m[0]), dimension: 'percent', approx: APPROX_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)), spelled: true, unit: 'percent', noun: null });
    for (let i = start; i < end; i++) taken[i] = true;
  }
}

/** Hours in one of each span a "-long" names ("a week-long tour" is a tour of seven days). */
const SPAN_HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, fortnight: 336, month: 730, year: 8760 };
const SPAN_RE = /\b(hour|day|week|fortnight|month|year)[- ]?long\b/gi;

/** "a week-long tour", "a year-long inquiry": one span of time, as a duration. */
function extractSpans(text: string, taken: boolean[], out: Quantity[]): void {
  for (const m of text.matchAll(SPAN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "a two-week-long visit": the number before it was read with it.
    if (taken.slice(start, end).some(Boolean) || /\d\s*-?\s*$|-$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    const unit = m[1]!.toLowerCase();
    out.push({ text: m[0], start, end, value: SPAN_HOURS[unit]!, dimension: 'duration', approx: false, spelled: true, unit, noun: null });
    for (let i = start; i < end; i++) taken[i] = true;
  }
}

/** How many times a verb of growth multiplies what it grows ("double", "tripled", "halving"). */
const MULTIPLES: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };
const MULTIPLE_RE = /\b(doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)\b(?!-)/gi;

/**
 * "would double spending", "tripled its budget", "halving the time": a change by a multiple, as a
 * figure of its own. Not the adjective ("a double agent", "the triple crown").
 */
function extractMultiples(text: string, taken: boolean[], out: Quantity[]): void {
  for (const m of text.matchAll(MULTIPLE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken[start] || /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    out.push({ text: m[0], start, end, value: MULTIPLES[m[1]!.toLowerCase()]!, dimension: 'multiple', approx: false, spelled: true, unit: 'times', noun: null });
    for (let i = start; i < end; i++) taken[i] = true;
  }
}

/** Quantities in a sentence, skipping characters already taken by dates. */
export function extractQuantities(text: string, taken: boolean[]): Quantity[] {
  const out: Quantity[] = [];
  if (/\b(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\b/i.test(text)) extractFractions(text, taken, out);
  CORE_RE.lastIndex = 0;
  for (let m = CORE_RE.exec(text); m; m = CORE_RE.exec(text)) {
    const start = m.index + (m[1] ? 0 : m[0].length - m[0].trimStart().length);
    let end = m.index + m[0].length;
    if (taken.slice(start, end).some(Boolean)) continue;
    const words = m[5];
    let referential = false;
    let value: number | null;
    let currency = m[1] ? CURRENCY_SIGNS[m[1].toUpperCase()] : undefined;
    const ordinal = !!m[3];
    if (words) {
      // "one" and "a" are usually an article, but "only one city" is a count.
      if (/^(one|a)$/i.test(words.trim()) && !/\b(?:only|just|exactly)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
      // "the two countries": a reference to things already named, kept apart from counts.
      referential = REFERENCE_BEFORE_RE.test(text.slice(Math.max(0, start - 8), start)) && (parseNumberWords(words) ?? 99) < 10;
      value = parseNumberWords(words);
    } else {
      const digitsStart = start + m[0].indexOf(m[2]!);
      if (!currency && isPartOfName(text, digitsStart)) continue;
      value = parseDigits(m[2]!);
      const scale = m[4] ? (/^bn$/i.test(m[4]) ? 1e9 : /^m$/i.test(m[4]) ? 1e6 : scaleOf(m[4])) : 1;
      if (value !== null && scale) value *= scale;
    }
    if (value === null) continue;
    // "Claim two: ...", "Part 3: ...": a label that numbers the sentence, not a figure of it.
    if (start < 16 && /^[A-Z][a-z]+\s+$/.test(text.slice(0, start)) && /^\s*:/.test(text.slice(end, end + 2))) continue;

    let rest = text.slice(end);
    const hyphen = /^-(?=[A-Za-z])/.test(rest);
    const lead = /^[\s-]*/.exec(rest)![0];
    let unit: Unit | undefined;
    for (const [re, u] of UNITS) {
      const um = re.exec(rest.slice(lead.length));
      if (um) {
        unit = u;
        end += lead.length + um[0].length;
        rest = text.slice(end);
        break;
      }
    }
    if (!unit && !currency && /^-(?:long|strong|old|plus)\b/i.test(rest)) continue;
    if (referential && (unit || currency)) continue;
    let dimension: Dimension = ordinal ? 'ordinal' : 'count';
    let factor = 1;
    if (unit) {
      dimension = unit.dimension;
      factor = unit.factor;
      currency ??= unit.currency;
    } else if (currency) {
      dimension = 'money';
    }
    const before = text.slice(Math.max(0, start - 24), start);
    out.push({
      text: text.slice(start, end),
      start,
      end,
      value: value * factor,
      dimension,
      ...(currency ? { currency } : {}),
      approx: APPROX_BEFORE_RE.test(before),
      spelled: !!words,
      unit: unit?.name ?? (currency ? 'money' : ''),
      // "eight-page memo": the thing counted is the word joined by the hyphen.
      ...(referential ? { referential } : {}),
      noun: hyphen && !unit ? nounAfter(/^-([A-Za-z]+)/.exec(rest)![1]!) : dimension === 'count' || dimension === 'ordinal' ? nounAfter(rest) : null,
    });
    for (let i = start; i < end; i++) taken[i] = true;
  }
  if (/long\b/i.test(text)) extractSpans(text, taken, out);
  if (/doubl|tripl|trebl|quadrupl|halv/i.test(text)) extractMultiples(text, taken, out);
  // "half a dozen": six.
  for (const q of out) {
    if (q.value !== 12 || !/^dozen\b/i.test(q.text)) continue;
    const half = /\bhalf\s+a\s+$/i.exec(text.slice(Math.max(0, q.start - 8), q.start));
    if (!half) continue;
    q.start -= half[0].length;
    q.text = text.slice(q.start, q.end);
    q.value = 6;
    q.approx = q.approx || APPROX_BEFORE_RE.test(text.slice(Math.max(0, q.start - 24), q.start));
  }
  return out;
}
