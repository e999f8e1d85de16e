import { describe, expect, it } from 'vitest';
import { highlightCss, markCss } from '@/lib/highlight/styles';
import { luminanceOf } from '@/lib/highlight/theme';
import { highlightName } from '@/lib/highlight/kinds';

function ruleFor(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('highlight styles', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`tells the kinds apart by the shape of the underline, not colour alone (${theme})`, () => {
      const corroborated = ruleFor(highlightCss(), `::highlight(${highlightName('corroborated', theme)})`);
      const divergent = ruleFor(highlightCss(), `::highlight(${highlightName('divergent', theme)})`);
      expect(corroborated).toContain('text-decoration-style: solid');
      expect(divergent).toContain('text-decoration-style: wavy');
      const scope = `crosscheck-mark[data-theme="${theme}"]`;
      expect(ruleFor(markCss(), `${scope}[data-kind="corroborated"]`)).toContain('solid');
      expect(ruleFor(markCss(), `${scope}[data-kind="divergent"]`)).toContain('wavy');
      expect(ruleFor(markCss(), `${scope}[data-focus]`)).toContain('text-decoration-line');
    });
  }

  it('gives each theme its own underline colours', () => {
    const line = (theme: 'light' | 'dark') => /text-decoration-color: ([^;]+)/.exec(ruleFor(highlightCss(), `::highlight(${highlightName('divergent', theme)})`))![1];
    expect(line('light')).not.toBe(line('dark'));
    expect(luminanceOf(`rgb(${[...line('dark')!.matchAll(/[0-9a-f]{2}/gi)].map((m) => parseInt(m[0], 16)).join(',')})`)!).toBeGreaterThan(0.5);
  });

  it('uses translucent tints, so the page’s text colour shows through on any background', () => {
    for (const m of highlightCss().matchAll(/background-color: rgba\([^)]*?([\d.]+)\)/g)) {
      expect(Number(m[1])).toBeLessThan(0.35);
    }
  });

  it('never sets the text colour of the page', () => {
    expect(highlightCss()).not.toMatch(/(^|[\s;{])color:/);
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
