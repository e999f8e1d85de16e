import { describe, expect, it } from 'vitest';
import { extractRanks } from '@/lib/matcher/ranks';

const read = (text: string) => extractRanks(text, new Array<boolean>(text.length).fill(false)).map((r) => [r.text, r.rank]);

describe('ranks after the quick look for superlatives', () => {
  it('finds each kind of superlative, in any case', () => {
    expect(read("It is the world's LARGEST port.")).toEqual([["LARGEST", 1]]);
    expect(read('The bank is the second-leading lender.')).toEqual([['second-leading', 2]]);
    expect(read('Lagos is among the most populous cities.')).toEqual([['among the most populous', 0]]);
    expect(read('It was the worst year on record.')).toEqual([['worst', 1]]);
    expect(read('She finished in the 3rd-best time.')).toEqual([['3rd-best', 3]]);
  });

  it('finds none in a sentence without a superlative', () => {
    expect(read('The council said the bridge would reopen once the inspection was complete.')).toEqual([]);
    expect(read('Traders near the top of the street were interested.')).toEqual([]);
  });
});
