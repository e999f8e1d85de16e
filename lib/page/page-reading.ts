import { publishedDay } from './published';
import { needsCutDown } from './readable-copy';

/**
 * What the steps of one run read of the whole page, read once for all of them: whether the page is
 * too large or oddly built to hand to Readability whole (./readable-copy), and the day it says it was
 * published (./published).
 */
export interface PageReading {
  cutDown: boolean;
  published: string | null;
}

export function readPage(doc: Document): PageReading {
  return { cutDown: needsCutDown(doc), published: publishedDay(doc) };
}
