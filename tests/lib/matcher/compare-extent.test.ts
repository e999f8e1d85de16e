import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { mostAgainstSome, partAgainstWhole, universalAgainstCount, universalAgainstPartial, worldAgainstNation } from '@/lib/matcher/compare-extent';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-extent',
  outlet: 'Harbour Times',
  title: 'Fishing fleet upgrades its radios',
  source: 'Harbour Times',
  text: [
    'Many skippers in the northern fleet replaced their old radios with digital sets before the winter season began.',
    'All of the trawlers inspected last month passed the new safety checks at the port of Grimsby.',
    'The harbour dues went up this year mainly because of the cost of dredging the channel.',
    'The port authority sent the new tide tables to five lifeboat stations along the estuary in September.',
    'Some trawlers from the southern fleet were fitted with new sonar at the dockyard in Hull.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);
const diff = (page: string, corpus: string) => universalAgainstPartial(analyzeSentence(page), analyzeSentence(corpus));

describe('the whole of a group against part of it', () => {
  it('reads "every" against "many" of the same group as a scope difference, each way round', () => {
    expect(diff('Every skipper replaced the radios.', 'Many skippers replaced the radios.')).toEqual({ kind: 'scope', page: 'Every', corpus: 'Many' });
    expect(diff('Some trawlers passed the checks.', 'All of the trawlers passed the checks.')).toEqual({ kind: 'scope', page: 'Some', corpus: 'All' });
  });

  it('finds none for the same quantifier, another group, or a plain plural', () => {
    expect(diff('Every skipper replaced the radios.', 'Every skipper replaced the radios.')).toBeNull();
    expect(diff('Every skipper replaced the radios.', 'Many harbours replaced the radios.')).toBeNull();
    expect(diff('All trawlers passed the checks.', 'Trawlers passed the checks.')).toBeNull();
    expect(diff('Not all trawlers passed the checks.', 'Some trawlers passed the checks.')).toBeNull();
  });

  it('makes a retold claim divergent on scope, in the matcher', () => {
    const v = one('Every skipper in the northern fleet swapped the old radios for digital sets before the winter season.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'Every', corpus: 'Many' }]);
    const w = one('Some of the trawlers inspected last month passed the new safety checks at the port of Grimsby.');
    expect(w.verdict).toBe('divergent');
    expect(w.differences).toEqual([{ kind: 'scope', page: 'Some', corpus: 'All' }]);
  });

  it('leaves a faithful retelling corroborated', () => {
    expect(one('Many skippers in the northern fleet swapped the old radios for digital sets before the winter season.').verdict).toBe('corroborated');
  });
});

describe('a thing taken the world over against one country’s', () => {
  it('reads "the global car industry" against "China’s car industry" as scope, each way round', () => {
    expect(worldAgainstNation(analyzeSentence('Analysts said the global car industry faces overcapacity.'), analyzeSentence("Analysts said China's car industry faces overcapacity."))).toEqual({
      kind: 'scope',
      page: 'global car industry',
      corpus: "China's car industry",
    });
    expect(worldAgainstNation(analyzeSentence('Analysts said the Japanese steel market was shrinking.'), analyzeSentence('Analysts said the world steel market was shrinking.'))).toEqual({
      kind: 'scope',
      page: 'Japanese steel market',
      corpus: 'world steel market',
    });
  });

  it('finds none when both speak of the world, or the country qualifies something else', () => {
    expect(worldAgainstNation(analyzeSentence('The global car industry faces overcapacity.'), analyzeSentence('The global car industry faces overcapacity, a Chinese maker said.'))).toBeNull();
    expect(worldAgainstNation(analyzeSentence('The global car industry faces overcapacity.'), analyzeSentence('A Chinese carmaker said the industry faces overcapacity.'))).toBeNull();
  });
});

describe('a claim held in part against one held in whole', () => {
  const degree = (page: string, corpus: string) => partAgainstWhole(analyzeSentence(page), analyzeSentence(corpus));

  it('reads "partly" against "entirely", and "solely" against "mainly", as a scope difference', () => {
    expect(degree('The delay was partly due to the strike.', 'The delay was entirely due to the strike.')).toEqual({ kind: 'scope', page: 'partly', corpus: 'entirely' });
    expect(degree('The catch is sold solely to buyers in Spain.', 'The catch is sold mainly to buyers in Spain.')).toEqual({ kind: 'scope', page: 'solely', corpus: 'mainly' });
    expect(degree('The delay was in part due to the strike.', 'The delay was wholly due to the strike.')).toEqual({ kind: 'scope', page: 'in part', corpus: 'wholly' });
  });

  it('finds none for the same degree, a negated whole, or a degree on one side only', () => {
    expect(degree('The delay was partly due to the strike.', 'The delay was largely due to the strike.')).toBeNull();
    expect(degree('The delay was not entirely due to the strike.', 'The delay was partly due to the strike.')).toBeNull();
    expect(degree('The delay was due to the strike.', 'The delay was entirely due to the strike.')).toBeNull();
    expect(degree('The crew took part in the strike.', 'The delay was entirely due to the strike.')).toBeNull();
  });
});

describe('part against whole, in the matcher', () => {
  it('makes a retold claim divergent on scope, keeps the paraphrase corroborated and a topical sentence none', () => {
    const v = one('The harbour dues went up this year entirely because of the cost of dredging the channel.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'entirely', corpus: 'mainly' }]);
    expect(one('Mainly because of the cost of dredging the channel, the harbour dues went up this year.').verdict).toBe('corroborated');
    expect(one('The ferry fares went up this year entirely because of fuel prices.').verdict).toBe('none');
  });
});

describe('the whole of a group against a number of it', () => {
  const count = (page: string, corpus: string) => universalAgainstCount(analyzeSentence(page), analyzeSentence(corpus));

  it('reads "all stations" against "five stations" as a scope difference, each way round', () => {
    expect(count('It went to all lifeboat stations.', 'It went to five lifeboat stations.')).toEqual({ kind: 'scope', page: 'all', corpus: 'five' });
    expect(count('It went to five lifeboat stations.', 'It went to every lifeboat station.')).toEqual({ kind: 'scope', page: 'five', corpus: 'every' });
  });

  it('finds none for another group, a loose figure, or a reference to things already named', () => {
    expect(count('It went to all lifeboat stations.', 'It went to five fishing harbours.')).toBeNull();
    expect(count('It went to all lifeboat stations.', 'It went to about five lifeboat stations.')).toBeNull();
    expect(count('It went to all lifeboat stations.', 'It went to the two lifeboat stations.')).toBeNull();
  });

  it('makes a retold claim divergent on scope in the matcher, and keeps the count corroborated', () => {
    const v = one('The port authority sent the new tide tables to all lifeboat stations along the estuary in September.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'all', corpus: 'five' }]);
    expect(one('In September the port authority sent new tide tables to five lifeboat stations along the estuary.').verdict).toBe('corroborated');
    expect(one('All lifeboat stations in the county will hold open days next summer.').verdict).toBe('none');
  });
});

describe('most of a group against some of it', () => {
  const most = (page: string, corpus: string) => mostAgainstSome(analyzeSentence(page), analyzeSentence(corpus));

  it('reads "most" against "some" or "several" of the same group as a scope difference, each way round', () => {
    expect(most('Most skippers replaced the radios.', 'Some skippers replaced the radios.')).toEqual({ kind: 'scope', page: 'Most', corpus: 'Some' });
    expect(most('Several skippers replaced the radios.', 'Most skippers replaced the radios.')).toEqual({ kind: 'scope', page: 'Several', corpus: 'Most' });
  });

  it('finds none for the same quantifier or another group', () => {
    expect(most('Most skippers replaced the radios.', 'Most skippers replaced the radios.')).toBeNull();
    expect(most('Most skippers replaced the radios.', 'Some harbours replaced the radios.')).toBeNull();
  });

  it('makes a retold claim divergent on scope in the matcher', () => {
    const v = one('Most trawlers from the southern fleet were fitted with new sonar at the dockyard in Hull.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'Most', corpus: 'Some' }]);
    // "most" against "many" is no such difference.
    expect(one('Most skippers in the northern fleet replaced their old radios with digital sets before the winter season began.').verdict).toBe('corroborated');
  });
});
