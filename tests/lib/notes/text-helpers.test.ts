import { describe, expect, it } from 'vitest';
import { cleanTags, cleanText } from '@/lib/notes/clean';
import { deriveUuid } from '@/lib/notes/import/derive-id';
import { jsonDepthExceeds, utf8Length } from '@/lib/notes/import/parse-json';
import { foldText, searchTerms } from '@/lib/notes/search';

describe('text cleaning', () => {
  it('removes control characters but keeps line breaks, tabs, RTL, bidi marks, combining marks and emoji', () => {
    expect(cleanText('a\u0000b\u0008c\u007f\u0085d\te\nf\rg')).toBe('abcd\te\nf\rg');
    const kept = 'مرحبا \u200F שלום e\u0301 👩🏽‍💻 \u202Bx\u202C';
    expect(cleanText(kept)).toBe(kept);
    expect(cleanText('\uDC00x\uD83D')).toBe('\uFFFDx\uFFFD');
  });

  it('cleans tags: trimmed, spaces collapsed, empty dropped, each once ignoring case', () => {
    expect(cleanTags(['  Climate\n change ', 'climate change', '', '\u0000', 'Énergie', 'énergie', 'ÉNERGIE'])).toEqual([
      'Climate change',
      'Énergie',
    ]);
  });
});

describe('search folding', () => {
  it('ignores case, accents and compatibility forms', () => {
    expect(foldText('Ünïcödé ﬁle CAFÉ')).toBe('unicode file cafe');
    expect(searchTerms('  Café   Liège ')).toEqual(['cafe', 'liege']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('import helpers', () => {
  it('counts UTF-8 bytes', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€', '\uD800']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });

  it('measures JSON nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[[[["}', 2)).toBe(false);
  });

  it('derives stable, distinct UUIDs from names', () => {
    const a = deriveUuid('hypothesis:abc');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deriveUuid('hypothesis:abc')).toBe(a);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => deriveUuid(`id-${i}`)));
    expect(many.size).toBe(5000);
  });
});
