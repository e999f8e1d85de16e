import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-quantifier-scope',
  outlet: 'Harbour Post',
  title: 'Pilots and the harbour board',
  source: 'Harbour Post',
  text: [
    'The report says some harbour pilots have been refusing night shifts since the pay dispute.',
    'All inspectors found the ferry seaworthy after the engine fire, the board said.',
    'The yard builds tugs for operators in Norway, Sweden and Denmark, the company said.',
    'Inspectors checked some 30 percent of the hulls in the spring.',
    "'There are people on the council who are doubtful about the new quay,' the mayor said.",
  ].join('\n\n'),
});

describe('a group taken whole against a part of it', () => {
  it('"as a whole" against "some" is a changed scope', () => {
    const v = one('The report says harbour pilots as a whole have been refusing night shifts since the pay dispute.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toContainEqual({ kind: 'scope', page: 'pilots as a whole', corpus: 'some' });
  });

  it('"most" against "all" is a changed scope', () => {
    const v = one('Most inspectors found the ferry seaworthy after the engine fire, the board said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toContainEqual({ kind: 'scope', page: 'Most', corpus: 'All' });
  });

  it('the same share in other words, or no share at all, is the same claim', () => {
    expect(one('Every inspector found the ferry seaworthy after the engine fire, the board said.').verdict).toBe('corroborated');
    expect(one('The report says several of the harbour pilots have been refusing night shifts since the pay dispute.').verdict).toBe('corroborated');
    expect(one('Inspectors found the ferry seaworthy after the engine fire, the board said.').verdict).toBe('corroborated');
  });

  it('"some" before a figure is an approximation, not a share', () => {
    expect(one('Inspectors checked some 30 percent of the hulls in the spring.').differences.filter((d) => d.kind === 'scope')).toEqual([]);
  });
});

describe('"only in" a place against a list of places', () => {
  it('is a narrowed scope', () => {
    const v = one('The yard builds tugs for operators only in Norway, the company said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toContain('scope');
  });
});

describe('everyone against some people', () => {
  it('("virtually everyone on the council" against "there are people on the council who") is a widened scope', () => {
    const v = one('The mayor said virtually everyone on the council is doubtful about the new quay.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'virtually everyone', corpus: 'There are people' }]);
  });
});

const boards = storyMatcher({
  id: 'test-some-not-all',
  outlet: 'Harbour Post',
  title: 'Boards back a plan',
  source: 'Harbour Post',
  text: ['The council shared the dredging plan with six harbour boards, all of which backed it.', 'Work starts in the spring.'].join('\n\n'),
});

describe('one change that two rules read', () => {
  it('is one difference, so the sentence is divergent ("some, though not all" against "all of which")', () => {
    const v = boards.one('The council shared the dredging plan with six harbour boards, and some, though not all, of them backed it.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toHaveLength(1);
    expect(v.differences[0]).toMatchObject({ page: 'not all', corpus: 'all' });
  });
});

const council = storyMatcher({
  id: 'test-whole-and-members',
  outlet: 'Harbour Post',
  title: 'Councillors and shipyards',
  source: 'Harbour Post',
  text: [
    'Some members of the harbour council believe that a new ferry contract can win back the island routes.',
    'Polish shipyards that have been building ferries for export include Remontowa, Crist and Nauta.',
  ].join('\n\n'),
});

describe('a group taken whole against a part of it', () => {
  it('reads "the entire council" against "some members of the council"', () => {
    const v = council.one('The entire harbour council is convinced that a new ferry contract can win back the island routes.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'The entire', corpus: 'Some' }]);
  });

  it('reads the head of "every major Polish shipyard" as the group the corpus gives examples of', () => {
    const v = council.one('Every major Polish shipyard, from Remontowa to Crist and Nauta, is now building ferries for export.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['scope']);
  });
});
