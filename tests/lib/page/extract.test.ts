// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/page/extract';

// Read relative to the project root: under happy-dom the global URL is the DOM's, not Node's.
const page = readFileSync('tests/fixtures/matcher/article-page.html', 'utf8');

function load(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('extractArticle', () => {
  beforeEach(() => load(page));

  it('returns the article title and its paragraphs, without navigation or footer', () => {
    const article = extractArticle(document)!;
    expect(article.title).toMatch(/Japan's new missile regiment on Okinawa/);
    expect(article.paragraphs[0]).toMatch(/^The ship-slaying missiles of the Japanese army's 7th Regiment/);
    expect(article.paragraphs.at(-1)).toMatch(/far from the base\.$/);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
    for (const furniture of ['Home', 'Business', 'Subscribe to our newsletter', 'All rights reserved']) {
      expect(article.paragraphs.some((p) => p.includes(furniture)), furniture).toBe(false);
    }
    for (const p of article.paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  });

  it('works on a clone and leaves the live document untouched', () => {
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector('nav')).not.toBeNull();
  });

  it('returns null for a page without an article', () => {
    load('<html><head><title>Login</title></head><body><form><input name="u"><button>Sign in</button></form></body></html>');
    expect(extractArticle(document)).toBeNull();
  });
});
