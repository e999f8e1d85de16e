import { describe, expect, it } from 'vitest';
import { foldPunctuation, normalizeText } from '@/lib/text/normalize';
import { stem } from '@/lib/text/stem';
import { tokenize } from '@/lib/text/tokenize';

describe('normalisation', () => {
  it('folds typographic punctuation one character for one', () => {
    const input = '\u201cIt\u2019s 6\u2013 7\u201d\u2026';
    expect(foldPunctuation(input)).toBe('"It\'s 6- 7".');
    expect(foldPunctuation(input)).toHaveLength(input.length);
  });

  it('gives a lower-case, accent-free comparison form', () => {
    expect(normalizeText('  Caf\u00e9   \u201cD\u00e9j\u00e0\u201d ')).toBe('cafe "deja"');
  });
});

describe('stem (Porter)', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'],
    ['happy', 'happi'], ['relational', 'relat'], ['conditional', 'condit'], ['hopefulness', 'hope'], ['electrical', 'electr'],
    ['adjustment', 'adjust'], ['controlling', 'control'], ['generalizations', 'gener'], ['agencies', 'agenc'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('folds inflections of the same word together', () => {
    expect(stem('reported')).toBe(stem('reporting'));
    expect(stem('treaties')).toBe(stem('treaty'));
  });
});

describe('tokenize', () => {
  it('keeps offsets, drops possessive s, and marks numbers and capitals', () => {
    const text = "Russia's 6,500km border, the 7th Service";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['russia', '6,500', 'km', 'border', 'the', '7th', 'service']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokens[0]!.capitalized).toBe(true);
    expect(tokens[1]!.isNumber).toBe(true);
  });
});
