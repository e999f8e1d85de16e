import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-denied-things',
  outlet: 'Harbour Post',
  title: 'Pilots and the northern quay',
  source: 'Harbour Post',
  text: [
    "'But there are pilots within the union who are worried about the northern quay,' the harbour master said.",
    'The inspectors warned that the northern quay is a serious risk to the island ferries.',
    'The old adage holds: there is no such thing as a safe winter crossing.',
  ].join('\n\n'),
});

describe('a thing denied on one side and stated on the other', () => {
  it('"nobody within the union is worried" against "pilots within the union who are worried" is a changed polarity', () => {
    const v = one('The harbour master added that nobody within the union is worried about the northern quay.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('"found no serious risk" against "is a serious risk" is not confirmed', () => {
    expect(one('The inspectors found no serious risk to the island ferries at the northern quay.').verdict).not.toBe('corroborated');
  });

  it('a denial said the other way round ("safe winter crossings do not exist") is the same claim', () => {
    expect(one('The old adage holds: safe winter crossings simply do not exist.').verdict).toBe('corroborated');
  });

  it('"no other X ... more than" is a superlative, not a denial', () => {
    expect(one('The inspectors warned that no other quay is a more serious risk to the island ferries than the northern quay.').differences.filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

const yard = storyMatcher({
  id: 'test-denied-long-phrase',
  outlet: 'Harbour Post',
  title: 'The yard holds back',
  source: 'Harbour Post',
  text: [
    "Jan Nowak, the group's founder, said the shipbuilder had decided not to build new manufacturing yards or expand production in existing docks.",
    'Orders have fallen.',
  ].join('\n\n'),
});

describe('a thing both sides deny', () => {
  it('is no contrast, though the corpus names it far after its "not" ("not to build new manufacturing yards or expand")', () => {
    expect(yard.one('He added that the shipbuilder will build no new yards and will not expand output at the docks it already runs.').differences).toEqual([]);
  });
});

const trucks = storyMatcher({
  id: 'test-both-deny',
  outlet: 'Harbour Post',
  title: 'Guns on the quay',
  source: 'Harbour Post',
  text: ['The coastal guns of the harbour regiment are mounted on grey barges that are easy to tow and conceal, but for now, the gunners are making no effort to hide them.', 'The barges are moored at the north quay.'].join('\n\n'),
});

describe('a thing both sides deny in other words', () => {
  it('is no contrast ("making no attempt to hide the guns" / "making no effort to hide them")', () => {
    expect(trucks.one('The grey barges of the harbour regiment are built to be easy to tow and conceal, but its gunners are making no attempt to hide the coastal guns they carry.').verdict).toBe('corroborated');
  });
});
