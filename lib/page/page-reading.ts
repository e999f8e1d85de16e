import { publishedDay } from './published';
import { placeArticle, type ArticlePlace } from './readable-copy';

/**
 * What the steps of one run read of the whole page, read once for all of them: where its article is
 * (./readable-copy: whether the page is cut down, the element that holds its paragraphs, the one
 * Readability reads) and the day it says it was published (./published).
 */
export interface PageReading extends ArticlePlace {
  published: string | null;
}

export function readPage(doc: Document): PageReading {
  return { ...placeArticle(doc), published: publishedDay(doc) };
}
