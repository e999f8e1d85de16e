import { publishedDay } from './published';
import { needsCutDown, paragraphContainer } from './readable-copy';

/**
 * What the steps of one run read of the whole page, read once for all of them: whether the page is
 * too large or oddly built to hand to Readability whole, the element that holds its paragraphs
 * (both ./readable-copy), and the day it says it was published (./published).
 */
export interface PageReading {
  cutDown: boolean;
  /** The smallest element that holds most of the page's paragraph text, or null. */
  container: Element | null;
  published: string | null;
}

export function readPage(doc: Document): PageReading {
  return { cutDown: needsCutDown(doc), container: paragraphContainer(doc), published: publishedDay(doc) };
}
