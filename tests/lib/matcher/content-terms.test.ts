import { describe, expect, it } from 'vitest';
import { contentTerms } from '@/lib/matcher/features';

const SENTENCE = "Officials in the United States signed off Russia's plan, and Russia's allies signed it too.";

describe('contentTerms', () => {
  it('gives each term once, in the order first seen, a possessive read as its word', () => {
    const terms = contentTerms(SENTENCE);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.indexOf(contentTerms('Russia')[0]!)).toBeGreaterThan(terms.indexOf(contentTerms('officials')[0]!));
    expect(contentTerms("Russia's allies")).toEqual(contentTerms('Russia allies'));
  });

  it('folds a phrase however its whitespace is written', () => {
    const spaced = contentTerms(SENTENCE);
    expect(spaced).toContain('usa');
    expect(spaced).toContain(contentTerms('approve')[0]);
    expect(contentTerms(SENTENCE.replace(/ /g, '\n  \t'))).toEqual(spaced);
    expect(contentTerms(`  ${SENTENCE.replace('United States', 'United\u00a0\n States')}  `)).toEqual(spaced);
  });

  it('reads a text longer than its table of words holds as the same words one by one', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
    const long = words.join(' ');
    expect(long.length).toBeGreaterThan(1 << 17);
    const one = [...new Set(words.flatMap((w) => contentTerms(w)))];
    expect(contentTerms(long)).toEqual(one);
  });

  it('reads a text the same after many other words have been read', () => {
    const before = contentTerms(SENTENCE);
    for (let i = 0; i < 50_000; i += 100) contentTerms(Array.from({ length: 100 }, (_, k) => `q${(i + k).toString(36).replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]!)}`).join(' '));
    expect(contentTerms(SENTENCE)).toEqual(before);
    expect(contentTerms(`${SENTENCE} Officials`)).toEqual(before);
  });
});
