import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '@/lib/page/dom-text';
import { locateQuotes } from '@/lib/page/locate';

const skeletonOf = (text: string) => stripWhitespace(text);

describe('locateQuotes', () => {
  it('finds quotes whatever their whitespace', () => {
    const page = skeletonOf('Menu Home  World\n The mayor  resigned on Friday. Prices rose 4%.');
    const [a, b] = locateQuotes(page, ['The mayor resigned\non Friday.', 'Prices  rose 4%.']);
    expect(page.slice(a!.start, a!.end)).toBe('ThemayorresignedonFriday.');
    expect(page.slice(b!.start, b!.end)).toBe('Pricesrose4%.');
  });

  it('gives null for quotes not on the page or empty', () => {
    expect(locateQuotes('abc', ['xyz', '   '])).toEqual([null, null]);
  });

  it('places a repeated sentence where it keeps the article in order', () => {
    // The lede appears first in a teaser box above the article, then in the article itself.
    const teaser = 'Officials confirmed the dam held overnight.';
    const page = skeletonOf(`Top story: ${teaser} Read more. ${teaser} Water levels fell by noon. Crews stayed on site.`);
    const spans = locateQuotes(page, [teaser, 'Water levels fell by noon.', 'Crews stayed on site.']);
    const article = page.indexOf('Readmore.') + 'Readmore.'.length;
    expect(spans[0]!.start).toBe(article);
    expect(spans[1]!.start).toBeGreaterThan(spans[0]!.end - 1);
  });

  it('keeps order across several repeated sentences after a unique one', () => {
    const page = skeletonOf('A one. Repeat. B two. Repeat. C three.');
    const spans = locateQuotes(page, ['B two.', 'Repeat.', 'C three.']);
    expect(spans[1]!.start).toBe(page.lastIndexOf('Repeat.'));
  });
});
