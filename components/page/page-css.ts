// Relative imports: this module is also loaded by wxt.config.ts, outside the bundler's "@/" alias.
import { highlightCss, markCss } from '../../lib/highlight/styles';
import { noteHighlightCss } from './notes/highlight-css';

/** File name of the style sheet the content script brings to every page it runs on. */
export const PAGE_CSS_FILE = 'content-scripts/crosscheck-page.css';

/**
 * Every rule Crosscheck needs in the page's own style scope: claim highlights (both themes), the
 * fallback marks, and note highlights. The browser loads it with the page (the manifest lists it
 * next to the content script), because adding a sheet to a loaded page restyles all of it: on a page
 * of 100,000 elements that alone holds the page up for hundreds of milliseconds. The rules only
 * name Crosscheck's own highlights and element, so they change nothing until something is painted.
 */
export function pageCss(): string {
  return `/* Crosscheck: highlights of claims and notes. */\n${highlightCss()}\n${markCss()}\n${noteHighlightCss()}\n`;
}
