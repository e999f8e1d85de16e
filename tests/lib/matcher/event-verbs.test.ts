import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests: acts done to things (an accord ratified, a terminal toured).
const story = {
  id: 'test-harbour',
  outlet: 'Harbour Tribune',
  title: 'A busy month at the harbour',
  source: 'Harbour Tribune',
  text: [
    'The parliament ratified the fisheries accord with Norway in June.',
    'The prime minister toured the new container terminal last week.',
    'The harbour master confirmed the closure of the northern quay.',
    'The ministry published the audit of the port accounts on Tuesday.',
    'The mayor attended the opening of the new ferry terminal.',
    "The mayor's comments on the harbour budget drew sharp criticism from the opposition.",
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('an act denied on one side and done, in other words, on the other', () => {
  it.each([
    ['"did not sign" against "ratified"', 'The parliament did not sign the fisheries accord with Norway in June.', 'not sign', 'ratified'],
    ['"refused to sign" against "ratified"', 'The parliament refused to sign the fisheries accord with Norway in June.', 'refused to sign', 'ratified'],
    ['"has yet to sign" against "ratified"', 'The parliament has yet to sign the fisheries accord with Norway.', 'yet to sign', 'ratified'],
    ['a passive "was not signed"', 'The fisheries accord with Norway was not signed by parliament in June.', 'not signed', 'ratified'],
    ['"never visited" against "toured"', 'The prime minister never visited the new container terminal.', 'never visited', 'toured'],
    ['"did not comment on" against "confirmed"', 'The harbour master did not comment on the closure of the northern quay.', 'did not comment', 'confirmed'],
    ['"did not release" against "published"', 'The ministry did not release the audit of the port accounts on Tuesday.', 'not release', 'published'],
    ['"did not join" against "attended"', 'The mayor did not join the opening of the new ferry terminal.', 'not join', 'attended'],
  ])('%s is divergent on polarity', (_name, sentence, page, corpus) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page, corpus }]);
    expect(v.evidence?.articleId).toBe('test-harbour');
  });

  it('holds the other way round: the page affirms what the corpus denies', () => {
    // Perturbations of a bundled corpus sentence: "The Chinese Foreign Ministry did not respond to requests for comment on the document."
    const v = one('The Chinese Foreign Ministry confirmed the document.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'confirmed', corpus: 'did not respond' }]);
  });

  it('reads an act declined against the same act done ("declined to join" / "sent troops to join")', () => {
    const v = one('Tokyo declined to join a multinational military exercise in the Philippines in May.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'declined to join', corpus: 'join' }]);
  });

  it('keeps paraphrases with another verb of the same act corroborated', () => {
    expect(one('The parliament signed the fisheries accord with Norway in June.').verdict).toBe('corroborated');
    expect(one('The prime minister visited the new container terminal last week.').verdict).toBe('corroborated');
  });

  it('does not corroborate a negated act of another kind done to the same thing', () => {
    expect(one('The parliament did not debate the fisheries accord with Norway in June.').verdict).toBe('none');
    expect(one('The ministry did not confirm the audit of the port accounts on Tuesday.').verdict).toBe('none');
  });

  it('keeps the plain negation of the same verb as it was', () => {
    expect(one('The parliament did not ratify the fisheries accord with Norway in June.').differences).toEqual([
      { kind: 'polarity', page: 'not (not)', corpus: 'affirmative' },
    ]);
  });

  it('reads the act on the other side only from a verb, not from a noun of the same stem', () => {
    // Bundled corpus: "...commented after their visits to Chinese mainland cities...", "...according to an announcement it made...",
    // "The Chinese Foreign Ministry did not respond to requests for comment on the document."
    expect(one('The delegation did not visit Macao.').verdict).not.toBe('divergent');
    expect(one('Renault declined to comment on the Geely deal.').verdict).not.toBe('divergent');
    expect(one('The Chinese Foreign Ministry did not comment on the tariffs.').verdict).not.toBe('divergent');
  });

  it('reads a noun of the denied act done to the same thing as the act done', () => {
    const v = one('The mayor did not comment on the harbour budget, the opposition said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'not (not)', corpus: 'affirmative' }]);
  });

  it('keeps paraphrases of bundled corpus sentences that deny something in other words corroborated', () => {
    // "...the Chinese automaker had decided not to build new manufacturing plants...": both deny building.
    expect(one("Geely's founder Li Shufu said on Saturday the car industry faces serious overcapacity and that the company would not build new factories.").verdict).toBe('corroborated');
    // "...signed agreements in 2009 and 2015 to refrain from military technology theft...": "not to" under another verb.
    expect(one("Russia and China agreed in 2009 and 2015 not to steal each other's military technology or spy on each other.").verdict).toBe('corroborated');
    // "...it's not risk-free, but it is worth it...": a state, not an act.
    expect(one('Alexander Gabuev of the Carnegie Russia Eurasia Centre, who read the document for the Times, said Putin thinks the deeper embrace of China is risky but worth it.').verdict).not.toBe('divergent');
  });

  it('leaves unrelated sentences with a denied act alone', () => {
    expect(one('The prime minister never visited the fish market in Bergen.').verdict).toBe('none');
    expect(one('The mayor did not sign the contract for the new ferry.').verdict).toBe('none');
  });
});

// A story written for these tests: a plan dropped, with two acts denied by one "not".
const shipyard = storyMatcher({
  id: 'test-dropped-plan',
  outlet: 'Harbour Tribune',
  title: 'A shipyard holds back',
  source: 'Harbour Tribune',
  text: [
    'The shipyard\'s owner said on Monday that the group had decided not to build new dry docks or expand production at its existing yards.',
    'Orders for ferries have fallen for a second year.',
  ].join('\n\n'),
});

describe('acts a sentence denies', () => {
  it('include the verb of a passive whose subject "no" opens ("no new docks will be built")', () => {
    expect(shipyard.one('No new dry docks will be built by the group, and production at its existing yards will not be expanded, the owner said.').verdict).toBe('corroborated');
  });

  it('include the act a decision goes against ("decided against building new docks or adding production")', () => {
    expect(shipyard.one('The owner said the group had decided against building new dry docks or adding production at the yards it already runs.').verdict).toBe('corroborated');
  });

  it('include a verb "or" joins to the denied one ("not to build new docks or expand production")', () => {
    const v = shipyard.one('The owner said the group had decided to expand production at its existing yards, though no new dry docks will be built.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'expand', corpus: 'not to build new dry docks or expand' }]);
  });
});
