// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectParagraphs, extractArticle, withRest } from '@/lib/page/extract';
import { paragraphContainer } from '@/lib/page/readable-copy';

// Read relative to the project root: under happy-dom the global URL is the DOM's, not Node's.
const page = readFileSync('tests/fixtures/matcher/article-page.html', 'utf8');

function load(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('extractArticle', () => {
  beforeEach(() => load(page));

  it('returns the article title and its paragraphs, without navigation or footer', () => {
    const article = extractArticle(document)!;
    expect(article.title).toMatch(/Japan's new missile regiment on Okinawa/);
    expect(article.paragraphs[0]).toMatch(/^The ship-slaying missiles of the Japanese army's 7th Regiment/);
    expect(article.paragraphs.at(-1)).toMatch(/far from the base\.$/);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
    for (const furniture of ['Home', 'Business', 'Subscribe to our newsletter', 'All rights reserved']) {
      expect(article.paragraphs.some((p) => p.includes(furniture)), furniture).toBe(false);
    }
    for (const p of article.paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  });

  it('reads the day the page says it was published, when it says', () => {
    expect(extractArticle(document)!.published).toBeUndefined();
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2025-06-08T07:30:00Z');
    document.head.append(meta);
    expect(extractArticle(document)!.published).toBe('2025-06-08');
  });

  it('takes the day of publication and the way to copy the page from what the run has read of it', () => {
    const whole = extractArticle(document)!;
    const read = extractArticle(document, { cutDown: true, container: paragraphContainer(document), article: null, long: false, published: '2025-06-09' })!;
    expect(read.published).toBe('2025-06-09');
    // The cut-down copy holds the same article.
    expect(read.paragraphs).toEqual(whole.paragraphs);
    expect(extractArticle(document, { cutDown: false, container: null, article: null, long: false, published: null })!.published).toBeUndefined();
  });

  it('works on a clone and leaves the live document untouched', () => {
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector('nav')).not.toBeNull();
  });

  it('returns null for a page without an article', () => {
    load('<html><head><title>Login</title></head><body><form><input name="u"><button>Sign in</button></form></body></html>');
    expect(extractArticle(document)).toBeNull();
  });
});

/** The paragraph walk collectParagraphs replaced, kept verbatim as the reference. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'BODY']);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
function referenceParagraphs(root: Element): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    const t = clean(loose);
    if (t) out.push(t);
    loose = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.tagName === 'BR') {
        loose += '\n';
      } else if (BLOCKS.has(el.tagName) && !Array.from(el.children).some((c) => BLOCKS.has(c.tagName) || CONTAINERS.has(c.tagName))) {
        flush();
        const t = clean(el.textContent ?? '');
        if (t) out.push(t);
      } else if (BLOCKS.has(el.tagName) || CONTAINERS.has(el.tagName)) {
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

describe('collectParagraphs', () => {
  it('gives the paragraphs of the reference walk on any markup', () => {
    const tags = ['p', 'div', 'li', 'ul', 'h2', 'a', 'em', 'span', 'section', 'blockquote', 'br', 'td', 'figure'];
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 0
        ? fc.constantFrom('Text', ' more words ', '\n', '', 'A. B', '<!-- note -->')
        : fc
            .tuple(fc.constantFrom(...tags), fc.array(node(depth - 1), { maxLength: 4 }))
            .map(([tag, children]) => (tag === 'br' ? '<br>' : `<${tag}>${children.join('')}</${tag}>`)),
    );
    fc.assert(
      fc.property(fc.array(node(3), { maxLength: 5 }), (parts) => {
        const root = document.createElement('div');
        root.innerHTML = parts.join('');
        expect(collectParagraphs(root)).toEqual(referenceParagraphs(root));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the paragraphs of the reference walk on an article page', () => {
    load(page);
    const article = document.querySelector('article') ?? document.body;
    expect(collectParagraphs(article)).toEqual(referenceParagraphs(article));
    expect(collectParagraphs(article).length).toBeGreaterThan(5);
  });
});

describe('withRest', () => {
  it('continues after the last paragraph the page has whole, at the same occurrence', () => {
    const page = ['A.', 'B.', 'Refrain.', 'C.', 'Refrain.', 'D.'];
    // The copy ended inside "C.": the rest follows the last whole paragraph, "Refrain." (its first occurrence).
    expect(withRest(['A.', 'B.', 'Refrain.', 'C'], page)).toEqual(page);
    expect(withRest(['A.', 'Refrain.', 'C.', 'Refrain.'], page)).toEqual(['A.', 'Refrain.', 'C.', 'Refrain.', 'D.']);
    expect(withRest(['Nothing the page has'], page)).toEqual(['Nothing the page has']);
  });
});
