import { HIGHLIGHT_NAMES, highlightName, type HighlightKind, type Theme } from './kinds';
import type { Painter, PaintItem } from './painter';

/** The parts of the CSS Custom Highlight API the painter uses. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => { priority: number; add(range: Range): unknown; clear(): void };
}

/** The document's highlight registry and Highlight constructor, or null when the browser lacks them. */
export function highlightApiOf(doc: Document): HighlightApi | null {
  const view = doc.defaultView as unknown as { Highlight?: HighlightApi['Highlight']; CSS?: { highlights?: HighlightApi['registry'] } } | null;
  const registry = view?.CSS?.highlights;
  if (!view?.Highlight || !registry || typeof registry.set !== 'function') return null;
  return { registry, Highlight: view.Highlight };
}

const PRIORITY: Record<HighlightKind | 'focus', number> = { corroborated: 1, divergent: 2, focus: 3 };
const KINDS = Object.keys(HIGHLIGHT_NAMES) as (keyof typeof HIGHLIGHT_NAMES)[];

/**
 * Paints with named highlights in the page's registry: the DOM is never touched, and no style sheet
 * is added (the ::highlight() rules come with the content script's own sheet, loaded with the page,
 * see page-css.ts: adding a sheet later would make the browser restyle the whole page).
 */
export function createHighlightPainter(api: HighlightApi): Painter {
  let theme: Theme = 'light';
  let ranges: (Range | null)[] = [];

  function register(kind: keyof typeof HIGHLIGHT_NAMES, members: Range[]) {
    const highlight = new api.Highlight(...members);
    highlight.priority = PRIORITY[kind];
    api.registry.set(highlightName(kind, theme), highlight);
  }

  function clear() {
    for (const kind of KINDS) for (const t of ['light', 'dark'] as const) api.registry.delete(highlightName(kind, t));
    ranges = [];
  }

  return {
    mode: 'highlight-api',
    paint(items, nextTheme = 'light') {
      clear();
      theme = nextTheme;
      const byKind: Record<HighlightKind, Range[]> = { corroborated: [], divergent: [] };
      for (const item of items) byKind[item.kind].push(item.range);
      register('corroborated', byKind.corroborated);
      register('divergent', byKind.divergent);
      ranges = items.map((item: PaintItem) => item.range);
      return ranges.slice();
    },
    focus(index) {
      const range = index === null ? null : ranges[index];
      if (range) register('focus', [range]);
      else for (const t of ['light', 'dark'] as const) api.registry.delete(highlightName('focus', t));
    },
    clear,
    destroy: clear,
  };
}
