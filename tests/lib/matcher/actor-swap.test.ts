import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { actsOf } from '@/lib/matcher/agents';
import { buildCorpus } from '@/lib/corpus/build';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { analyzeSentence } from '@/lib/matcher/features';
import { createMatcher } from '@/lib/matcher/matcher';

// A story written for these tests: a deal and a ceasefire, each with someone who brought it about.
const story = {
  id: 'test-talks',
  outlet: 'Harbour Tribune',
  title: 'Talks that worked',
  source: 'Harbour Tribune',
  text: [
    'Minister Anna Kowal brokered the deal between Gdynia and Nordic Line after three months of talks.',
    'The ceasefire between the two militias was negotiated by Qatar and took effect on Sunday.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

const acts = (sentence: string, name: string) => {
  const f = analyzeSentence(sentence);
  return actsOf(f, f.facts.entities.find((e) => e.text === name)!).filter((a) => !a.includes('#'));
};

describe('the acts a name is the doer of', () => {
  it('reads the active, past an appositive or a relative clause, and the passive', () => {
    expect(acts('Ewa Lis brokered the deal.', 'Ewa Lis')).toEqual(['|broker']);
    expect(acts('Ewa Lis, the foreign minister, brokered the deal.', 'Ewa Lis')).toEqual(['|broker']);
    expect(acts('Mongolia, which borders both countries, published the map.', 'Mongolia')).toEqual(['|publish']);
    expect(acts('The deal, brokered by Ewa Lis, came after months of talks.', 'Ewa Lis')).toEqual(['|broker']);
    expect(acts('Troops were sent to the Philippines in May by Seoul.', 'Seoul')).toEqual(['|sent']);
    expect(acts('The Qatar-brokered ceasefire held for a week.', 'Qatar')).toEqual(['|broker']);
  });

  it('keeps the head noun a name qualifies, and the verb after "to"', () => {
    expect(acts('The Chinese government signed the agreement.', 'Chinese')).toEqual(['govern|sign']);
    expect(acts('Geely is planning to use the plants.', 'Geely')).toEqual(['|plan', '|us']);
  });

  it('finds no act for a name that is not a subject or an agent', () => {
    expect(acts('The deal between Gdynia and Nordic Line came after months of talks.', 'Gdynia')).toEqual([]);
    expect(acts('Talks were held in Gdynia by the port.', 'Gdynia')).toEqual([]);
  });
});

describe('another doer of the same act, however the sentence is built, is divergent on the name', () => {
  it.each([
    ['an appositive between the doer and the verb', 'Ewa Lis, the foreign minister, brokered the deal between Gdynia and Nordic Line after three months of talks, officials said.', 'Ewa Lis', 'Anna Kowal'],
    ['a passive against an active', 'The deal between Gdynia and Nordic Line, brokered by Ewa Lis, came after three months of talks.', 'Ewa Lis', 'Anna Kowal'],
    ['a body against a country', 'The African Union negotiated the ceasefire between the two militias, which took effect on Sunday.', 'African Union', 'Qatar'],
    ['a country opening the sentence, then a relative clause', 'Egypt, which has long mediated in the region, negotiated the ceasefire between the two militias that took effect on Sunday.', 'Egypt', 'Qatar'],
    ['the body the doer works for after it', 'The deal between Gdynia and Nordic Line was brokered by Ewa Lis of the Foreign Ministry after three months of talks.', 'Ewa Lis', 'Anna Kowal'],
    ['the country the doer serves before it', "Estonia's foreign minister, Ewa Lis, brokered the deal between Gdynia and Nordic Line after three months of talks.", 'Ewa Lis', 'Anna Kowal'],
  ])('%s', (_name, sentence, page, corpus) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page, corpus }]);
  });

  // Perturbations of bundled corpus sentences.
  it.each([
    ['a relative clause between the doer and the verb', 'In 2023, Mongolia, which borders both countries, published an official map that included historical Chinese names for cities and areas within Russia.', 'Mongolia', 'China'],
    ['a passive with a title, against an acronym', 'The new counterintelligence program called Entente-4, approved by Defence Minister Sergei Shoigu three days before the outbreak of the war in Ukraine, was revealed in the document.', 'Sergei Shoigu', 'FSB'],
    ['a passive whose clause goes on "to join" (not a second doer)', 'A warship and soldiers were sent to the Philippines in May by Seoul to join a multinational military exercise for the first time.', 'Seoul', 'Tokyo'],
    ['another verb of the same act, in the passive', 'In May, a warship and troops dispatched by Seoul took part in a multinational drill in the Philippines for the first time.', 'Seoul', 'Tokyo'],
    ['"will be used by" against "is planning to use"', "Renault's plants in Brazil will be used by BYD, which will take a minority stake in the French carmaker's Brazilian business.", 'BYD', 'Geely'],
  ])('%s (bundled corpus)', (_name, sentence, page, corpus) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page, corpus }]);
  });
});

describe('the same doer, or a doer that may stand for the other, stays as it was', () => {
  it('corroborates the same doer in another construction', () => {
    expect(one('Qatar, which has long mediated in the region, negotiated the ceasefire between the two militias that took effect on Sunday.').verdict).toBe('corroborated');
    expect(one('The ceasefire between the two militias, negotiated by Qatar, took effect on Sunday.').verdict).toBe('corroborated');
    expect(one('Anna Kowal, the minister, brokered the deal between Gdynia and Nordic Line after three months of talks.').verdict).toBe('corroborated');
  });

  it('does not set a country\'s troops against its leader', () => {
    const v = one("Three days before Russian troops invaded Ukraine in 2022, the FSB approved a new counterintelligence programme called 'Entente-4', the document reveals.");
    expect(v.verdict).toBe('corroborated');
  });

  it('sets the page\'s doer against the corpus\'s when the page gives the corpus\'s doer another role', () => {
    const v = one('The deal between Gdynia and Nordic Line, brokered by Ewa Lis after three months of talks, was welcomed by Anna Kowal.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Ewa Lis', corpus: 'Anna Kowal' }]);
  });

  it('does not set a doer against one the page names beside it', () => {
    expect(one('Egypt negotiated the ceasefire between the two militias with Qatar, and it took effect on Sunday.').verdict).not.toBe('divergent');
    expect(one('Ewa Lis and Anna Kowal brokered the deal between Gdynia and Nordic Line after three months of talks.').verdict).not.toBe('divergent');
  });

  it('does not pair a second doer presented as one ("also")', () => {
    expect(one('Egypt also negotiated the ceasefire between the two militias, which took effect on Sunday.').verdict).not.toBe('divergent');
  });

  it('leaves an unrelated sentence about the same doer alone', () => {
    expect(one('Anna Kowal, the minister, opened a new ferry terminal in Gdansk last spring.').verdict).toBe('none');
  });
});

// A story written for these tests: the corpus sentence speaks of someone by pronoun ("his guest"),
// so the names before it may be what its pronoun stands for.
describe('a doer swapped for someone named in the sentences around', () => {
  const summit = {
    id: 'test-summit',
    outlet: 'Harbour Tribune',
    title: 'Summit in the capital',
    source: 'Harbour Tribune',
    text: [
      'Ana Silva met Marek Duda in Lisbon on Tuesday.',
      'Duda approved the new energy pact after the talks with his guest.',
      'Silva praised the pact at a dinner in the palace.',
    ].join('\n\n'),
  };
  const m = createMatcher({ version: 1, articles: [...loadBundledCorpus().articles, ...buildCorpus([{ name: 'summit.json', content: JSON.stringify([summit]) }]).articles] });
  const match = (sentence: string) => m.match(['Ana Silva met Marek Duda in Lisbon on Tuesday.', sentence])[1]!;

  it('is divergent even though a pronoun of the corpus sentence might stand for the page\'s doer', () => {
    const v = match('Ana Silva approved the new energy pact after the talks with her guest.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Ana Silva', corpus: 'Duda' }]);
  });

  it('stays corroborated for the same doer', () => {
    expect(match('Marek Duda approved the new energy pact after the talks with his guest.').verdict).toBe('corroborated');
  });
});


describe('leaning on someone is relying on them', () => {
  const { one: check } = storyMatcher({
    id: 'test-lean-on',
    outlet: 'Harbour Post',
    title: 'A shipyard turns to a new partner',
    source: 'Harbour Post',
    text: 'Already, Finnish shipbuilder Nordvik has relied on Korea to finish its icebreaker project, after previously using the German engineering firm Kessler.',
  });

  it('so another doer of it is a changed name', () => {
    const v = check('Up north, it was Westhaven that had to lean on Korea to finish its icebreaker project after previously using the German engineering firm Kessler.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Westhaven', corpus: 'Nordvik' }]);
  });
});
