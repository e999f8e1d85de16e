import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { storyMatcher } from './story-matcher';

const credits = (text: string) => analyzeSentence(text).facts.attributions;

describe('"X quoted Y as saying"', () => {
  it('credits the words to Y, past a place and a title', () => {
    expect(credits("Daniel Okoro quoted Norway's harbour master, Ingrid Vos, as saying: 'The cranes are running beyond their loads.'")).toEqual(['Ingrid Vos']);
    expect(credits('Ms Ellison quoted Paul Kolbe, who served 25 years in the CIA, as saying the cranes were overloaded.')).toEqual(['Paul Kolbe']);
  });

  it('reads "quotes Y, ..., recalling" as Y\'s words too', () => {
    expect(credits('The Sentinel quotes Ingrid Vos, the harbour master, recalling that the cranes were overloaded.')).toEqual(['Ingrid Vos']);
  });

  it('credits no one when no words are given as Y\'s', () => {
    expect(credits('The report quoted figures from the Veldhaven port authority.')).toEqual([]);
  });
});

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-relayed-claims',
  outlet: 'Harbour Post',
  title: 'Cranes under strain',
  source: 'Harbour Post',
  text: [
    '\'The cranes are running well beyond their rated loads,\' said Ingrid Vos, the harbour master of Veldhaven.',
    'The Veldhaven terminal was handling nearly all of the region\'s container traffic, and the port authority most likely feared a collapse of its quays.',
  ].join('\n\n'),
});

describe('a name that relays a claim is not a fact of it', () => {
  it('keeps a quotation relayed by someone else corroborated, and sets another speaker against the corpus\'s', () => {
    expect(one("Closing the debate, Ms Ellison quoted the harbour master, Ingrid Vos, as saying: 'The cranes are running well beyond their rated loads.'").verdict).toBe('corroborated');
    const v = one("Daniel Okoro, for the Greens, quoted the port's engineer, Pieter Smit, as saying: 'The cranes are running well beyond their rated loads.'");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Pieter Smit', corpus: 'Ingrid Vos' }]);
  });

  it('keeps a claim someone "accepted" or was "reminded" of corroborated', () => {
    expect(one("Mr Rooke accepted that the Veldhaven terminal was handling nearly all of the region's container traffic, and that the port authority probably feared a collapse of its quays.").verdict).toBe('corroborated');
    expect(one("The Veldhaven terminal, she reminded the Assembly, was handling nearly all of the region's container traffic, and the port authority most likely feared a collapse of its quays.").verdict).toBe('corroborated');
  });
});

describe('a paper whose coverage a press review describes', () => {
  it('is not a fact of the claim ("The Courier leads on ...", "The Lantern carries a piece on ...")', () => {
    expect(one("The Harbour Courier leads on the Veldhaven terminal, which was handling nearly all of the region's container traffic while the port authority most likely feared a collapse of its quays.").verdict).toBe('corroborated');
    expect(one("The Daily Lantern carries a piece on the Veldhaven terminal, which was handling nearly all of the region's container traffic while the port authority most likely feared a collapse of its quays.").verdict).toBe('corroborated');
  });
});
