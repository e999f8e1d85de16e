import { Readability } from '@mozilla/readability';
import { readPage, type PageReading } from './page-reading';
import { readableCopy } from './readable-copy';

export interface ExtractedArticle {
  title: string;
  /** Paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  /** The day the page says it was published (YYYY-MM-DD), when it says. */
  published?: string;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'BODY']);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether an element holds a block or a container among its children. */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName) || CONTAINERS.has(c.tagName)) return true;
  return false;
}

/**
 * The article's paragraphs in order: text of block elements, and loose text directly inside
 * containers. With `maxChars`, reading stops once the paragraphs hold that many characters.
 */
export function collectParagraphs(root: Element, maxChars = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let chars = 0;
  let loose = '';
  const push = (t: string) => {
    out.push(t);
    chars += t.length;
  };
  const flush = () => {
    const t = clean(loose);
    if (t) push(t);
    loose = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && chars < maxChars; child = child.nextSibling) {
      if (child.nodeType === 3) {
        loose += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'BR') {
        loose += '\n';
      } else if (BLOCKS.has(tag) && !hasBlockChild(el)) {
        flush();
        const t = clean(el.textContent ?? '');
        if (t) push(t);
      } else if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
        flush();
        walk(el);
        flush();
      } else {
        loose += el.textContent ?? '';
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * The paragraphs of a book-length article: Readability's, read from the first part of the article
 * (see ./readable-copy), then those of the page's article element after the last of them that the
 * page has whole (the copy may end inside a paragraph).
 */
export function withRest(parsed: readonly string[], page: readonly string[]): string[] {
  for (let i = parsed.length - 1; i >= 0; i--) {
    const text = parsed[i]!;
    // The same occurrence on the page: a paragraph repeated further on does not skip what lies between.
    let k = 0;
    for (let j = 0; j <= i; j++) if (parsed[j] === text) k++;
    let at = -1;
    for (let j = 0; j < page.length && k > 0; j++) if (page[j] === text && --k === 0) at = j;
    if (at >= 0) return [...parsed.slice(0, i + 1), ...page.slice(at + 1)];
  }
  return [...parsed];
}

/**
 * The article of a page, as the reader sees it: Readability's parse of a copy of the document
 * (the live page is never modified; what is copied, see ./readable-copy), then its paragraphs. Null
 * when the page has no article. `page` is what the run has read of the page already.
 */
export function extractArticle(doc: Document, page: PageReading = readPage(doc)): ExtractedArticle | null {
  const clone = readableCopy(doc, page);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // The content is read as a node (no HTML serialised), and its class names are left alone (only its text is read).
    parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const parsedParagraphs = collectParagraphs(parsed.content);
  const paragraphs = page.long && page.article ? withRest(parsedParagraphs, collectParagraphs(page.article)) : parsedParagraphs;
  if (!paragraphs.length) return null;
  const title = clean(parsed.title ?? doc.title ?? '');
  const { published } = page;
  return { title, text: paragraphs.join('\n\n'), paragraphs, ...(published ? { published } : {}) };
}
