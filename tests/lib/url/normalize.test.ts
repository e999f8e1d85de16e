import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '@/lib/url/normalize';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps and sorts the others', () => {
    expect(normalizeUrl('https://News.Example.com:443/world/a?utm_source=x&b=2&fbclid=abc&a=1#comments')).toBe(
      'https://news.example.com/world/a?a=1&b=2',
    );
  });

  it('gives the same key for the same page reached through different links', () => {
    const a = normalizeUrl('https://example.com/story?id=7&utm_medium=social');
    const b = normalizeUrl('https://example.com/story?gclid=1&id=7#top');
    expect(a).toBe(b);
  });

  it('keeps parameters that select content', () => {
    expect(normalizeUrl('https://example.com/read?page=2')).toBe('https://example.com/read?page=2');
  });

  it('returns text that is not a URL trimmed, and does not throw', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

describe('siteOf', () => {
  it('gives the lower-case host of web pages only', () => {
    expect(siteOf('https://WWW.Example.com/a')).toBe('www.example.com');
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('nonsense')).toBeNull();
  });
});
