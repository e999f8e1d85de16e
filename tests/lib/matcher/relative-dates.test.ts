import { describe, expect, it } from 'vitest';
import { datesAgree, extractDates } from '@/lib/matcher/dates';
import { createMatcher } from '@/lib/matcher/matcher';
import { loadBundledCorpus } from '@/lib/corpus/load';

describe('an interval seen from each of its ends', () => {
  const same = (a: string, b: string) => {
    const [x] = extractDates(a, new Array<boolean>(a.length).fill(false));
    const [y] = extractDates(b, new Array<boolean>(b.length).fill(false));
    return datesAgree(x!, y!);
  };

  it('agrees: "a year before the collapse" and "(it collapsed) the following year"', () => {
    expect(same('It was signed a year before the collapse.', 'The union collapsed the following year.')).toBe(true);
    expect(same('It was signed a year before the collapse.', 'The union collapsed a year later.')).toBe(true);
  });

  it('still conflicts on another length, or on the other direction from the same kind of anchor', () => {
    expect(same('It was signed a year before the collapse.', 'The union collapsed two years later.')).toBe(false);
    expect(same('It was approved three days before the invasion.', 'It was approved three days after the invasion.')).toBe(false);
    expect(same('The union collapsed the following year.', 'The union collapsed the previous year.')).toBe(false);
  });
});

describe('a relative date told from the other end of the interval (bundled corpus)', () => {
  const matcher = createMatcher(loadBundledCorpus());
  it('is no changed date', () => {
    // "...signed a license production agreement for the Soviet-made Su-27 fighter jet in 1990, and after the Soviet Union collapsed the following year..."
    const [v] = matcher.match(['The licence deal for the Soviet-made Su-27 fighter jet was signed in 1990, a year before the Soviet Union collapsed.']);
    expect(v!.verdict).toBe('corroborated');
  });
});
