// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectParagraphs, extractArticle } from '@/lib/page/extract';
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { articleCopy, articleRoots, copyWithin, cutDownCopy, isLongArticle, LARGE_PAGE_ELEMENTS, LONG_ARTICLE_CHARS, needsCutDown, paragraphContainer, readableCopy } from '@/lib/page/readable-copy';

const SENTENCES = [
  'The harbour authority said on Monday that dredging of the main channel would begin in early spring.',
  'Ships with a draught of more than twelve metres have been turned away since the storm in November.',
  'Local fishermen welcomed the plan but asked for the work to pause during the herring season.',
  'The contract, worth 14 million euros, was awarded to a consortium of two regional firms.',
];
const story = `<article><h1>Harbour to be dredged</h1>${SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('')}</article>`;

/** `levels` nested <div>s built with DOM calls (parsers cap nesting), with `inner` at the bottom. */
function nested(levels: number, inner: string): void {
  let parent: Element = document.body;
  for (let i = 0; i < levels; i++) parent = parent.appendChild(document.createElement('div'));
  parent.innerHTML = inner;
}

/** Extraction finds every paragraph of the story, in order. */
function expectWholeArticle(): void {
  const text = extractArticle(document)?.text ?? '';
  const at = SENTENCES.map((s) => text.indexOf(s));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

beforeEach(() => {
  document.head.innerHTML = '<title>Harbour news</title>';
  document.body.innerHTML = '';
});

describe('readable copy of an ordinary page', () => {
  it('is the head and the article when the paragraphs lie in an <article>, and extraction reads the article from it', () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="layout">${story}<aside><h2>Most read</h2><p>A teaser for another story on this site.</p></aside></div><footer>© News</footer>`;
    expect(needsCutDown(document)).toBe(false);
    const copy = readableCopy(document);
    expect(copy).not.toBe(document);
    expect(copy.title).toBe('Harbour news');
    expect(copy.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(copy.body.innerHTML).toBe(document.querySelector('article')!.outerHTML);
    expectWholeArticle();
    document.documentElement.removeAttribute('lang');
  });

  it('copies the language and direction of the page, and no attribute of the root element it cannot copy', () => {
    const page = new DOMParser().parseFromString(`<html lang="ar" dir="rtl" data-x"y="1"><head><title>T</title></head><body>${story}</body></html>`, 'text/html');
    const copy = readableCopy(page);
    expect([copy.documentElement.getAttribute('lang'), copy.documentElement.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(copy.documentElement.attributes).toHaveLength(2);
    expect(copy.querySelectorAll('article p')).toHaveLength(SENTENCES.length);
  });

  it('keeps what Readability reads outside the article: structured data, and headings in their place', () => {
    document.body.innerHTML = `<header><h1>The headline</h1></header><script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline"}</script>${story}<footer><h1>Site map</h1></footer>`;
    const copy = articleCopy(document, document.querySelector('article')!);
    expect(copy.head.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect([...copy.body.children].map((e) => e.tagName + ':' + (e.tagName === 'H1' ? e.textContent : ''))).toEqual(['H1:The headline', 'ARTICLE:', 'H1:Site map']);
  });

  it('is the whole page cloned when the paragraphs lie in no <article>', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="story">${story.replace(/<\/?article>/g, '')}</div><footer>© News</footer>`;
    const copy = readableCopy(document);
    expect(copy.body.innerHTML).toBe(document.body.innerHTML);
    expectWholeArticle();
  });

  it.each(['tests/fixtures/matcher/article-page.html', ...readdirSync('tests/e2e/fixtures').map((f) => `tests/e2e/fixtures/${f}`)])(
    'gives extraction the article the whole page would, without what lies outside the <article>: %s',
    (file) => {
      document.documentElement.innerHTML = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html').documentElement.innerHTML;
      const parse = (copy: Document) => {
        const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
        return { title: parsed?.title, byline: parsed?.byline, paragraphs: parsed?.content ? collectParagraphs(parsed.content) : [] };
      };
      const whole = parse(document.cloneNode(true) as Document);
      expect(whole.paragraphs.length).toBeGreaterThan(0);
      // Readability may join a neighbour of the article to it (a byline in the page's header): the page itself says it is not the article.
      const article = paragraphContainer(document)?.closest('article');
      const articleText = (article?.textContent ?? '').replace(/\s+/g, ' ');
      const inArticle = (paragraph: string) => !article || articleText.includes(paragraph);
      expect(parse(readableCopy(document))).toEqual({ ...whole, paragraphs: whole.paragraphs.filter(inArticle) });
    },
  );
});

describe('readable copy of a book-length article', () => {
  it.each(['article', 'div'])('gives Readability the first part of the article (in an <%s>), and extraction reads the rest off the page, in order', (tag) => {
    const paragraphs = Array.from({ length: 1_200 }, (_, i) => `Paragraph ${i} of the long read says that the harbour authority will meet again on day ${i}.`);
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><${tag}><h1>A long read</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</${tag}><footer>© News</footer>`;
    const article = document.querySelector(tag)!;
    expect(isLongArticle(article)).toBe(true);
    expect(articleRoots(document)).toEqual([article]);
    const copy = readableCopy(document);
    const copied = copy.body.textContent!.length;
    expect(copied).toBeGreaterThan(LONG_ARTICLE_CHARS * 0.9);
    expect(copied).toBeLessThanOrEqual(LONG_ARTICLE_CHARS + 100);
    expect(extractArticle(document)!.paragraphs.filter((p) => p.startsWith('Paragraph '))).toEqual(paragraphs);
  });
});

describe('readable copy of a huge page', () => {
  it('keeps the article among more elements than the limit, and only a bounded copy', () => {
    const cells = Array.from({ length: LARGE_PAGE_ELEMENTS + 500 }, (_, i) => `<span>${i % 10}</span>`).join('');
    document.body.innerHTML = `<div class="grid">${cells}</div><main>${story}<p>Comment: nice.</p></main>`;
    expect(needsCutDown(document)).toBe(true);
    expect(paragraphContainer(document)?.tagName).toBe('ARTICLE');
    const copy = cutDownCopy(document);
    expect(copy.title).toBe('Harbour news');
    expect(copy.getElementsByTagName('span').length).toBe(0);
    expect(copy.querySelectorAll('article p').length).toBe(SENTENCES.length);
    expectWholeArticle();
  });

  it('reads an article nested 3,000 levels deep, without deep recursion', () => {
    nested(3_000, story);
    expect(needsCutDown(document)).toBe(true);
    const copy = cutDownCopy(document);
    // The copy starts at the paragraphs' container: no thousands of wrappers left.
    let depth = 0;
    for (let n: Node | null = copy.querySelector('p'); n; n = n.parentNode) depth++;
    expect(depth).toBeLessThan(10);
    expectWholeArticle();
  });

  it('flattens deep single-child wrappers when there are no paragraphs to go by', () => {
    nested(2_000, '<div>Some text without paragraphs at the bottom of the page.</div>');
    const copy = cutDownCopy(document);
    let depth = 0;
    let deepest: Node = copy.body;
    while (deepest.firstChild && deepest.firstChild.nodeType === 1) {
      deepest = deepest.firstChild;
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(70);
    expect(copy.body.textContent).toContain('Some text without paragraphs');
  });
});

describe('copyWithin', () => {
  it('copies in document order and stops when the budget is spent, leaving a well-formed tree', () => {
    document.body.innerHTML = '<section><p>one <b>two</b></p><p>three</p></section><p>four</p>';
    const target = document.implementation.createHTMLDocument('');
    copyWithin(document.body, target.body, { elements: 3, chars: 1_000 });
    expect(target.body.innerHTML).toBe('<section><p>one <b>two</b></p></section>');
    const chars = document.implementation.createHTMLDocument('');
    copyWithin(document.body, chars.body, { elements: 100, chars: 12 });
    expect(chars.body.textContent).toBe('one twothree');
  });

  it('leaves the live page untouched', () => {
    document.body.innerHTML = story;
    const before = document.body.innerHTML;
    cutDownCopy(document);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('articleRoots', () => {
  it('are where extraction reads the article: the article and the headings outside it, the body, or on a huge page the paragraphs’ container', () => {
    document.body.innerHTML = `<header><h1>Harbour to be dredged</h1></header>${story}<footer><h1>Site map</h1></footer>`;
    expect(articleRoots(document).map((n) => (n as Element).tagName + ':' + (n as Element).textContent!.slice(0, 12))).toEqual([
      'ARTICLE:Harbour to b',
      'H1:Harbour to b',
      'H1:Site map',
    ]);
    document.body.innerHTML = story.replace(/<\/?article>/g, '');
    expect(articleRoots(document)).toEqual([document.body]);
    const cells = Array.from({ length: LARGE_PAGE_ELEMENTS + 10 }, () => '<i>1</i>').join('');
    document.body.innerHTML = `<div>${cells}</div><main>${story}</main>`;
    expect(articleRoots(document).map((n) => (n as Element).tagName)).toEqual(['ARTICLE']);
  });
});
