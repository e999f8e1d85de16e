import { IGNORE_ATTRIBUTE } from '@/lib/page/dom-text';

export interface ShadowHost {
  host: HTMLElement;
  /** Closed: page scripts cannot reach it through the host. */
  root: ShadowRoot;
}

/**
 * A UI host for the page: an element under <html> (outside <body>) marked to be left out of the
 * page's text, so it never shifts the offsets claims and notes are anchored by, with a closed shadow
 * root holding `css`. The page's CSS does not reach in, and a page script cannot read what is shown
 * or typed in it.
 */
export function attachShadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute(IGNORE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}
