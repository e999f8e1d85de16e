import { isProbablyReaderable } from '@mozilla/readability';

/** Whether Crosscheck may look at a page at all, from its URL alone. */
export function isEligibleUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // Viewers the browser renders for raw files: nothing to read critically there.
  return !/\.(pdf|json|xml|txt|csv|png|jpe?g|gif|svg|webp|mp4|mp3|zip)$/i.test(parsed.pathname);
}

/** Minimum text of an article; a shorter page is not worth extracting. */
export const MIN_ARTICLE_CHARS = 400;

/**
 * The cheap check that runs on every page: does this document look like an article?
 * Readability's heuristic over the live document (no clone, no parse), plus the document type.
 */
export function isArticleDocument(doc: Document): boolean {
  if (!doc.body || doc.contentType && !/html/i.test(doc.contentType)) return false;
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}
