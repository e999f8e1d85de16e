/**
 * The day a news page says it was published, from the markup publishers put there for search
 * engines and link previews: Open Graph's article:published_time, the common date meta tags,
 * schema.org's datePublished (microdata or JSON-LD), and a <time datetime> in the article's byline.
 * Only the day is kept ("2025-06-08"); a page that says nothing readable gives null.
 */
import { calendarDay } from '../matcher/written-dates';

const META_SELECTOR = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
].join(',');

/** How much JSON-LD is read at most: a page's structured data is small, a hostile one need not be. */
const MAX_JSON_LD = 100_000;

/** The day of an ISO 8601 date or date-time, as "YYYY-MM-DD", or null. */
export function isoDay(value: string | null | undefined): string | null {
  const day = calendarDay(value);
  if (!day) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.year}-${two(day.month)}-${two(day.day)}`;
}

/** datePublished anywhere in a JSON-LD value (an object, a list, or a @graph). */
function fromJsonLd(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const day = fromJsonLd(item, depth + 1);
      if (day) return day;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? isoDay(record.datePublished) : null;
  return own ?? fromJsonLd(record['@graph'], depth + 1);
}

export function publishedDay(doc: Document): string | null {
  for (const meta of Array.from(doc.querySelectorAll(META_SELECTOR))) {
    const day = isoDay(meta.getAttribute('content'));
    if (day) return day;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      const day = fromJsonLd(JSON.parse(text));
      if (day) return day;
    } catch {
      // Malformed structured data says nothing.
    }
  }
  const stamped = doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], article time[datetime], time[pubdate][datetime]');
  return isoDay(stamped?.getAttribute('datetime') ?? stamped?.getAttribute('content'));
}
