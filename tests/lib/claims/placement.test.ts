import { describe, expect, it } from 'vitest';
import { placeCard, rectAt } from '@/lib/claims/placement';

const viewport = { width: 1000, height: 800 };
const line = (left: number, top: number, width = 300, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('goes below the line when there is room', () => {
    const p = placeCard(line(100, 100), viewport, 380);
    expect(p).toMatchObject({ left: 100, top: 126 });
    expect(p.bottom).toBeUndefined();
    expect(p.maxHeight).toBeGreaterThan(600);
  });

  it('goes above the line near the bottom of the view', () => {
    const p = placeCard(line(100, 700), viewport, 380);
    expect(p.top).toBeUndefined();
    expect(p.bottom).toBe(800 - 700 + 6);
    expect(p.maxHeight).toBeLessThanOrEqual(700);
  });

  it('never leaves the view sideways', () => {
    expect(placeCard(line(900, 100), viewport, 380).left).toBe(1000 - 380 - 8);
    expect(placeCard(line(-50, 100), viewport, 380).left).toBe(8);
  });
});

describe('rectAt', () => {
  it('finds the line box under a point', () => {
    const rects = [line(100, 100), line(0, 120, 500)];
    expect(rectAt(rects, 50, 130)).toBe(rects[1]);
    expect(rectAt(rects, 50, 105)).toBeNull();
    expect(rectAt(rects, 150, 110)).toBe(rects[0]);
  });
});
