import { HIGHLIGHT_NAMES, type HighlightKind, type Theme } from './kinds';
import type { Painter, PaintItem } from './painter';
import { installStyles, type InstalledStyles } from './stylesheet';
import { highlightCss } from './styles';

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

/** Paints with named highlights in the page's registry: the DOM is never touched. */
export function createHighlightPainter(doc: Document, api: HighlightApi): Painter {
  let styles: InstalledStyles | null = null;
  let theme: Theme | null = null;
  let ranges: (Range | null)[] = [];

  function register(name: string, priority: number, members: Range[]) {
    const highlight = new api.Highlight(...members);
    highlight.priority = priority;
    api.registry.set(name, highlight);
  }

  function clear() {
    for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
    ranges = [];
  }

  return {
    mode: 'highlight-api',
    paint(items, nextTheme = 'light') {
      clear();
      if (!styles) styles = installStyles(doc, highlightCss(nextTheme));
      else if (theme !== nextTheme) styles.update(highlightCss(nextTheme));
      theme = nextTheme;
      const byKind: Record<HighlightKind, Range[]> = { corroborated: [], divergent: [] };
      for (const item of items) byKind[item.kind].push(item.range);
      register(HIGHLIGHT_NAMES.corroborated, PRIORITY.corroborated, byKind.corroborated);
      register(HIGHLIGHT_NAMES.divergent, PRIORITY.divergent, byKind.divergent);
      ranges = items.map((item: PaintItem) => item.range);
      return ranges.slice();
    },
    focus(index) {
      const range = index === null ? null : ranges[index];
      if (range) register(HIGHLIGHT_NAMES.focus, PRIORITY.focus, [range]);
      else api.registry.delete(HIGHLIGHT_NAMES.focus);
    },
    clear,
    destroy() {
      clear();
      styles?.remove();
      styles = null;
      theme = null;
    },
  };
}
