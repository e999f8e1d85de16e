import { IGNORE_ATTRIBUTE } from '../page/dom-text';

export interface InstalledStyles {
  /** Replaces the rules. */
  update(css: string): void;
  remove(): void;
}

/**
 * Adds rules to a document's own style scope (needed for ::highlight() to reach page text).
 * A constructed sheet in adoptedStyleSheets adds no node to the page; where that is refused
 * (older browsers, or a content-script sandbox that will not hand over the array) a <style>
 * element is added to <head> instead and removed again with `remove()`.
 */
export function installStyles(doc: Document, css: string): InstalledStyles {
  const adopted = adopt(doc, css);
  if (adopted) return adopted;
  const style = doc.createElement('style');
  style.setAttribute(IGNORE_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    update: (next) => void (style.textContent = next),
    remove: () => style.remove(),
  };
}

function adopt(doc: Document, css: string): InstalledStyles | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet || !Array.isArray(doc.adoptedStyleSheets) || typeof Sheet.prototype.replaceSync !== 'function') return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return {
      update: (next) => sheet.replaceSync(next),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    return null;
  }
}
