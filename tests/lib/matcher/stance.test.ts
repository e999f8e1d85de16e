import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-stance',
  outlet: 'Valley Courier',
  title: 'Regional council reviews the new water plan',
  source: 'Valley Courier',
  text: [
    'The farmers\' union criticised the regional council\'s new water allocation plan for the Tarn valley at a meeting on Tuesday.',
    'Most growers in the valley said they were dissatisfied with the irrigation quotas set for the coming summer.',
    'The bottling company Clearspring decided not to build new plants in the valley after the drought of last year.',
    'Residents of the upper valley welcomed the decision to reopen the old reservoir near Belmont.',
    'The council said the reservoir would hold enough water for twelve thousand households.',
    'The water board ordered the constant recording of river levels at every weir of the Tarn.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('evaluative opposites and dropped plans come out divergent on polarity', () => {
  it.each([
    ['praised against criticised', 'The farmers\' union praised the regional council\'s new water allocation plan for the Tarn valley at a meeting on Tuesday.', 'praised', 'criticised'],
    ['satisfied against dissatisfied', 'Most growers in the valley said they were satisfied with the irrigation quotas set for the coming summer.', 'satisfied', 'dissatisfied'],
    ['content against dissatisfied', 'Most growers in the valley said they were content with the irrigation quotas set for the coming summer.', 'content', 'dissatisfied'],
    ['condemned against welcomed', 'Residents of the upper valley condemned the decision to reopen the old reservoir near Belmont.', 'condemned', 'welcomed'],
  ])('%s', (_name, sentence, page, corpus) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page, corpus }]);
    expect(v.evidence?.articleId).toBe('test-stance');
  });

  it('flags a plan carried on against a plan dropped', () => {
    const v = one('The bottling company Clearspring would press ahead with new plants in the valley after the drought of last year.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('flags a decision not to act against an order to act', () => {
    const v = one('The water board chose not to keep constant records of river levels at the weirs of the Tarn.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
    expect(one('The water board decided to keep constant records of river levels at the weirs of the Tarn.').verdict).not.toBe('divergent');
  });

  it('keeps paraphrases that take the same side corroborated', () => {
    expect(one('At a meeting on Tuesday the farmers\' union criticised the regional council\'s new water allocation plan for the Tarn valley.').verdict).toBe('corroborated');
    expect(one('Most growers in the valley said they were unhappy with the irrigation quotas set for the coming summer.').verdict).not.toBe('divergent');
    expect(one('Residents of the upper valley welcomed the decision to reopen the old reservoir near Belmont, the council said.').verdict).toBe('corroborated');
  });

  it('leaves unrelated sentences on the same topic alone', () => {
    expect(one('Growers praised the quality of this year\'s apple harvest in a neighbouring region.').verdict).toBe('none');
    expect(one('A union of teachers welcomed a pay offer from the education ministry on Tuesday.').verdict).toBe('none');
  });
});

describe('a verb denied on one side only, in other words than the other side', () => {
  const { one: check } = storyMatcher({
    id: 'test-one-sided-denial',
    outlet: 'Valley Courier',
    title: 'Councils quietly compete for the new rail depot',
    source: 'Valley Courier',
    text: 'Behind the friendly public statements, officials say, the two neighbouring councils are engaged in a quiet contest for the new rail depot.\n\nThe depot is not the only prize: the councils also want the new freight terminal.',
  });

  it('is not confirmed: whether the two agree cannot be told', () => {
    const denied = check('Behind the friendly public statements, officials say, the two neighbouring councils are not waging a quiet contest for the new rail depot.');
    expect(denied.verdict).not.toBe('corroborated');
    // The same words without the denial agree.
    expect(check('Behind the friendly public statements, officials say, the two neighbouring councils are waging a quiet contest for the new rail depot.').verdict).toBe('corroborated');
  });

  it('"not the only" adds to a claim and denies nothing', () => {
    expect(check('The rail depot is not the only prize, since the two councils also want the new freight terminal.').verdict).toBe('corroborated');
  });
});

describe('short of expectations against beyond them', () => {
  const { one: check } = storyMatcher({
    id: 'test-expectations',
    outlet: 'Valley Courier',
    title: 'Investors tour the valley',
    source: 'Valley Courier',
    text: 'Hanna Berg, head of the Nordic Growers Fund, called the tour of the valley farms "beyond expectation", saying she had underrated their irrigation projects.',
  });

  it('is divergent on polarity', () => {
    const v = check('Hanna Berg, head of the Nordic Growers Fund, said the tour of the valley farms had fallen short of her expectations.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'fallen short', corpus: 'beyond expectation' }]);
  });

  it('and agrees with "exceeded expectations"', () => {
    expect(check('Hanna Berg, head of the Nordic Growers Fund, said the tour of the valley farms had exceeded her expectations.').verdict).toBe('corroborated');
  });
});

describe('told to keep away from something against told to do it', () => {
  const { one: check } = storyMatcher({
    id: 'test-avoid-encourage',
    outlet: 'Valley Courier',
    title: 'Guides told what to say',
    source: 'Valley Courier',
    text: "Tour guides were told to avoid any mention of the flooded quarry as a possible swimming spot.",
  });

  it('is divergent on polarity', () => {
    const v = check('Tour guides were encouraged to mention the flooded quarry as a possible swimming spot.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'encouraged', corpus: 'avoid' }]);
  });
});
