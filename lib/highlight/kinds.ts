/** The two kinds of claim Crosscheck paints. */
export type HighlightKind = 'corroborated' | 'divergent';

/** Names in the page's highlight registry (CSS Custom Highlight API) and in ::highlight() rules. */
export const HIGHLIGHT_NAMES = {
  corroborated: 'crosscheck-corroborated',
  divergent: 'crosscheck-divergent',
  focus: 'crosscheck-focus',
} as const;

/**
 * The highlight name of a kind on a page of a theme: each theme has names of its own, so that every
 * rule can sit in one style sheet loaded with the page (switching theme never restyles the page).
 */
export function highlightName(kind: keyof typeof HIGHLIGHT_NAMES, theme: Theme): string {
  return theme === 'light' ? HIGHLIGHT_NAMES[kind] : `${HIGHLIGHT_NAMES[kind]}-${theme}`;
}

/** The element that wraps claim text where the browser lacks the Custom Highlight API. */
export const MARK_TAG = 'crosscheck-mark';

/** Page background the highlights must stay legible on. */
export type Theme = 'light' | 'dark';
