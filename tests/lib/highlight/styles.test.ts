import { describe, expect, it } from 'vitest';
import { highlightCss, markCss } from '@/lib/highlight/styles';
import { luminanceOf } from '@/lib/highlight/theme';
import { HIGHLIGHT_NAMES } from '@/lib/highlight/kinds';

function ruleFor(css: string, selector: string): string {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('highlight styles', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`tells the kinds apart by the shape of the underline, not colour alone (${theme})`, () => {
      const css = highlightCss(theme);
      const corroborated = ruleFor(css, `::highlight(${HIGHLIGHT_NAMES.corroborated})`);
      const divergent = ruleFor(css, `::highlight(${HIGHLIGHT_NAMES.divergent})`);
      expect(corroborated).toContain('text-decoration-style: solid');
      expect(divergent).toContain('text-decoration-style: wavy');
      const marks = markCss(theme);
      expect(ruleFor(marks, '[data-kind="corroborated"]')).toContain('solid');
      expect(ruleFor(marks, '[data-kind="divergent"]')).toContain('wavy');
    });
  }

  it('uses translucent tints, so the page’s text colour shows through on any background', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const m of highlightCss(theme).matchAll(/background-color: rgba\([^)]*?([\d.]+)\)/g)) {
        expect(Number(m[1])).toBeLessThan(0.35);
      }
    }
  });

  it('never sets the text colour of the page', () => {
    expect(highlightCss('light')).not.toMatch(/(^|[\s;{])color:/);
  });
});

describe('luminanceOf', () => {
  it('reads computed rgb colours', () => {
    expect(luminanceOf('rgb(0, 0, 0)')).toBe(0);
    expect(luminanceOf('rgba(255, 255, 255, 1)')).toBeCloseTo(1);
    expect(luminanceOf('rgb(230, 230, 230)')!).toBeGreaterThan(0.5);
    expect(luminanceOf('transparent')).toBeNull();
  });
});
