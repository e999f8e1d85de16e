import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { extractAttributions } from '@/lib/matcher/attribution';
import { analyzeSentence } from '@/lib/matcher/features';

const speakers = (s: string) => {
  const f = analyzeSentence(s);
  return extractAttributions(f.text, f.tokens, f.facts.entities);
};

describe('who a sentence credits', () => {
  it('takes the speaker before the verb when the name after it opens the reported clause', () => {
    expect(speakers('Marta Ruiz, an analyst at the Lisbon institute, said Korvan expects a weaker year.')).toEqual(['Marta Ruiz']);
    expect(speakers('Marta Ruiz said Korvan expects a weaker year.')).toEqual(['Marta Ruiz']);
  });

  it('takes the name after the verb when it closes the credit', () => {
    expect(speakers('The market faces a weaker year, said Marta Ruiz, an analyst.')).toEqual(['Marta Ruiz']);
    expect(speakers('The market faces a weaker year, said Marta Ruiz of Lisbon University.')).toEqual(['Marta Ruiz of Lisbon University']);
    expect(speakers('"The market faces a weaker year," said Ruiz.')).toEqual(['Ruiz']);
    expect(speakers('According to Marta Ruiz the market faces a weaker year.')).toEqual(['Marta Ruiz']);
  });

  it('takes a speaker parted from the verb by a word between commas ("Marta Ruiz, meanwhile, has warned")', () => {
    expect(speakers('Marta Ruiz, meanwhile, has warned of "a weaker year".')).toEqual(['Marta Ruiz']);
  });

  it('takes the speaker of the words a thing is called by ("what Marta Ruiz has called \'a weaker year\'")', () => {
    expect(speakers("The port fears what Marta Ruiz has called 'a weaker year'.")).toEqual(['Marta Ruiz']);
    expect(speakers("The port runs a programme called 'Harbour Watch'.")).toEqual([]);
    expect(speakers('Marta Ruiz called the harbour master on Monday.')).toEqual([]);
  });

  it('takes the speaker a cleft sentence sets apart, past a title ("It was Secretary of State X who said")', () => {
    expect(speakers("It was Secretary of State Erik Sand who said 'the channel stays shut'.")).toEqual(['Erik Sand']);
    expect(speakers("It was Erik Sand, not the Mayor, who said 'the channel stays shut'.")).toEqual(['Erik Sand']);
  });

  it('takes a name before what the source is ("Reuters news agency reported")', () => {
    expect(speakers('Reuters news agency reported that the port would close.')).toEqual(['Reuters']);
    expect(speakers('The Harbour Tribune newspaper has said the port would close.')).toEqual(['Harbour Tribune']);
    expect(speakers('The news agency reported that the port would close.')).toEqual([]);
  });
});

// A story written for these tests: a quotation whose speaker is named in the sentence before it.
const story = {
  id: 'test-quotes',
  outlet: 'Harbour Tribune',
  title: 'Shipyards look east',
  source: 'Harbour Tribune',
  text: [
    'The shipyard in Gdynia has won three orders for ferries this spring.',
    '"We are booked until the end of the decade," said Tomasz Wilk, the yard\'s managing director.',
    '"Our welders are the best on the Baltic coast, and the order book proves it."',
    'A rival yard in Szczecin has laid off a third of its staff.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('words of a speaker named before the quotation', () => {
  it('are not corroborated when the page credits them to someone else', () => {
    expect(one('Jan Nowak said the welders are the best on the Baltic coast and the order book proves it.').verdict).not.toBe('corroborated');
  });

  it('stay corroborated when the page credits them to the speaker', () => {
    const v = one('Tomasz Wilk said the welders are the best on the Baltic coast and the order book proves it.');
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.articleId).toBe('test-quotes');
  });
});

describe('a speaker credited on both sides', () => {
  it('does not corroborate another statement of the same speaker', () => {
    expect(one('Tomasz Wilk, the yard\'s managing director, said the yard would hire more apprentices.').verdict).not.toBe('corroborated');
  });

  it('corroborates the speaker\'s words retold without quotation marks', () => {
    const v = one('Tomasz Wilk, the yard\'s managing director, said the yard is booked until the end of the decade.');
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.articleId).toBe('test-quotes');
  });
});

describe('a quotation that continues the words of the speaker before it', () => {
  const { one: check } = storyMatcher({
    id: 'test-bare-quote',
    outlet: 'Harbour Post',
    title: 'The ferry will run all winter',
    source: 'Harbour Post',
    text: "'The harbour fees will not rise this year,' Mayor Anna Berg said after meeting with harbour master Olav Lie. 'We will keep the night ferry to the islands running through the whole winter.'",
  });

  it('is the words of that speaker: crediting someone else named nearby is a changed attribution', () => {
    const v = check("'We will keep the night ferry to the islands running through the whole winter,' harbour master Olav Lie said after meeting the mayor.");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Olav Lie', corpus: 'Anna Berg' }]);
  });

  it('and crediting the speaker agrees', () => {
    expect(check("'We will keep the night ferry to the islands running through the whole winter,' Mayor Anna Berg said after meeting the harbour master.").verdict).toBe('corroborated');
  });
});
