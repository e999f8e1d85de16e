// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { claimAt, type PaintedClaim } from '@/entrypoints/crosscheck.content/notes-selection';

const SENTENCES = ['The memo was dated June 7.', 'Six agencies saw it.', 'Nobody commented.'];

function rangeIn(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** A paragraph of three sentences, the first two painted as claims by the content script. */
function page() {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = SENTENCES.join(' ');
  document.body.append(p);
  const text = p.firstChild!;
  const first = rangeIn(text, 0, SENTENCES[0]!.length);
  const secondStart = SENTENCES[0]!.length + 1;
  const second = rangeIn(text, secondStart, secondStart + SENTENCES[1]!.length);
  const painted: PaintedClaim[] = [
    { range: first, verdict: 'divergent' },
    { range: second, verdict: 'corroborated' },
  ];
  return { text, secondStart, painted };
}

afterEach(() => {
  delete (globalThis as { CSS?: unknown }).CSS;
});

describe('claimAt', () => {
  it('gives the claim a selection starts in: its sentence and verdict', () => {
    const { text, secondStart, painted } = page();
    expect(claimAt(rangeIn(text, 4, 10), painted)).toEqual({ sentence: SENTENCES[0], verdict: 'divergent' });
    expect(claimAt(rangeIn(text, secondStart, secondStart + 3), painted)).toEqual({ sentence: SENTENCES[1], verdict: 'corroborated' });
  });

  it('gives nothing outside the claims, at the very end of one, or when nothing is painted', () => {
    const { text, painted } = page();
    const third = SENTENCES[0]!.length + SENTENCES[1]!.length + 2;
    expect(claimAt(rangeIn(text, third, third + 6), painted)).toBeUndefined();
    expect(claimAt(rangeIn(text, SENTENCES[0]!.length, SENTENCES[0]!.length + 1), painted)).toBeUndefined();
    expect(claimAt(rangeIn(text, 4, 10), [])).toBeUndefined();
  });

  it('ignores highlights the page registers under Crosscheck names', () => {
    const { text } = page();
    const fake = rangeIn(text, 0, SENTENCES[0]!.length);
    (globalThis as { CSS?: unknown }).CSS = { highlights: new Map([['crosscheck-divergent', new Set([fake])]]) };
    expect(claimAt(rangeIn(text, 4, 10), [])).toBeUndefined();
  });
});
