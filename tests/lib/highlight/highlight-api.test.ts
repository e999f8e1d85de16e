// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter, highlightApiOf, type HighlightApi } from '@/lib/highlight/highlight-api';
import { HIGHLIGHT_NAMES, highlightName } from '@/lib/highlight/kinds';

/** A stand-in for CSS.highlights and Highlight, recording what the painter registers. */
function fakeApi() {
  class FakeHighlight {
    priority = 0;
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range) {
      this.ranges.push(range);
    }
    clear() {
      this.ranges.length = 0;
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = { registry: registry as unknown as HighlightApi['registry'], Highlight: FakeHighlight };
  return { api, registry };
}

function rangeOver(id: string): Range {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById(id)!);
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  document.body.innerHTML = '<p id="a">One claim.</p><p id="b">Two claim.</p><p id="c">Three claim.</p>';
  document.adoptedStyleSheets = [];
  document.head.innerHTML = '';
});

describe('Custom Highlight API painter', () => {
  it('registers one highlight per kind, divergent above corroborated, without touching the DOM', () => {
    const { api, registry } = fakeApi();
    const html = document.body.innerHTML;
    const painter = createHighlightPainter(api);
    const [a, b, c] = [rangeOver('a'), rangeOver('b'), rangeOver('c')];
    const painted = painter.paint([
      { range: a, kind: 'corroborated' },
      { range: b, kind: 'divergent' },
      { range: c, kind: 'corroborated' },
    ]);
    expect(painted).toEqual([a, b, c]);
    expect(registry.get(HIGHLIGHT_NAMES.corroborated)!.ranges).toEqual([a, c]);
    expect(registry.get(HIGHLIGHT_NAMES.divergent)!.ranges).toEqual([b]);
    expect(registry.get(HIGHLIGHT_NAMES.divergent)!.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAMES.corroborated)!.priority);
    expect(document.body.innerHTML).toBe(html);
  });

  it('focuses one claim above the others, and clears everything', () => {
    const { api, registry } = fakeApi();
    const painter = createHighlightPainter(api);
    const b = rangeOver('b');
    painter.paint([
      { range: rangeOver('a'), kind: 'corroborated' },
      { range: b, kind: 'divergent' },
    ]);
    painter.focus(1);
    expect(registry.get(HIGHLIGHT_NAMES.focus)!.ranges).toEqual([b]);
    expect(registry.get(HIGHLIGHT_NAMES.focus)!.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAMES.divergent)!.priority);
    painter.focus(null);
    expect(registry.has(HIGHLIGHT_NAMES.focus)).toBe(false);
    painter.focus(1);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('paints a dark page under the dark names, adds no style sheet, and clears every theme', () => {
    const { api, registry } = fakeApi();
    const painter = createHighlightPainter(api);
    painter.paint([{ range: rangeOver('a'), kind: 'corroborated' }], 'light');
    expect([...registry.keys()].sort()).toEqual([HIGHLIGHT_NAMES.corroborated, HIGHLIGHT_NAMES.divergent]);
    painter.paint([{ range: rangeOver('b'), kind: 'divergent' }], 'dark');
    painter.focus(0);
    const dark = ['corroborated', 'divergent', 'focus'] as const;
    expect([...registry.keys()].sort()).toEqual(dark.map((kind) => highlightName(kind, 'dark')).sort());
    expect(registry.get(highlightName('divergent', 'dark'))!.ranges).toHaveLength(1);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    painter.destroy();
    expect(registry.size).toBe(0);
  });

  it('finds no API where the browser has none', () => {
    // happy-dom has no CSS.highlights: the fallback painter is used there.
    expect(highlightApiOf(document)).toBeNull();
  });
});
