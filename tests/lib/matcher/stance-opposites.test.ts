import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-stance-opposites',
  outlet: 'Harbour Post',
  title: 'A minister tours the port',
  source: 'Harbour Post',
  text: 'When she toured Veldhaven last month, Transport Minister Anouk Brandt praised a plan for a new flood-control centre where port and city engineers will work side by side.',
});

describe('a proposal turned down against one spoken well of', () => {
  it('is a change of polarity ("rejected a plan" / "praised a plan")', () => {
    const v = one('When Anouk Brandt toured Veldhaven last month, she rejected a plan for a new flood-control centre where port and city engineers would work side by side.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('keeps the same stance corroborated ("welcomed" / "praised")', () => {
    expect(one('When Anouk Brandt toured Veldhaven last month, she welcomed a plan for a new flood-control centre where port and city engineers would work side by side.').verdict).toBe('corroborated');
  });
});

describe('"rather than X" denies X', () => {
  const { one: check } = storyMatcher({
    id: 'test-rather-than',
    outlet: 'Harbour Post',
    title: 'Ports weigh their options',
    source: 'Harbour Post',
    text: 'The Veldhaven port board will keep a limited and seasonal ferry link with Norway, not a year-round service, the harbour master said.',
  });

  it('as "not X" does', () => {
    expect(check('The Veldhaven port board will keep a limited, seasonal ferry link with Norway rather than a year-round service, the harbour master said.').verdict).toBe('corroborated');
  });
});

describe('an agreement kept against one cancelled', () => {
  const { one: check } = storyMatcher({
    id: 'test-kept-cancelled',
    outlet: 'Harbour Post',
    title: 'A ferry licence ends',
    source: 'Harbour Post',
    text: 'In 2019, the Veldhaven council, protesting the late sailings, announced the cancellation of the ferry licence agreement.',
  });

  it('is a change of polarity ("kept the licence agreement in force" / "the cancellation")', () => {
    const v = check('In 2019, the Veldhaven council announced that it would keep the ferry licence agreement in force, despite its protests over the late sailings.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });
});

describe('a project stalled against one sped up', () => {
  const { one: check } = storyMatcher({
    id: 'test-stalled-sped-up',
    outlet: 'Harbour Post',
    title: 'A tunnel under the harbour',
    source: 'Harbour Post',
    text: 'The Veldhaven harbour tunnel, which was meant to link the two ferry terminals, has stalled since the spring, the port board said.',
  });

  it('is a change of polarity ("fast-tracked" / "stalled")', () => {
    const v = check('The Veldhaven harbour tunnel, meant to link the two ferry terminals, has been fast-tracked since the spring, the port board said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('and so is "accelerated"', () => {
    expect(check('Work on the Veldhaven harbour tunnel, meant to link the two ferry terminals, has accelerated since the spring, the port board said.').verdict).toBe('divergent');
  });
});

describe('a thing that went under against one that held out', () => {
  const { one: check } = storyMatcher({
    id: 'test-collapse-survive',
    outlet: 'Harbour Post',
    title: 'The ferry company after the strike',
    source: 'Harbour Post',
    text: 'The Veldhaven ferry company has survived two years of strikes, proving wrong the many dock workers who predicted the collapse of the firm.',
  });

  it('is a change of polarity ("collapsed" / "survived"), the corpus only saying the collapse was predicted', () => {
    const v = check('The Veldhaven ferry company, as many dock workers had predicted, has collapsed after two years of strikes.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'collapsed', corpus: 'survived' }]);
  });

  it('keeps the same outcome corroborated ("weathered" / "survived")', () => {
    expect(check('The Veldhaven ferry company has weathered two years of strikes, proving wrong the dock workers who predicted the collapse of the firm.').verdict).toBe('corroborated');
  });
});
