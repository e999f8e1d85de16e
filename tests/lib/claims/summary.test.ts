import { describe, expect, it } from 'vitest';
import { badgeText, countClaims, describeCounts, shorten } from '@/lib/claims/summary';
import { stepClaim } from '@/lib/claims/navigation';
import { isPaintable } from '@/lib/claims/types';

describe('claim counts', () => {
  it('counts by verdict', () => {
    const counts = countClaims([{ verdict: 'divergent' }, { verdict: 'corroborated' }, { verdict: 'divergent' }]);
    expect(counts).toEqual({ corroborated: 1, divergent: 2 });
    expect(describeCounts(counts)).toBe('1 corroborated, 2 divergent');
    expect(describeCounts({ corroborated: 0, divergent: 0 })).toMatch(/^No claims/);
  });

  it('makes a short badge, empty when nothing was painted', () => {
    expect(badgeText({ corroborated: 0, divergent: 0 })).toBe('');
    expect(badgeText({ corroborated: 3, divergent: 4 })).toBe('7');
    expect(badgeText({ corroborated: 1000, divergent: 4 })).toBe('999+');
  });

  it('shortens long claims on a word boundary', () => {
    const long = 'The memo says the agency ordered officers to gather information about users of a messaging app, and to watch for contacts with scientists abroad.';
    const short = shorten(long, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shorten('  Short   one. ')).toBe('Short one.');
  });
});

describe('isPaintable', () => {
  const evidence = { articleId: 'a', outlet: 'O', title: 'T', sentence: 'S' };
  it('paints corroborated and divergent claims with evidence only', () => {
    expect(isPaintable({ text: 'x', verdict: 'corroborated', score: 1, evidence, differences: [] })).toBe(true);
    expect(isPaintable({ text: 'x', verdict: 'divergent', score: 1, evidence, differences: [] })).toBe(true);
    expect(isPaintable({ text: 'x', verdict: 'none', score: 1, evidence, differences: [] })).toBe(false);
    expect(isPaintable({ text: 'x', verdict: 'divergent', score: 1, evidence: null, differences: [] })).toBe(false);
  });
});

describe('stepClaim', () => {
  it('moves forward and back, wrapping at both ends', () => {
    expect(stepClaim(0, 3, 1)).toBe(1);
    expect(stepClaim(2, 3, 1)).toBe(0);
    expect(stepClaim(0, 3, -1)).toBe(2);
  });

  it('starts at the first claim in view when none is focused', () => {
    expect(stepClaim(null, 5, 1)).toBe(0);
    expect(stepClaim(null, 5, -1)).toBe(4);
    expect(stepClaim(null, 5, 1, 3)).toBe(3);
    expect(stepClaim(null, 5, -1, 3)).toBe(2);
  });

  it('has nowhere to go without claims, and recovers from a stale index', () => {
    expect(stepClaim(null, 0, 1)).toBeNull();
    expect(stepClaim(7, 3, 1)).toBe(0);
  });
});
