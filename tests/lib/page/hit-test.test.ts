// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeIndexAt } from '@/lib/page/hit-test';

describe('rangeIndexAt', () => {
  it('finds the claim range holding a DOM point, in document order, or -1 between claims', () => {
    document.body.innerHTML = '<p id="p">First claim. Gap. Second <a>claim</a>. Gap two. Third claim.</p>';
    const p = document.getElementById('p')!;
    const text = p.firstChild as Text; // "First claim. Gap. Second "
    const link = p.querySelector('a')!.firstChild as Text;
    const tail = p.lastChild as Text; // ". Gap two. Third claim."
    const r = (node: Node, start: number, endNode: Node, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(endNode, end);
      return range;
    };
    const ranges = [r(text, 0, text, 12), r(text, 18, tail, 1), r(tail, 11, tail, tail.data.length)];
    expect(rangeIndexAt(ranges, text, 3)).toBe(0);
    expect(rangeIndexAt(ranges, text, 15)).toBe(-1);
    expect(rangeIndexAt(ranges, link, 2)).toBe(1);
    expect(rangeIndexAt(ranges, tail, 5)).toBe(-1);
    expect(rangeIndexAt(ranges, tail, 15)).toBe(2);
    expect(rangeIndexAt([], text, 0)).toBe(-1);
  });
});
