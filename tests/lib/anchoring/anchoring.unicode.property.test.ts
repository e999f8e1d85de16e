// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, createAnchorer, describe } from '@/lib/anchoring';

/** Pieces of text that trouble offset arithmetic: surrogate pairs, joiners, combining marks, bidi controls, NUL. */
const piece = fc.constantFrom(
  'news ',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '😀',
  'e\u0301',
  '\u05e9\u05dc\u05d5\u05dd',
  'مرحبا',
  '\u202E',
  '\u200F',
  '\u0000',
  '\u00a0',
  ' ',
  '\n',
  'x',
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** Paragraphs of such text; a range starts and ends on code point boundaries (a reader cannot select half an emoji). */
const documentAndRange = fc.array(text, { minLength: 1, maxLength: 4 }).chain((paragraphs) => {
  const root = document.createElement('div');
  for (const p of paragraphs) root.appendChild(document.createElement('p')).append(p);
  const all = paragraphs.join('');
  const boundaries: number[] = [];
  for (let i = 0; i <= all.length; i++) {
    const c = all.charCodeAt(i - 1);
    if (i === 0 || !(c >= 0xd800 && c <= 0xdbff)) boundaries.push(i);
  }
  return fc
    .tuple(fc.constantFrom(...boundaries), fc.constantFrom(...boundaries))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ root, start: Math.min(a, b), end: Math.max(a, b) }));
});

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

suite('anchoring properties with unexpected Unicode', () => {
  it('describe → anchor finds the same text for emoji, joiners, combining marks, RTL text, bidi controls and NUL', () => {
    fc.assert(
      fc.property(documentAndRange, ({ root, start, end }) => {
        const range = rangeAt(root, start, end);
        if (!range) return;
        const selectors = describe(root, range);
        expect(anchor(root, selectors)?.toString()).toBe(range.toString());
        // The quote alone (as another tool might export it) finds text equal to it.
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
        expect(createAnchorer(root).anchor([quote])?.toString()).toBe(quote.exact);
      }),
      { numRuns: 300 },
    );
  });
});
