import { describe, expect, it } from 'vitest';
import { pageCss } from '@/components/page/page-css';
import { FOCUS_HIGHLIGHT, noteHighlightName } from '@/components/page/notes/highlight-css';
import { HIGHLIGHT_NAMES, highlightName, MARK_TAG } from '@/lib/highlight/kinds';
import { NOTE_COLOURS } from '@/lib/notes/model';

/** The selector of every rule of a flat style sheet (no at-rules). */
function selectors(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1]!.trim());
}

describe('the page style sheet', () => {
  const css = pageCss();

  it('has a rule for every highlight name the painters register', () => {
    const names = [
      ...(Object.keys(HIGHLIGHT_NAMES) as (keyof typeof HIGHLIGHT_NAMES)[]).flatMap((kind) => [highlightName(kind, 'light'), highlightName(kind, 'dark')]),
      ...NOTE_COLOURS.map(noteHighlightName),
      FOCUS_HIGHLIGHT,
    ];
    const ruled = new Set(selectors(css));
    for (const name of names) expect(ruled, name).toContain(`::highlight(${name})`);
  });

  it('styles only Crosscheck’s own highlights and mark element, so it changes nothing on a page until something is painted', () => {
    const all = selectors(css);
    expect(all.length).toBeGreaterThan(10);
    for (const selector of all) {
      expect(selector.startsWith('::highlight(crosscheck-') || selector.startsWith(MARK_TAG), selector).toBe(true);
    }
  });
});
