import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';
import { speakerBefore, spokenByPronoun } from '@/lib/matcher/speakers';

// A story written for these tests: one quotation credited by "he said" to a speaker named the
// sentence before, one credited by name.
const story = {
  id: 'test-yard',
  outlet: 'Harbour Tribune',
  title: 'Yard booked for years',
  source: 'Harbour Tribune',
  text: [
    'The shipyard in Gdynia has won three orders for ferries this spring.',
    "Tomasz Wilk, the yard's managing director, spoke to reporters on Monday.",
    '"We are booked until the end of the decade," he said.',
    '"Our welders are the best on the Baltic coast," said Jan Nowak, head of the welders\' union.',
    'A rival yard in Szczecin has laid off a third of its staff.',
  ].join('\n\n'),
};
const { matcher } = storyMatcher(story);
/** The verdict on the last sentence of a page. */
const last = (...page: string[]) => matcher.match(page).at(-1)!;

describe('the speaker of a "he said"', () => {
  it('is whom the sentence before credits, or the full name of a person in it', () => {
    expect(speakerBefore(['Marek Duda, the yard\'s chairman, spoke to reporters on Monday.'])?.name).toBe('Marek Duda');
    expect(speakerBefore(['The order book is full, Marek Duda told reporters.'])?.name).toBe('Marek Duda');
    expect(speakerBefore(['Officials spoke to reporters on Monday.'])).toBeUndefined();
    expect(speakerBefore(['Poland has won three orders.'])).toBeUndefined();
  });

  it('is asked for only when the sentence credits nobody by name', () => {
    expect(spokenByPronoun(analyzeSentence('"We are booked until the end of the decade," he said.'))).toBe(true);
    expect(spokenByPronoun(analyzeSentence('"We are booked until the end of the decade," said Tomasz Wilk.'))).toBe(false);
    expect(spokenByPronoun(analyzeSentence('The yard is booked until the end of the decade.'))).toBe(false);
    expect(spokenByPronoun(analyzeSentence('He also says that the yard is booked until the end of the decade.'))).toBe(true);
  });
});

describe('a quotation credited by pronoun on one side and to someone else on the other', () => {
  it('is divergent on attribution when the page names another speaker before its "he said"', () => {
    const v = last("Marek Duda, the yard's chairman, spoke to reporters on Monday.", '"We are booked until the end of the decade," he said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Marek Duda', corpus: 'Tomasz Wilk' }]);
  });

  it('is divergent on attribution when the page\'s "he said" stands for someone other than the corpus\'s named speaker', () => {
    const v = last('Tomasz Wilk spoke to reporters on Monday.', '"Our welders are the best on the Baltic coast," he said.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Tomasz Wilk', corpus: 'Jan Nowak' }]);
  });

  it('is divergent on attribution when the page names a speaker and the corpus says "he said" of another', () => {
    const v = last('"We are booked until the end of the decade," said Marek Duda, the yard\'s chairman.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Marek Duda', corpus: 'Tomasz Wilk' }]);
  });

  it('stays corroborated when the pronoun stands for the same speaker, however named', () => {
    expect(last('Tomasz Wilk, the yard\'s managing director, spoke to reporters on Monday.', '"We are booked until the end of the decade," he said.').verdict).toBe('corroborated');
    expect(last('Mr Wilk spoke to reporters.', '"We are booked until the end of the decade," he said.').verdict).toBe('corroborated');
    expect(last('Jan Nowak spoke to reporters on Monday.', '"Our welders are the best on the Baltic coast," he said.').verdict).toBe('corroborated');
    expect(last('"We are booked until the end of the decade," said Tomasz Wilk.').verdict).toBe('corroborated');
  });

  it('is left alone when the sentences before name nobody', () => {
    expect(last('The yard has won orders.', '"Our welders are the best on the Baltic coast," he said.').verdict).toBe('corroborated');
    expect(last('Officials spoke to reporters on Monday.', '"Our welders are the best on the Baltic coast," they said.').verdict).toBe('corroborated');
  });

  it('stays none for another topic of the same speaker', () => {
    expect(last('Marek Duda spoke to reporters on Monday.', '"The city council will vote on the new budget in March," he said.').verdict).toBe('none');
  });
});

// Perturbations of bundled corpus quotations.
describe('speakers of bundled corpus quotations', () => {
  const quote = "'Our armaments are a show of force to deter an enemy from coming,' he said.";

  it('reads a surname opening the sentence before as the speaker ("Nakatani told reporters")', () => {
    const v = last('Nakatani told reporters at the base on Monday.', quote);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Nakatani', corpus: 'Yohei Ito' }]);
    expect(last('Ito told reporters at the base on Monday.', quote).verdict).toBe('corroborated');
    expect(last('Officials told reporters at the base on Monday.', quote).verdict).toBe('corroborated');
  });

  it('leaves a quotation credited to an unnamed speaker alone ("the commander said")', () => {
    expect(spokenByPronoun(analyzeSentence("'Our armaments are a show of force to deter an enemy from coming,' the commander said."))).toBe(false);
    expect(last('Nakatani toured the base on Monday.', "'Our armaments are a show of force to deter an enemy from coming,' the commander said.").verdict).toBe('corroborated');
  });

  it('does not take someone the subject acts on for the speaker', () => {
    expect(last("The regiment's commander met Defence Minister Gen Nakatani at the base.", quote).verdict).toBe('corroborated');
    const v = last('On Monday, Gen Nakatani toured the base with reporters.', quote);
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Gen Nakatani', corpus: 'Yohei Ito' }]);
  });

  it('reads a speaker named in the sentence itself, outside the quotation', () => {
    const v = last("Gen Nakatani was blunt: 'Our armaments are a show of force to deter an enemy from coming.'");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Gen Nakatani', corpus: 'Yohei Ito' }]);
    // The audience is not the speaker.
    expect(last("'Our armaments are a show of force to deter an enemy from coming,' the commander told Yomiuri Shimbun.").verdict).not.toBe('divergent');
  });

  it('takes the body a speaker works for as part of the credit', () => {
    const v = last('"Innovation, entrepreneurship, and inclusivity here support staggering growth," said George Leung, CEO of SCOR Reinsurance.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'George Leung', corpus: 'Brian Davidson' }]);
  });

  it('does not take a name opening with a verb, or qualifying a thing, for the corpus speaker', () => {
    const v = last('"Flying cars turn childhood dreams into reality," Brian Davidson told Xinhua.');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Brian Davidson', corpus: 'Johannes Hack' }]);
  });
});

describe('the person a "he" or "she" refers to', () => {
  it('is never a newspaper or another body credited before', () => {
    const before = ['As head of the Baltic Shipping Institute, he was one of the experts the Harbour Times asked to read the report.'];
    expect(speakerBefore(before, true)).toBeUndefined();
    // Without a pronoun to go by, a body credited before may be the source.
    expect(speakerBefore(['The order book is full, the Harbour Times reported.'])?.name).toBe('Harbour Times');
    expect(speakerBefore(['Marek Duda, the yard\'s chairman, spoke to reporters on Monday.'], true)?.name).toBe('Marek Duda');
  });
});

describe('judging only some sentences of a page', () => {
  it('judges those alone, reading the others as their context', () => {
    const page = ["Marek Duda, the yard's chairman, spoke to reporters on Monday.", '"We are booked until the end of the decade," he said.', 'The shipyard in Gdynia has won three orders for ferries this spring.'];
    const all = matcher.match(page);
    const some = matcher.match(page, { only: [1] });
    // The "he said" still finds its speaker in the sentence before, which is not judged itself.
    expect(some[1]).toEqual(all[1]);
    expect(some[1]!.verdict).toBe('divergent');
    expect(all[2]!.verdict).toBe('corroborated');
    expect(some.map((v) => v.verdict)).toEqual(['none', 'divergent', 'none']);
    expect(some.map((v) => v.text)).toEqual(page);
  });
});
