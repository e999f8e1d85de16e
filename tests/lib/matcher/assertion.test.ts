import { describe, expect, it } from 'vitest';
import { assertsClaim } from '@/lib/matcher/assertion';

describe('what states a claim', () => {
  it('a statement does, also a heading with a verb', () => {
    expect(assertsClaim('The council approved the budget on Tuesday.')).toBe(true);
    expect(assertsClaim('Ferry operator cuts winter timetable to four sailings')).toBe(true);
    expect(assertsClaim('Envoy met trade secretaries for two hours')).toBe(true);
  });

  it('a question, or a claim put in doubt, does not', () => {
    expect(assertsClaim('Did the council approve the budget?')).toBe(false);
    expect(assertsClaim('It is unclear whether the council approved the budget.')).toBe(false);
    expect(assertsClaim('"Will it hold?" the mayor asked, before the council approved the budget.')).toBe(true);
  });

  it('a label of a live page, or a short heading with no verb, does not', () => {
    expect(assertsClaim('Ferry strike: latest')).toBe(false);
    expect(assertsClaim('Budget vote: what we know so far')).toBe(false);
    expect(assertsClaim('Council budget for the old harbour')).toBe(false);
    // A plural may be a verb ("talks"): such a heading is read as a claim.
    expect(assertsClaim('Council budget for harbour repairs')).toBe(true);
    // A long heading, or one that ends as a sentence, is read as a claim.
    expect(assertsClaim('Council budget on harbour repairs and the new bridge over the river near the old town hall')).toBe(true);
    expect(assertsClaim('Record budget for harbour repairs.')).toBe(true);
  });
});

describe('a claim no one has vouched for', () => {
  it('is not stated ("Nobody has yet said whether ...", "The council has not said whether ...")', () => {
    expect(assertsClaim('Nobody has yet said whether the board opened an inquiry once the file leaked.')).toBe(false);
    expect(assertsClaim('The council has not said whether the ferry will run in winter.')).toBe(false);
  });

  it('while a claim that someone said so is stated', () => {
    expect(assertsClaim('The council has said the ferry will run in winter, whatever the weather.')).toBe(true);
  });
});
