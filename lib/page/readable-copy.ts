/**
 * The copy of a page that Readability parses. Readability's cost grows with the size of the document
 * (and faster than linearly with the depth of nested blocks), and it runs in one go:
 * - on an ordinary page whose paragraphs lie in an <article>, the copy is the page's head and that
 *   article: the site's menus, rails, grids of teasers, comments and footer, which Readability would
 *   score only to leave out, are not copied; of a book-length article (in an <article> or not), its
 *   first LONG_ARTICLE_CHARS;
 * - a huge or oddly built page (100,000 elements, markup nested thousands of levels deep, a
 *   book-length article), which would freeze the tab, is cut down to the part that holds its
 *   paragraphs, copied up to a fixed budget;
 * - any other page is cloned whole.
 */

/**
 * A book-length article (about 16,000 words) is copied up to this many characters for Readability;
 * the rest is read off the page (see extract.ts).
 */
export const LONG_ARTICLE_CHARS = 100_000;

/** Above this many elements a page is copied within the budget instead of cloned whole. */
export const LARGE_PAGE_ELEMENTS = 15_000;
/** Paragraphs nested deeper than this mark a page as oddly built. */
export const DEEP_NESTING = 100;
/** The most a cut-down copy holds. */
export const COPY_BUDGET = { elements: 12_000, chars: 400_000 } as const;

/** Nesting kept in a cut-down copy; deeper wrappers (an element around a single element) are left out. */
const MAX_COPY_DEPTH = 64;
/** Paragraphs looked at to find the article's container. */
const MAX_PARAGRAPHS = 5_000;
/** Paragraphs sampled to measure the nesting depth. */
const DEPTH_SAMPLE = 50;
/** Share of the page's paragraph text the chosen container must hold. */
const CONTAINER_SHARE = 0.8;
/** Shorter paragraphs are not counted (captions, bylines, buttons). */
const MIN_PARAGRAPH_CHARS = 25;

function depthOf(node: Node, cap: number): number {
  let depth = 0;
  for (let n = node.parentNode; n && depth <= cap; n = n.parentNode) depth++;
  return depth;
}

/** Whether a page is too large or too deeply nested to hand to Readability whole. */
export function needsCutDown(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS) return true;
  const paragraphs = doc.getElementsByTagName('p');
  const step = Math.max(1, Math.floor(paragraphs.length / DEPTH_SAMPLE));
  for (let i = 0; i < paragraphs.length; i += step) {
    if (depthOf(paragraphs[i]!, DEEP_NESTING) > DEEP_NESTING) return true;
  }
  return false;
}

/**
 * The smallest element that holds most of the page's paragraph text (the article, usually), or null
 * when the page has no paragraphs to speak of.
 */
export function paragraphContainer(doc: Document): Element | null {
  const paragraphs = doc.getElementsByTagName('p');
  const textOf = new Map<Element, number>();
  let total = 0;
  let first: Element | null = null;
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i]!;
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    total += length;
    first ??= p;
    // Credit every ancestor (up to a cap) with the paragraph's text.
    let depth = 0;
    for (let n = p.parentElement; n && depth < 4 * DEEP_NESTING; n = n.parentElement, depth++) textOf.set(n, (textOf.get(n) ?? 0) + length);
  }
  if (!first || total === 0) return null;
  // Climb from the first paragraph's parent to the first ancestor that holds enough of the text.
  for (let n = first.parentElement; n; n = n.parentElement) {
    if ((textOf.get(n) ?? 0) >= total * CONTAINER_SHARE) return n;
  }
  return null;
}

/** An element that only wraps one other element (no text of its own). */
function isWrapper(element: Node): boolean {
  const only = element.firstChild;
  if (!only) return false;
  let elements = 0;
  for (let n: Node | null = only; n; n = n.nextSibling) {
    if (n.nodeType === 1) elements++;
    else if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  }
  return elements === 1;
}

/**
 * Copies `source` into `parent` (of another document) in document order, until the budget is spent:
 * a truncated but well-formed copy. Iterative, so that any depth of nesting is safe; below
 * MAX_COPY_DEPTH levels, elements that only wrap another element are left out.
 */
export function copyWithin(source: Node, parent: Node, budget: { elements: number; chars: number } = COPY_BUDGET): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  let elements = 0;
  let chars = 0;
  const stack: { from: Node; to: Node }[] = [];
  let from: Node | null = source.firstChild;
  let to: Node = parent;
  while (from) {
    let entered = false;
    if (from.nodeType === 1 || from.nodeType === 3) {
      if (from.nodeType === 1 && ++elements > budget.elements) break;
      if (from.nodeType === 3) chars += (from as Text).data.length;
      if (chars > budget.chars) break;
      const flatten = from.nodeType === 1 && stack.length >= MAX_COPY_DEPTH && isWrapper(from);
      const copy = flatten ? to : to.appendChild(doc.importNode(from, false));
      if (from.nodeType === 1 && from.firstChild) {
        stack.push({ from, to });
        to = copy;
        from = from.firstChild;
        entered = true;
      }
    }
    if (entered) continue;
    // Next sibling, or the next sibling of the nearest ancestor that has one.
    while (from && !from.nextSibling && stack.length > 0) {
      const up = stack.pop()!;
      from = up.from;
      to = up.to;
    }
    from = from?.nextSibling ?? null;
  }
}

/** A new document with the page's title and, as its body, a cut-down copy of the article's container (or of the body). */
export function cutDownCopy(doc: Document, container: Element | null = paragraphContainer(doc)): Document {
  const copy = doc.implementation.createHTMLDocument(doc.title);
  copy.title = doc.title;
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  const source = container ?? doc.body;
  if (!source) return copy;
  const holder = source === doc.body ? copy.body : copy.body.appendChild(copy.importNode(source, false));
  copyWithin(source, holder);
  return copy;
}

/**
 * A new document with the page's head and, as its body, the article element (see placeArticle).
 * What else of the page Readability reads is copied too: structured data anywhere in the body (title,
 * byline, date), and top-level headings outside the article, in their place before or after it
 * (which one is the title, when the <title> is too short or too long to be). Of a `long` article,
 * the first LONG_ARTICLE_CHARS.
 */
export function articleCopy(doc: Document, article: Element, long = isLongArticle(article)): Document {
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.documentElement;
  // What Readability reads of the root element: the language and the direction of the text.
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) root.setAttribute(name, value);
  }
  const head = doc.head ? copy.importNode(doc.head, true) : copy.createElement('head');
  const body = doc.body ? copy.importNode(doc.body, false) : copy.createElement('body');
  root.replaceChildren(head, body);
  for (const data of doc.querySelectorAll('body script[type="application/ld+json"]')) if (!article.contains(data)) head.appendChild(copy.importNode(data, true));
  const headings = headingsOutside(doc, article);
  const before = (node: Node) => (node.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  for (const h1 of headings) if (before(h1)) body.appendChild(copy.importNode(h1, true));
  if (long) copyWithin(article, body.appendChild(copy.importNode(article, false)), { elements: COPY_BUDGET.elements, chars: LONG_ARTICLE_CHARS });
  else body.appendChild(copy.importNode(article, true));
  for (const h1 of headings) if (!before(h1)) body.appendChild(copy.importNode(h1, true));
  return copy;
}

/** Whether an element holds more text than Readability gets of it (LONG_ARTICLE_CHARS). */
export function isLongArticle(element: Element): boolean {
  return (element.textContent?.length ?? 0) > LONG_ARTICLE_CHARS;
}

/** Where a page's article is, as copying and locating need it: read once a run (see ./page-reading). */
export interface ArticlePlace {
  /** The page is too large or oddly built to hand to Readability whole (needsCutDown). */
  cutDown: boolean;
  /** The smallest element that holds most of the page's paragraph text (paragraphContainer), or null. */
  container: Element | null;
  /**
   * On a page that is not cut down, the element Readability reads the article from: the <article>
   * that holds the paragraphs, or a book-length container of them (which can only be the article)
   * below the body. Null when the whole page is read.
   */
  article: Element | null;
  /** That element holds more text than Readability gets of it: the rest is read off the page. */
  long: boolean;
}

export function placeArticle(doc: Document): ArticlePlace {
  const cutDown = needsCutDown(doc);
  const container = paragraphContainer(doc);
  const none = { cutDown, container, article: null, long: false };
  if (cutDown || !container) return none;
  const article = container.closest('article');
  if (article) return { cutDown, container, article, long: isLongArticle(article) };
  const below = container !== doc.body && container !== doc.documentElement;
  return below && isLongArticle(container) ? { cutDown, container, article: container, long: true } : none;
}

/** The top-level headings of a page outside its article element. */
function headingsOutside(doc: Document, article: Element): Element[] {
  return doc.body ? [...doc.body.getElementsByTagName('h1')].filter((h1) => !article.contains(h1)) : [];
}

/**
 * Where on the live page the article's sentences are looked for: where extraction read them (see
 * readableCopy). On a page whose paragraphs lie in an <article> (or a book-length container), that
 * element, then the headings outside it (a headline set apart); on a huge or oddly built page the
 * container of its paragraphs (so that 100,000 other elements are not read again); else the body.
 */
export function articleRoots(doc: Document, place: ArticlePlace = placeArticle(doc)): Node[] {
  if (!doc.body) return [];
  if (place.cutDown) return [place.container ?? doc.body];
  return place.article ? [place.article, ...headingsOutside(doc, place.article)] : [doc.body];
}

/**
 * What Readability should parse (see the top of this file): for a huge or oddly built page a cut-down
 * copy; for a page whose paragraphs lie in an <article> (or a book-length container), its head and
 * that element; else the whole page cloned.
 */
export function readableCopy(doc: Document, place: ArticlePlace = placeArticle(doc)): Document {
  if (place.cutDown) return cutDownCopy(doc, place.container);
  return place.article ? articleCopy(doc, place.article, place.long) : (doc.cloneNode(true) as Document);
}
