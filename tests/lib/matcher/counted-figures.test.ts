import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-counted-figures',
  outlet: 'Harbour Post',
  title: 'Students at the maritime college',
  source: 'Harbour Post',
  text: [
    'The college is tightening checks on the 3,000 Norwegian students in its harbour campus, the report says.',
    'The two ports signed pilotage agreements in 2011 and 2019 to share tugs and night crews.',
  ].join('\n\n'),
});

describe('two figures of the same thing counted in other words', () => {
  it('("4,000 Norwegians studying" against "3,000 Norwegian students") are a changed number', () => {
    const v = one('The report describes tighter checks on nearly 4,000 Norwegians studying at the harbour campus of the college.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: '4,000', corpus: '3,000' }]);
  });

  it('the same figure is the same claim', () => {
    expect(one('The report describes tighter checks on the 3,000 Norwegians studying at the harbour campus of the college.').verdict).toBe('corroborated');
  });
});

describe('a count made up by the page\'s own years', () => {
  it('("two agreements, in 2011 and 2019") adds no fact, and its years are compared as dates', () => {
    expect(one('The two ports signed two pilotage agreements, in 2011 and 2019, to share tugs and night crews.').verdict).toBe('corroborated');
    const v = one('The two ports signed two pilotage agreements, in 2011 and 2018, to share tugs and night crews.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'date', page: '2018', corpus: '2019' }]);
  });
});

describe('a count against the years the corpus gives the things counted', () => {
  it('("three agreements, in 2011 and 2019", or with a third year) is a changed count', () => {
    const v = one('The two ports signed three pilotage agreements, in 2011 and 2019, to share tugs and night crews.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'count', page: 'three', corpus: '2011 and 2019' }]);
    expect(one('The two ports signed three pilotage agreements, in 2011, 2015 and 2019, to share tugs and night crews.').differences).toEqual([
      { kind: 'count', page: 'three', corpus: '2011 and 2019' },
    ]);
  });

  it('("on three occasions, most recently in 2019") is a changed count: the years of the corpus are how many there were', () => {
    const v = one('The two ports signed pilotage agreements on three separate occasions, most recently in 2019, to share tugs and night crews.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'count', page: 'three', corpus: '2011 and 2019' }]);
    expect(one('The two ports signed pilotage agreements on two separate occasions, most recently in 2019, to share tugs and night crews.').verdict).toBe('corroborated');
  });

  it('a list of years with one more ("in 2011, 2015 and 2019") is a changed count, however far the count of them comes before', () => {
    const v = one('Three accords followed, as the two ports signed pilotage agreements in 2011, 2015 and 2019 to share tugs and night crews.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'count', page: '2011, 2015 and 2019', corpus: '2011 and 2019' }]);
    expect(one('The two ports signed pilotage agreements in 2011 and 2019 to share tugs and night crews, as they had in 2005 and 2007.').differences).toEqual([]);
  });

  it('a count of other things in the sentence is not set against the years', () => {
    expect(one('The two ports, with eight pilots each, signed pilotage agreements in 2011 and 2019 to share tugs and night crews.').differences.filter((d) => d.kind === 'count')).toEqual([]);
  });
});

describe('the same figure bounded the other way', () => {
  const bounded = storyMatcher({
    id: 'test-bounded-figures',
    outlet: 'Harbour Post',
    title: 'Ferry crossings',
    source: 'Harbour Post',
    text: 'The ferry line has made more than 400 crossings to the island since the spring.',
  });

  it('("fewer than 400" against "more than 400") is a changed number', () => {
    const v = bounded.one('The ferry line has made fewer than 400 crossings to the island since the spring.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'fewer than 400', corpus: 'more than 400' }]);
  });

  it('("over 400" against "more than 400") is the same claim', () => {
    expect(bounded.one('The ferry line has made over 400 crossings to the island since the spring.').verdict).toBe('corroborated');
  });
});

const fleet = storyMatcher({
  id: 'test-one-thing',
  outlet: 'Harbour Post',
  title: 'The navy joins a drill',
  source: 'Harbour Post',
  text: [
    'The navy also sent a frigate and marines to Gdansk in May to join a multinational exercise for the first time.',
    'The coastguard lent a new patrol boat to the harbour police last winter.',
  ].join('\n\n'),
});

describe('a count against the one thing the corpus names ("two frigates" / "a frigate")', () => {
  it('is a changed count', () => {
    const v = fleet.one('The navy also sent two frigates and marines to Gdansk in May to join a multinational exercise for the first time.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'count', page: 'two', corpus: 'a frigate' }]);
    expect(fleet.one('The coastguard lent three new patrol boats to the harbour police last winter.').differences).toEqual([
      { kind: 'count', page: 'three', corpus: 'a new patrol boat' },
    ]);
  });

  it('is no difference when the page names one too', () => {
    expect(fleet.one('The navy also sent a frigate and marines to Gdansk in May to join a multinational exercise for the first time.').verdict).toBe('corroborated');
  });
});

describe('a figure in words that lead in to the claim before a colon', () => {
  it('("If you take only one thing away, make it this: ...") is not a fact of the claim', () => {
    expect(one('If you take only one thing away, make it this: the two ports signed pilotage agreements in 2011 and 2019 to share tugs and night crews.').verdict).toBe('corroborated');
  });

  it('unlike a figure before a colon that speaks of the claim ("Two ports, one deal: ...")', () => {
    expect(one('Three ports, two deals: the two ports signed pilotage agreements in 2011 and 2019 to share tugs and night crews.').verdict).not.toBe('corroborated');
  });
});
