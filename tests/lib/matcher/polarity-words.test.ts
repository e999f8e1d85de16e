import { describe, expect, it } from 'vitest';
import { sidesOfStem } from '@/lib/matcher/polarity';
import { stem } from '@/lib/text/stem';

const sides = (word: string) => sidesOfStem(stem(word));

describe('the sides of the pairs of opposites a word stands on', () => {
  it('are read by whole stem where the pair asks for it, else by prefix', () => {
    // "won" is a whole stem: "wonder" is no win.
    expect(sides('won').length).toBe(1);
    expect(sides('wonder')).toEqual([]);
    // "criticis" is a prefix: "criticised" and "criticises" both stand on its side.
    expect(sides('criticised')).toEqual(sides('criticises'));
    expect(sides('criticised').length).toBe(1);
  });

  it('put opposites on the two sides of one pair, and most words on none', () => {
    const [rose] = sides('rose');
    const [fell] = sides('fell');
    expect(rose! >> 1).toBe(fell! >> 1);
    expect(rose).not.toBe(fell);
    expect(sides('harbour')).toEqual([]);
  });
});
