import { describe, expect, it } from 'vitest';
import { foldPunctuation, stripDiacritics } from '@/lib/text/normalize';
import { tokenize, type Token } from '@/lib/text/tokenize';

/** Tokens as read by the pattern the scanner follows, one match at a time. */
function byPattern(text: string): Token[] {
  const folded = foldPunctuation(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(/[A-Za-z\u00C0-\u024F]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/g)) {
    const raw = m[0].replace(/'s$/i, '').replace(/(?<=s)'$/i, '');
    const isNumber = /^\d/.test(raw);
    out.push({
      norm: isNumber ? raw : stripDiacritics(raw).toLowerCase(),
      raw,
      start: m.index,
      end: m.index + raw.length,
      capitalized: /^[A-Z\u00C0-\u00DE]/.test(raw),
      isNumber,
    });
  }
  return out;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return ((s >>> 8) & 0xffff) / 0x10000;
  };
}

// Characters at the edges of what the scanner tells apart: letters and the ends of the Latin ranges,
// apostrophes (straight and curly), digits and separators, ordinal suffixes and their near misses.
const ALPHABET = [
  'a', 'z', 'A', 'Z', 's', 'S', 't', 'n', 'd', 'r', 'h', 'x', '\u00bf', '\u00c0', '\u00c9', '\u00d7', '\u00de', '\u00df',
  '\u00e9', '\u00f7', '\u024f', '\u0250', "'", '\u2019', '0', '5', '9', '.', ',', ' ', '-', '"', '\u00a0', 'U', 'é',
];

describe('tokenize reads what its pattern matches', () => {
  it('on news text', () => {
    for (const text of [
      "Russia's 6,500km border, the 7th Service",
      "The ministers' talks don't end: Côte d'Ivoire's 1.5bn, 3rd, 21st, 2nd-place, 4th.5 and 10,000.",
      'Ça, über and ÆSIR: O\u2019Neill’s 22nd-floor office (1990s) said 12.50 Euros; 1,2,3 and 1.2.3rdly.',
      "'quoted' rock'n'roll x's' ''s 9st 9sth 9s",
    ]) {
      expect(tokenize(text)).toEqual(byPattern(text));
    }
  });

  it('on random strings of the characters at its edges', () => {
    const next = random(7);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
