// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, createAnchorer, describe } from '@/lib/anchoring';

type Tree = string | { tag: 'p' | 'b' | 'i' | 'span' | 'div'; children: Tree[] };

const word = fc.stringMatching(/^[a-zA-Z0-9,.'é\u05d0-\u05d4\u0301 ]{0,12}$/);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    fc.record({ tag: fc.constantFrom('p', 'b', 'i', 'span', 'div'), children: fc.array(tie('node'), { maxLength: 5 }) }),
  ),
})).node;

function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const child of node.children) el.appendChild(build(child));
  return el;
}

/** A DOM range over text offsets, made with a TreeWalker independent of the code under test. */
function rangeAt(root: Node, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let startSet = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (!startSet && start <= seen + len) {
      range.setStart(n, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + len) {
      range.setEnd(n, end - seen);
      return range;
    }
    seen += len;
  }
  return null;
}

const documentAndRange = fc
  .array(tree, { minLength: 1, maxLength: 6 })
  .map((children) => {
    const root = document.createElement('div');
    for (const child of children) root.appendChild(build(child));
    return root;
  })
  .filter((root) => (root.textContent ?? '').length > 0)
  .chain((root) => {
    const length = root.textContent!.length;
    return fc
      .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length }))
      .map(([a, b]) => ({ root, start: Math.min(a, b - 1), end: Math.max(a + 1, b) }));
  });

suite('anchoring properties', () => {
  it('describe → anchor returns the same text offsets for any range of any document', () => {
    fc.assert(
      fc.property(documentAndRange, ({ root, start, end }) => {
        const range = rangeAt(root, start, end);
        if (!range) return;
        const selectors = describe(root, range);
        expect(selectors[1]).toEqual({ type: 'TextPositionSelector', start, end });
        const found = anchor(root, selectors);
        expect(found?.toString()).toBe(range.toString());
        expect(createAnchorer(root).locate(selectors)).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('the quote selector alone finds text equal to the quote, with its context when repeated', () => {
    fc.assert(
      fc.property(documentAndRange, ({ root, start, end }) => {
        const range = rangeAt(root, start, end);
        if (!range) return;
        const [quote] = createAnchorer(root).describe(range);
        const located = createAnchorer(root).locate([quote]);
        const text = root.textContent!;
        if (located) expect(text.slice(located.start, located.end)).toBe(quote!.exact);
        // A quote of 24+ characters that is on the page is always found.
        if (quote!.exact.length >= 24) expect(located).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

const sentenceWords = fc.constantFrom('the', 'minister', 'said', 'on', 'tuesday', 'that', 'rocket', 'flew', '6,500', 'km', 'before', 'sea', 'officials', 'June', 'עדכון', 'café');

suite('fuzzy anchoring properties', () => {
  it('a quote of 40+ characters with one character edited on the page is found where it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentenceWords, { minLength: 8, maxLength: 30 }), { minLength: 3, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('x', 'Q', '', 'zz'),
        (paragraphs, pickStart, pickLength, pickEdit, replacement) => {
          const html = (texts: string[]) => {
            const root = document.createElement('div');
            for (const t of texts) {
              const p = document.createElement('p');
              p.textContent = t;
              root.appendChild(p);
            }
            return root;
          };
          const texts = paragraphs.map((words) => words.join(' '));
          const original = html(texts);
          const text = original.textContent!;
          if (text.length < 60) return;
          const length = 40 + (pickLength % Math.min(80, text.length - 40));
          const start = pickStart % (text.length - length + 1);
          const before = createAnchorer(original);
          const selectors = before.describe(before.anchor([{ type: 'TextPositionSelector', start, end: start + length }])!);
          // Edit one character inside the quote, and add a line at the top so positions are stale.
          const at = start + 5 + (pickEdit % (length - 10));
          const editedText = text.slice(0, at) + replacement + text.slice(at + 1);
          const changed = html(['Updated:', editedText]);
          const located = createAnchorer(changed).locate(selectors);
          expect(located).not.toBeNull();
          const shift = 'Updated:'.length;
          expect(Math.abs(located!.start - (start + shift))).toBeLessThanOrEqual(2);
          expect(Math.abs(located!.end - (start + length + shift + replacement.length - 1))).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
