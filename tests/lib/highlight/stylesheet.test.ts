// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { installStyles } from '@/lib/highlight/stylesheet';
import { IGNORE_ATTRIBUTE } from '@/lib/page/dom-text';

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
  document.adoptedStyleSheets = [];
  document.head.innerHTML = '';
});

describe('installStyles', () => {
  it('adopts a constructed sheet: no node is added to the page', () => {
    const styles = installStyles(document, 'p { color: red; }');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    styles.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('keeps the page’s own adopted sheets', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const styles = installStyles(document, 'p { color: red; }');
    styles.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('falls back to a <style> element, left out of the page text, where adopting is refused', () => {
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    const styles = installStyles(document, 'p { color: red; }');
    const style = document.head.querySelector('style')!;
    expect(style.textContent).toBe('p { color: red; }');
    expect(style.hasAttribute(IGNORE_ATTRIBUTE)).toBe(true);
    styles.update('p { color: blue; }');
    expect(style.textContent).toBe('p { color: blue; }');
    styles.remove();
    expect(document.head.querySelector('style')).toBeNull();
  });
});
