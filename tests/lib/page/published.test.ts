// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isoDay, publishedDay } from '@/lib/page/published';

const docOf = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('the day a page was published', () => {
  it('is read from Open Graph and the common date meta tags', () => {
    expect(publishedDay(docOf('<meta property="article:published_time" content="2025-06-08T09:30:00+09:00">'))).toBe('2025-06-08');
    expect(publishedDay(docOf('<meta name="date" content="2025-01-31">'))).toBe('2025-01-31');
    expect(publishedDay(docOf('<meta name="parsely-pub-date" content="2024-12-24T23:59:00Z">'))).toBe('2024-12-24');
  });

  it('from JSON-LD, also inside a @graph, and from a <time> in the article', () => {
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-03-02T10:00:00Z' }] });
    expect(publishedDay(docOf(`<script type="application/ld+json">${graph}</script>`))).toBe('2025-03-02');
    expect(publishedDay(docOf('', '<article><p>By A. Writer, <time datetime="2025-04-05T07:00">5 April</time></p></article>'))).toBe('2025-04-05');
  });

  it('skips what is not a date, and malformed structured data, and is null when nothing says', () => {
    expect(publishedDay(docOf('<meta name="date" content="yesterday"><meta property="article:published_time" content="2025-06-08">'))).toBe('2025-06-08');
    expect(publishedDay(docOf('<script type="application/ld+json">{"datePublished": </script>'))).toBeNull();
    expect(publishedDay(docOf('<meta name="date" content="2025-02-30">'))).toBeNull();
    expect(publishedDay(docOf('', '<p>No date here.</p>'))).toBeNull();
  });

  it('keeps only the day of a date-time', () => {
    expect(isoDay('2025-06-08T23:10:00-05:00')).toBe('2025-06-08');
    expect(isoDay('2025-06-081')).toBeNull();
    expect(isoDay('8 June 2025')).toBeNull();
  });
});
