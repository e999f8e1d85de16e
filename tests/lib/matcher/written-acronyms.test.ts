import { describe, expect, it } from 'vitest';
import { writtenAcronyms } from '@/lib/matcher/acronyms';
import type { LightFeatures } from '@/lib/matcher/features';

const features = (text: string): LightFeatures => ({ text, terms: [], entityTerms: new Set(), quoteTerms: [] });

/** Each stretch of capitals and dots that does not continue a word, its capitals in lower case (two or more). */
function byStretches(text: string): Set<string> {
  const out = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    if (!/[A-Z]/.test(text[at]!) || (at > 0 && /[A-Za-z]/.test(text[at - 1]!))) continue;
    const capitals = /^[A-Z.]*/.exec(text.slice(at))![0].replace(/\./g, '');
    if (capitals.length >= 2) out.add(capitals.toLowerCase());
  }
  return out;
}

describe('writtenAcronyms', () => {
  it('reads acronyms written in capitals, with or without dots', () => {
    expect([...writtenAcronyms(features('The GBA plan, the U.S. view and N.A.T.O. forces in Kyiv.'))]).toEqual(['gba', 'us', 'nato', 'ato', 'to']);
    expect(writtenAcronyms(features('Nothing here but Names.')).size).toBe(0);
  });

  it('reads what the stretches of capitals and dots give, on random strings', () => {
    let seed = 11;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 8) / 0x1000000;
    const alphabet = ['A', 'B', 'Z', 'a', 'z', '.', ' ', '-', '1', "'"];
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 20); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect([...writtenAcronyms(features(text))], JSON.stringify(text)).toEqual([...byStretches(text)]);
    }
  });
});
