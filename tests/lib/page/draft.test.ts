// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleSentences } from '@/lib/page/article-claims';
import { DRAFT_CHARS, draftArticle } from '@/lib/page/draft';
import { draftIndexOf } from '@/lib/page/draft-index';
import { extractArticle } from '@/lib/page/extract';
import { LARGE_PAGE_ELEMENTS } from '@/lib/page/readable-copy';

const SENTENCES = [
  'The harbour authority said on Monday that dredging of the main channel would begin in early spring.',
  'Ships with a draught of more than twelve metres have been turned away since the storm in November.',
  'Local fishermen welcomed the plan but asked for the work to pause during the herring season.',
  'The contract, worth 14 million euros, was awarded to a consortium of two regional firms.',
];
const ARTICLE = `<article><h1>Harbour to be dredged</h1>${SENTENCES.map((s) => `<p>${s} <a href="/more">Read</a> more on it.</p>`).join('')}</article>`;
const PAGE = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>${ARTICLE}</main><aside><h2>Most read</h2><ul><li>The mayor resigned on Friday.</li></ul></aside><footer>© Harbour News</footer>`;

beforeEach(() => {
  document.head.innerHTML = '<title>Harbour to be dredged | Harbour News</title><meta property="article:published_time" content="2025-03-02T08:00:00Z">';
  document.body.innerHTML = PAGE;
});

describe('the draft of an article, read off the live page', () => {
  it('is the paragraphs of the element that holds them, with the day of publication, and nothing around them', () => {
    const draft = draftArticle(document);
    expect(draft).toEqual({
      title: '',
      paragraphs: ['Harbour to be dredged', ...SENTENCES.map((s) => `${s} Read more on it.`)],
      published: '2025-03-02',
    });
  });

  it('holds every sentence of the paragraphs extraction finds on an ordinary article page, though not its headline', () => {
    const extracted = extractArticle(document)!;
    const drafted = articleSentences(draftArticle(document)!);
    // Extraction takes the headline from the document's title, which the page writes otherwise.
    expect(extracted.title).toBe('Harbour to be dredged | Harbour News');
    const sentences = articleSentences(extracted);
    expect(draftIndexOf(drafted, sentences)).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads a long article only so far, whole paragraphs from its start', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i} of a long report on the harbour and its channel, in more than a few words.`);
    document.body.innerHTML = `<main><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>`;
    const draft = draftArticle(document)!;
    const length = draft.paragraphs.join('').length;
    expect(length).toBeGreaterThanOrEqual(DRAFT_CHARS);
    expect(length).toBeLessThan(DRAFT_CHARS + paragraphs[0]!.length + 10);
    expect(draft.paragraphs).toEqual(paragraphs.slice(0, draft.paragraphs.length));
  });

  it('is none when the paragraphs lie directly in the body, and on a huge page', () => {
    document.body.innerHTML = SENTENCES.map((s) => `<p>${s}</p>`).join('');
    expect(draftArticle(document)).toBeNull();
    document.body.innerHTML = `${ARTICLE}<div>${'<span></span>'.repeat(LARGE_PAGE_ELEMENTS)}</div>`;
    expect(draftArticle(document)).toBeNull();
  });
});

describe('where extraction’s sentences are in the draft', () => {
  it('places each at its occurrence in order, a repeat beyond the draft’s at its last, and a new one nowhere', () => {
    const draft = ['A.', 'B.', 'A.', 'C.'];
    expect(draftIndexOf(draft, ['A.', 'C.', 'A.', 'D.', 'A.'])).toEqual([0, 3, 2, null, 2]);
    expect(draftIndexOf([], ['A.'])).toEqual([null]);
    expect(draftIndexOf(draft, [])).toEqual([]);
  });
});
