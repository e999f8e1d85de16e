import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-directions-and-positions',
  outlet: 'Harbour Post',
  title: 'Tugs, trade shows and a vote',
  source: 'Harbour Post',
  text: [
    'Norway is buying two heavy salvage tugs from Harbour Lines for its northern ports.',
    'The mayor said shortly before the vote that the ferry office would stay open.',
    'At a boat show near Bergen in May, local yards showed an electric pilot boat.',
  ].join('\n\n'),
});

describe('a transfer seen from its other end', () => {
  it('by the same doer ("selling" against "buying") is a changed polarity', () => {
    const v = one('Norway is selling two heavy salvage tugs to Harbour Lines for its northern ports.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'selling', corpus: 'buying' }]);
  });

  it('told from the other party is the same claim', () => {
    expect(one('Harbour Lines is selling two heavy salvage tugs to Norway for its northern ports.').verdict).not.toBe('divergent');
  });

  it('told from the other party inside a report of it is the same claim ("X said Y sold it" / "X said it bought from Y")', () => {
    const { one: check } = storyMatcher({
      id: 'test-reported-transfer',
      outlet: 'Harbour Post',
      title: 'Tugs for the north',
      source: 'Harbour Post',
      text: 'Norway said it bought two heavy salvage tugs from Harbour Lines for its northern ports.',
    });
    expect(check('Norway said Harbour Lines had sold it two heavy salvage tugs for its northern ports.').verdict).toBe('corroborated');
    expect(check('Norway said it sold two heavy salvage tugs to Harbour Lines for its northern ports.').verdict).toBe('divergent');
  });
});

describe('a time told from an event, and a place', () => {
  it('after the event against before it is a changed date', () => {
    const v = one('The mayor said shortly after the vote that the ferry office would stay open.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: 'shortly after the vote', corpus: 'shortly before the vote' }]);
    expect(one('Just before the vote, the mayor said the ferry office would stay open.').verdict).toBe('corroborated');
  });

  it('in a city against near it is a changed place', () => {
    const v = one('At a boat show in central Bergen in May, local yards showed an electric pilot boat.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'in central Bergen', corpus: 'near Bergen' }]);
  });
});

describe('the supplier and the supplied swapped', () => {
  const { one: check } = storyMatcher({
    id: 'test-swapped-supplier',
    outlet: 'Harbour Post',
    title: 'Trade across the strait',
    source: 'Harbour Post',
    text: 'Norway is the largest buyer of Danish fish and provides essential engines, nets and navigation gear.',
  });

  it('is a changed name ("Denmark supplies Norway with" / "Norway ... provides")', () => {
    const v = check('Denmark, in turn, supplies Norway with engines and navigation gear.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Denmark supplies Norway', corpus: 'Norway provides' }]);
  });

  it('is no change when the supplier is the same ("Norway supplies engines")', () => {
    expect(check('Norway, in turn, supplies essential engines, nets and navigation gear.').verdict).not.toBe('divergent');
  });
});
