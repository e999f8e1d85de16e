// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPainter } from '@/lib/highlight/painter';
import { MARK_TAG } from '@/lib/highlight/kinds';
import { rangeOfSpan, readDomText, stripWhitespace } from '@/lib/page/dom-text';

const HTML =
  '<article><p id="a">Intro sentence. The <a href="/x">FSB approved</a> a <b>programme</b> in 2022. Tail text.</p>' +
  '<p id="b">Second paragraph says 6,000 warheads. Another claim here.</p></article>';

function rangeOf(sentence: string): Range {
  const text = readDomText(document.body);
  const start = text.skeleton.indexOf(stripWhitespace(sentence));
  if (start < 0) throw new Error(`not on page: ${sentence}`);
  return rangeOfSpan(text, start, start + stripWhitespace(sentence).length)!;
}

/** Every text node's data, so that a split left behind would show. */
const textNodes = () => {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
};

beforeEach(() => {
  document.head.innerHTML = '';
  document.adoptedStyleSheets = [];
  document.body.innerHTML = HTML;
});

describe('wrapping painter (no Custom Highlight API)', () => {
  it('wraps each claim, across inline markup, in marks of its kind', () => {
    const painter = createPainter(document, { forceWrap: true });
    expect(painter.mode).toBe('wrap');
    const ranges = painter.paint([
      { range: rangeOf('The FSB approved a programme in 2022.'), kind: 'divergent' },
      { range: rangeOf('Second paragraph says 6,000 warheads.'), kind: 'corroborated' },
    ]);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => [m.getAttribute('data-kind'), m.textContent])).toEqual([
      ['divergent', 'The '],
      ['divergent', 'FSB approved'],
      ['divergent', ' a '],
      ['divergent', 'programme'],
      ['divergent', ' in 2022.'],
      ['corroborated', 'Second paragraph says 6,000 warheads.'],
    ]);
    expect(ranges.map((r) => r?.toString())).toEqual(['The FSB approved a programme in 2022.', 'Second paragraph says 6,000 warheads.']);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);
  });

  it('paints two claims in one text node and puts the page back exactly on clear()', () => {
    const before = textNodes();
    const painter = createPainter(document, { forceWrap: true });
    painter.paint([
      { range: rangeOf('Second paragraph says 6,000 warheads.'), kind: 'divergent' },
      { range: rangeOf('Another claim here.'), kind: 'corroborated' },
      { range: rangeOf('Intro sentence.'), kind: 'corroborated' },
    ]);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(3);
    painter.clear();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(HTML);
    expect(textNodes()).toEqual(before);
  });

  it('marks the focused claim and only it', () => {
    const painter = createPainter(document, { forceWrap: true });
    painter.paint([
      { range: rangeOf('Intro sentence.'), kind: 'corroborated' },
      { range: rangeOf('Another claim here.'), kind: 'divergent' },
    ]);
    painter.focus(1);
    expect([...document.querySelectorAll(`${MARK_TAG}[data-focus]`)].map((m) => m.textContent)).toEqual(['Another claim here.']);
    painter.focus(null);
    expect(document.querySelectorAll(`${MARK_TAG}[data-focus]`)).toHaveLength(0);
  });

  it('painting again replaces the previous claims instead of adding to them', () => {
    const painter = createPainter(document, { forceWrap: true });
    painter.paint([{ range: rangeOf('Intro sentence.'), kind: 'corroborated' }]);
    painter.paint([{ range: rangeOf('Tail text.'), kind: 'divergent' }]);
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Tail text.']);
  });

  it('marks carry the page theme, the page gets no style sheet, and destroy() puts the page back', () => {
    const painter = createPainter(document, { forceWrap: true });
    const styled = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    painter.paint([{ range: rangeOf('Intro sentence.'), kind: 'corroborated' }], 'dark');
    expect([...document.querySelectorAll('crosscheck-mark')].map((m) => m.getAttribute('data-theme'))).toEqual(['dark']);
    painter.paint([{ range: rangeOf('Tail text.'), kind: 'divergent' }], 'light');
    expect([...document.querySelectorAll('crosscheck-mark')].map((m) => m.getAttribute('data-theme'))).toEqual(['light']);
    expect(styled()).toBe(0);
    painter.destroy();
    expect(document.body.innerHTML).toBe(HTML);
  });
});
