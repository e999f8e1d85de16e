import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-name-slot',
  outlet: 'Coastal Ledger',
  title: 'A trade fair opens in Rotterdam',
  source: 'Coastal Ledger',
  text: [
    'Ingrid Vos, trade attaché of the Kingdom of Norway in Rotterdam, said the fair "opens doors for small shipyards".',
    'At the port, Siemens\'s "Harbour Twin" in the Maasvlakte Logistics Hall models every crane of the container terminal.',
    'Its engineers built the model with laser scanning and drone surveys of the quays.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('the one name each sentence does not share, in the same slot', () => {
  it('pairs a country named in the same title ("attaché of Denmark" / "attaché of the Kingdom of Norway")', () => {
    const v = one('Ingrid Vos, trade attaché of Denmark in Rotterdam, said the fair "opens doors for small shipyards".');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Denmark', corpus: 'Kingdom of Norway' }]);
  });

  it("pairs an owner of the same named thing (\"Bosch's 'Harbour Twin'\" / \"Siemens's 'Harbour Twin'\")", () => {
    const v = one('In the Maasvlakte Logistics Hall, Bosch\'s "Harbour Twin" models every crane of the container terminal with laser scanning.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Bosch', corpus: 'Siemens' }]);
  });

  it('keeps paraphrases corroborated and unrelated sentences none', () => {
    expect(one('Ingrid Vos, Norway\'s trade attaché in Rotterdam, said the fair "opens doors for small shipyards".').verdict).toBe('corroborated');
    expect(one('Siemens\'s "Harbour Twin" in the Maasvlakte Logistics Hall models each crane of the container terminal.').verdict).toBe('corroborated');
    expect(one('Bosch opened a new research office in Stuttgart to design household appliances.').verdict).toBe('none');
  });

  it('does not take a word across a quotation for the same slot', () => {
    // The audience of the words is not their speaker, nor the speaker's country.
    expect(one('"The fair opens doors for small shipyards," Ingrid Vos told Dagens Naeringsliv.').verdict).not.toBe('divergent');
  });
});

describe('a name before the title of a name set against another ("British consul general X")', () => {
  const { one: check } = storyMatcher({
    id: 'test-title-name',
    outlet: 'Harbour Post',
    title: 'Envoys tour the new container terminal',
    source: 'Harbour Post',
    text: 'Watching the automated cranes at work, Marta Kowalczyk, head of the Baltic Ports Chamber, praised the terminal\'s "speed and ambition in building a green harbour".',
  });

  it('describes that name: the speaker changed, the country is part of it', () => {
    const v = check('Watching the automated cranes at work, Danish consul general Henrik Lund praised the terminal\'s "speed and ambition in building a green harbour".');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.page)).toEqual(['Henrik Lund']);
  });
});

// A story written for these tests: a company and the company whose plants it will use, each described by its country.
const plants = storyMatcher({
  id: 'test-described-names',
  outlet: 'Coastal Ledger',
  title: 'A carmaker borrows plants',
  source: 'Coastal Ledger',
  text: [
    'The Swedish carmaker has been short of capacity since the spring.',
    'Volvo is planning to use Korean automaker Hyundai\'s existing production plants in Mexico, according to an announcement in March.',
    'Its chief executive said the deal would save two years of construction.',
  ].join('\n\n'),
});

describe('a country that describes another name', () => {
  it('is not set against the country that describes a different name, though the word after each is the same', () => {
    expect(plants.one('Swedish carmaker Volvo plans to use Hyundai\'s existing factories in Mexico, according to an announcement in March.').verdict).toBe('corroborated');
  });

  it('is set against it when both describe the same name', () => {
    const v = plants.one('Volvo is planning to use Japanese automaker Hyundai\'s existing production plants in Mexico, according to an announcement in March.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['name']);
  });
});

describe('a name by the last word of its full form ("the Times" / "The New York Times")', () => {
  const { one: check } = storyMatcher({
    id: 'test-short-form',
    outlet: 'Harbour Post',
    title: 'A terminal under review',
    source: 'Harbour Post',
    text: 'Marta Kowalczyk, an engineer who inspected the terminal at the request of the Times, said the cranes were "running well beyond their rated loads".',
  });

  // "The New York Times" is read as one term of its own (nyt): only the name's last word tells.
  it('is the same name, not a fact the corpus lacks', () => {
    expect(check('Marta Kowalczyk, who inspected the terminal for The New York Times, said the cranes were "running well beyond their rated loads".').verdict).toBe('corroborated');
  });

  it('is not a name that only shares a shorter word', () => {
    expect(check('Marta Kowalczyk, who inspected the terminal for The Baltic Herald, said the cranes were "running well beyond their rated loads".').verdict).not.toBe('corroborated');
  });
});
