import type { ArticleText } from './article-claims';
import { collectParagraphs } from './extract';
import { readPage, type PageReading } from './page-reading';

/**
 * The most text a draft reads (about 5,000 words): it is read in one go, so a book-length page must
 * not hold the page up; whatever lies beyond is matched once extraction has found it.
 */
export const DRAFT_CHARS = 30_000;

/**
 * The article as the live page shows it, read without Readability: the paragraphs of the smallest
 * element that holds most of the page's paragraph text. Cheap (no clone, no scoring), so its
 * sentences can be sent for matching while Readability parses the page; extraction still decides
 * which of them are the article. Null when no element below the body holds the paragraphs, and on a
 * huge or oddly built page (read in slices instead, see ./readable-copy). A long article's draft is its
 * first DRAFT_CHARS characters. `page` is what the run has read of the page already.
 */
export function draftArticle(doc: Document, page: PageReading = readPage(doc)): ArticleText | null {
  if (!doc.body || page.cutDown) return null;
  const { container } = page;
  if (!container || container === doc.body || container === doc.documentElement) return null;
  const paragraphs = collectParagraphs(container, DRAFT_CHARS);
  if (!paragraphs.length) return null;
  const { published } = page;
  return { title: '', paragraphs, ...(published ? { published } : {}) };
}
