import type { Theme } from './kinds';

/** Relative luminance (0 dark … 1 light) of a CSS rgb()/rgba() colour, or null for anything else. */
export function luminanceOf(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Whether the article is dark text on a light page or light text on a dark one, read from the
 * computed text colour of an element of the article (one style lookup).
 */
export function themeOf(element: Element | null): Theme {
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return 'light';
  const luminance = luminanceOf(view.getComputedStyle(element).color);
  return luminance !== null && luminance > 0.5 ? 'dark' : 'light';
}
