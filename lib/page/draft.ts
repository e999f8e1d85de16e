import type { ArticleText } from './article-claims';
import { collectParagraphs } from './extract';
import { publishedDay } from './published';
import { needsCutDown, paragraphContainer } from './readable-copy';

/**
 * The article as the live page shows it, read without Readability: the paragraphs of the smallest
 * element that holds most of the page's paragraph text. Cheap (no clone, no scoring), so its
 * sentences can be sent for matching while Readability parses the page; extraction still decides
 * which of them are the article. Null when no element below the body holds the paragraphs, and on a
 * huge or oddly built page (read in slices instead, see ./readable-copy).
 */
export function draftArticle(doc: Document): ArticleText | null {
  if (!doc.body || needsCutDown(doc)) return null;
  const container = paragraphContainer(doc);
  if (!container || container === doc.body || container === doc.documentElement) return null;
  const paragraphs = collectParagraphs(container);
  if (!paragraphs.length) return null;
  const published = publishedDay(doc);
  return { title: '', paragraphs, ...(published ? { published } : {}) };
}
