// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { claimAt } from '@/entrypoints/crosscheck.content/notes-selection';

const SENTENCES = ['The memo was dated June 7.', 'Six agencies saw it.', 'Nobody commented.'];

function rangeIn(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** A paragraph of three sentences, the first two painted as claims in the page's highlight registry. */
function page() {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = SENTENCES.join(' ');
  document.body.append(p);
  const text = p.firstChild!;
  const first = rangeIn(text, 0, SENTENCES[0]!.length);
  const secondStart = SENTENCES[0]!.length + 1;
  const second = rangeIn(text, secondStart, secondStart + SENTENCES[1]!.length);
  (globalThis as { CSS?: unknown }).CSS = {
    highlights: new Map<string, Set<Range>>([
      ['crosscheck-note-yellow', new Set([rangeIn(text, 0, 3)])],
      ['crosscheck-divergent', new Set([first])],
      ['crosscheck-corroborated', new Set([second])],
    ]),
  };
  return { text, secondStart };
}

afterEach(() => {
  delete (globalThis as { CSS?: unknown }).CSS;
});

describe('claimAt', () => {
  it('gives the claim a selection starts in: its sentence and verdict', () => {
    const { text, secondStart } = page();
    expect(claimAt(rangeIn(text, 4, 10))).toEqual({ sentence: SENTENCES[0], verdict: 'divergent' });
    expect(claimAt(rangeIn(text, secondStart, secondStart + 3))).toEqual({ sentence: SENTENCES[1], verdict: 'corroborated' });
  });

  it('gives nothing outside the claims, at the very end of one, or without the highlight API', () => {
    const { text } = page();
    const third = SENTENCES[0]!.length + SENTENCES[1]!.length + 2;
    expect(claimAt(rangeIn(text, third, third + 6))).toBeUndefined();
    expect(claimAt(rangeIn(text, SENTENCES[0]!.length, SENTENCES[0]!.length + 1))).toBeUndefined();
    delete (globalThis as { CSS?: unknown }).CSS;
    expect(claimAt(rangeIn(text, 4, 10))).toBeUndefined();
  });
});
