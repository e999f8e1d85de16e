// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/page/extract';
import { articleRoot, copyWithin, cutDownCopy, LARGE_PAGE_ELEMENTS, needsCutDown, paragraphContainer, readableCopy } from '@/lib/page/readable-copy';

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
  it('is a clone of the whole document, and extraction reads the article from it', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav>${story}<footer>© News</footer>`;
    expect(needsCutDown(document)).toBe(false);
    const copy = readableCopy(document);
    expect(copy).not.toBe(document);
    expect(copy.body.innerHTML).toBe(document.body.innerHTML);
    expectWholeArticle();
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

describe('articleRoot', () => {
  it('is the body of an ordinary page, and the paragraphs’ container on a huge one', () => {
    document.body.innerHTML = story;
    expect(articleRoot(document)).toBe(document.body);
    const cells = Array.from({ length: LARGE_PAGE_ELEMENTS + 10 }, () => '<i>1</i>').join('');
    document.body.innerHTML = `<div>${cells}</div><main>${story}</main>`;
    expect((articleRoot(document) as Element).tagName).toBe('ARTICLE');
  });
});
