// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isArticleDocument, isEligibleUrl } from '@/lib/page/gate';

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a long report on the council's spending plans, in which officials explained at length why the budget for roads, libraries and care services had to change this year, and what residents would notice.</p>`;

describe('isEligibleUrl', () => {
  it('accepts web pages and refuses extension pages and raw file viewers', () => {
    expect(isEligibleUrl('https://news.example/world/story')).toBe(true);
    expect(isEligibleUrl('http://127.0.0.1:8080/a.html')).toBe(true);
    expect(isEligibleUrl('chrome-extension://abc/popup.html')).toBe(false);
    expect(isEligibleUrl('moz-extension://abc/popup.html')).toBe(false);
    expect(isEligibleUrl('file:///home/a.html')).toBe(false);
    expect(isEligibleUrl('https://example.com/report.pdf')).toBe(false);
    expect(isEligibleUrl('https://example.com/data.json')).toBe(false);
    expect(isEligibleUrl('not a url')).toBe(false);
  });
});

describe('isArticleDocument', () => {
  it('recognises a page whose body is mostly paragraphs of prose', () => {
    const doc = documentOf(`<html><body><nav><a href="/">Home</a></nav><article><h1>Budget</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`);
    expect(isArticleDocument(doc)).toBe(true);
  });

  it('does not take a page of links and short items for an article', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a> £${i}.99</li>`).join('');
    const doc = documentOf(`<html><body><h1>Shop</h1><ul>${items}</ul></body></html>`);
    expect(isArticleDocument(doc)).toBe(false);
  });

  it('does not take an empty document for an article', () => {
    expect(isArticleDocument(documentOf('<html><body></body></html>'))).toBe(false);
  });
});
