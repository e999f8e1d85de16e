import { describe, expect, it } from 'vitest';
import { placeNear } from '@/components/page/notes/position';
import { formatTags, parseTags } from '@/components/page/notes/tags';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

describe('placeNear', () => {
  it('puts the panel below its anchor when there is room', () => {
    expect(placeNear({ left: 100, top: 100, width: 50, height: 20 }, size, viewport)).toEqual({ left: 100, top: 128 });
  });

  it('puts it above when there is no room below', () => {
    expect(placeNear({ left: 100, top: 700, width: 50, height: 20 }, size, viewport)).toEqual({ left: 100, top: 492 });
  });

  it('keeps it on screen horizontally and vertically', () => {
    expect(placeNear({ left: 950, top: 100, width: 40, height: 20 }, size, viewport).left).toBe(692);
    expect(placeNear({ left: -40, top: 100, width: 40, height: 20 }, size, viewport).left).toBe(8);
    const cramped = placeNear({ left: 10, top: 50, width: 10, height: 700 }, size, { width: 1000, height: 300 });
    expect(cramped.top).toBeGreaterThanOrEqual(8);
    expect(cramped.top + size.height).toBeLessThanOrEqual(300);
  });
});

describe('tags as typed', () => {
  it('splits on commas, trims, drops empties and case-insensitive repeats', () => {
    expect(parseTags(' a , b,,A, c d ')).toEqual({ tags: ['a', 'b', 'c d'] });
    expect(parseTags('')).toEqual({ tags: [] });
  });

  it('refuses too many tags', () => {
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`).join(',');
    expect(parseTags(many)).toEqual({ error: 'A note may have at most 50 tags.' });
  });

  it('formats tags back for editing', () => {
    expect(formatTags(['a', 'b c'])).toBe('a, b c');
  });
});
