import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

const { one } = storyMatcher({
  id: 'test-place-swap',
  outlet: 'Harbour Post',
  title: 'A ferry deal falls through',
  source: 'Harbour Post',
  text: [
    'Australia signed a deal in 2004 to build two ferries for the island crossing under licence.',
    'In 2006, India cancelled the ferry agreement in protest at the delays at the yard in Kochi.',
    'Vietnam published an official chart in 2023 that gave old names to the islands of the bay.',
  ].join('\n\n'),
});

describe('a country or capital in the place of the corpus one', () => {
  it('opening the sentence is a name, so it is never taken for agreement', () => {
    expect(one("Manila's official chart of 2023 gave old names to the islands of the bay.").verdict).not.toBe('corroborated');
    expect(one("Hanoi's official chart of 2023 gave old names to the islands of the bay.").verdict).toBe('corroborated');
  });

  it('as the doer of the act, against the corpus doer, is a changed name', () => {
    const v = one('In 2006, protesting the delays at the yard, Tokyo tore up the ferry agreement.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Tokyo', corpus: 'India' }]);
    expect(one('In 2006, protesting the delays at the yard, Delhi tore up the ferry agreement.').verdict).toBe('corroborated');
  });
});

const based = storyMatcher({
  id: 'test-place-based',
  outlet: 'Harbour Post',
  title: 'Ferry operators look for buyers',
  source: 'Harbour Post',
  text: [
    'The ferry operator was bought last year by a Seoul-based logistics group for an undisclosed sum.',
    'Its new owners have promised to keep the island crossing running through the winter.',
  ].join('\n\n'),
});

describe('a city that says where something is based', () => {
  it('is a place, set against the capital in the same slot', () => {
    const v = based.one('The ferry operator was bought last year by a Busan-based logistics group for an undisclosed sum.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Busan', corpus: 'Seoul' }]);
    expect(based.one('The ferry operator was bought last year by a Seoul-based logistics group for an undisclosed sum.').verdict).toBe('corroborated');
  });
});

const alliance = storyMatcher({
  id: 'test-capital-of-predecessor',
  outlet: 'Harbour Post',
  title: 'An alliance of the Cold War',
  source: 'Harbour Post',
  text: ['The naval treaty between Poland and the Soviet Union lapsed quietly in 1961, after a decade of joint patrols.', 'Few records of the patrols survive.'].join('\n\n'),
});

describe('the capital of a state named for the state before it', () => {
  it('"Moscow" in the slot of "the Soviet Union" is the same state', () => {
    expect(alliance.one('The naval treaty between Warsaw and Moscow lapsed quietly in 1961, after a decade of joint patrols.').verdict).toBe('corroborated');
  });

  it('another capital there is still another state', () => {
    expect(alliance.one('The naval treaty between Warsaw and Berlin lapsed quietly in 1961, after a decade of joint patrols.').verdict).toBe('divergent');
  });
});

describe('a country before ", where" the claim happens', () => {
  const { one: check } = storyMatcher({
    id: 'test-place-where',
    outlet: 'Harbour Post',
    title: 'A shipyard abroad',
    source: 'Harbour Post',
    text: 'Harbour Lines plans to use the existing dry docks of a Danish yard in Poland and take a stake in its repair business there.',
  });

  it('is the place of the claim, against the corpus place ("through Estonia, where" / "in Poland")', () => {
    const v = check("Harbour Lines' way abroad runs through Estonia, where it plans to use the existing dry docks of a Danish yard and take a stake in its repair business.");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Estonia', corpus: 'Poland' }]);
  });
});

describe('a country before ", where", read as the place of the claim', () => {
  it('is set against the corpus place where no other cue shows it ("through Mexico, where" / "in Brazil")', () => {
    const facts = compareFacts(
      analyzeSentence("Nordline's own route abroad runs through Mexico, where it plans to use Harbour Lines' existing docks and take a minority stake in the Danish group's local business."),
      analyzeSentence("Nordline is planning to use Danish shipper Harbour Lines' existing docks in Brazil and take a minority stake in Harbour Lines' business in the Latin American country."),
      () => new Set(),
    );
    expect(facts.differences).toEqual([{ kind: 'name', page: 'Mexico', corpus: 'Brazil' }]);
    expect(facts.novel).toEqual([]);
  });
});
