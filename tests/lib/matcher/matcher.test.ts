import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import { readSourceFiles } from '@/lib/corpus/files';
import { createMatcher } from '@/lib/matcher/matcher';
import type { Corpus } from '@/lib/corpus/types';

// A small corpus written for these tests (a bridge story and a harvest story).
const corpus = buildCorpus(readSourceFiles(new URL('../../fixtures/matcher/corpus/', import.meta.url).pathname));
const matcher = createMatcher(corpus);
const one = (sentence: string) => matcher.match([sentence])[0]!;

describe('perturbed corpus sentences come out divergent, naming the fact and both values', () => {
  it.each([
    ['number', 'The bridge spans 4,100 metres across the Varne estuary and will carry six lanes of traffic.', '4,100 metres', '3,200 metres'],
    ['count', 'The bridge spans 3,200 metres across the Varne estuary and will carry four lanes of traffic.', 'four', 'six'],
    ['number', 'The Norland transport ministry said on March 14, 2024 that the new Kessel Bridge will cost 3.1 billion euros and open in 2027.', '3.1 billion euros', '2.4 billion euros'],
    ['number', 'Unemployment in the Varne region fell by 15 percent last year, according to the statistics office.', '15 percent', '12 percent'],
    ['date', 'The Norland transport ministry said on March 15, 2024 that the new Kessel Bridge will cost 2.4 billion euros and open in 2027.', 'March 15, 2024', 'March 14, 2024'],
    ['date', 'The Norland transport ministry said on March 14, 2024 that the new Kessel Bridge will cost 2.4 billion euros and open in 2029.', '2029', '2027'],
    ['date', 'Transport minister Ilse Brandt said parliament approved the project two weeks before the election.', 'two weeks before', 'three weeks before'],
    ['name', "Engineers from Torvik Construction, the country's largest building firm, designed the towers.", 'Torvik Construction', 'Halvor Construction'],
    ['attribution', 'The Daily Post reported that 40 families will be relocated from the construction site.', 'Daily Post', 'Norland Times'],
    ['polarity', 'The ministry confirmed reports of cost overruns.', 'confirmed', 'declined to comment'],
    ['scope', 'Halvor is the only firm bidding for the maintenance contract.', 'only', 'one of'],
  ])('%s: %s', (kind, sentence, page, corpusValue) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind, page, corpus: corpusValue }]);
    expect(v.evidence).toMatchObject({ articleId: 'test-bridge', outlet: 'Test Gazette', title: 'Kessel Bridge to open in 2027' });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });
});

describe('paraphrases come out corroborated', () => {
  it.each([
    ['another unit', 'The span across the Varne estuary is 3.2 kilometres, enough for six traffic lanes.', 'The bridge spans 3,200 metres'],
    ['miles, within rounding', 'Crossing the Varne estuary, the bridge is roughly 2 miles long and carries 6 lanes.', 'The bridge spans 3,200 metres'],
    ['reordered, other date format', 'Kessel Bridge will open in 2027 at a cost of 2.4 billion euros, the Norland transport ministry announced on 14 March 2024.', 'The Norland transport ministry said on March 14, 2024'],
    ['reworded attribution', 'Parliament gave the project its approval three weeks ahead of the election, according to transport minister Ilse Brandt.', 'Transport minister Ilse Brandt said'],
    ['negation reworded', 'Asked about cost overruns, the ministry would not comment.', 'The ministry declined to comment'],
    ['numbers in words', 'Ostmark valley farmers harvested a record one million eight hundred thousand tonnes of wheat this summer, the agriculture board said.', 'Farmers in the Ostmark valley'],
  ])('%s', (_name, sentence, evidenceStart) => {
    const v = one(sentence);
    expect(v.verdict).toBe('corroborated');
    expect(v.differences).toEqual([]);
    expect(v.evidence?.sentence.startsWith(evidenceStart)).toBe(true);
  });
});

describe('sentences that share many words with the corpus but state something else come out none', () => {
  it.each([
    "Halvor Construction, the country's largest building firm, also built the Ostbury tunnel in 2011.",
    'Unemployment in the Varne region fell last year as 300 new jobs were created at the Ostbury port, the port authority said.',
    'Farmers in the Ostmark valley expect to plant 40,000 hectares of barley next spring, the agriculture board said on Tuesday.',
    'The city council of Varne voted on Monday to rename the old harbour after the fishing family Brandt.',
  ])('%s', (sentence) => {
    const v = one(sentence);
    expect(v.verdict).toBe('none');
    expect(v.evidence).toBeNull();
    expect(v.differences).toEqual([]);
  });

  it('leaves an article about something else without highlights', () => {
    const football = [
      'Riverside Rovers won 3-1 on Saturday in front of a sell-out crowd.',
      'The visitors took the lead after eleven minutes through a free kick.',
      'Manager Helen Price made two changes at half-time.',
      'Tickets for the away end sold out within an hour.',
    ];
    expect(matcher.match(football).map((v) => v.verdict)).toEqual(['none', 'none', 'none', 'none']);
  });
});

describe('when the corpus disagrees with itself', () => {
  it('says so in the evidence', () => {
    const disagreeing: Corpus = {
      version: 1,
      articles: [
        ...corpus.articles,
        {
          id: 'test-bridge-2',
          outlet: 'Other Courier',
          title: 'Bridge figures',
          source: 'Other Courier',
          text: 'The bridge spans 3,500 metres across the Varne estuary and will carry six lanes of traffic.',
          sentences: ['The bridge spans 3,500 metres across the Varne estuary and will carry six lanes of traffic.'],
        },
      ],
    };
    const v = createMatcher(disagreeing).match(['The bridge spans 3,200 metres across the Varne estuary and carries six lanes of traffic.'])[0]!;
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.articleId).toBe('test-bridge');
    expect(v.evidence?.disagreements).toEqual([
      { articleId: 'test-bridge-2', outlet: 'Other Courier', sentence: 'The bridge spans 3,500 metres across the Varne estuary and will carry six lanes of traffic.' },
    ]);
  });
});

describe('properties', () => {
  const corpusWords = corpus.articles.flatMap((a) => a.text.split(/\s+/));

  it('never throws and gives one verdict per sentence, in order, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }), (sentences) => {
        const out = matcher.match(sentences);
        expect(out.map((v) => v.text)).toEqual(sentences);
        for (const v of out) {
          expect(['corroborated', 'divergent', 'none']).toContain(v.verdict);
          expect(v.score).toBeGreaterThanOrEqual(0);
          expect(v.score).toBeLessThanOrEqual(1);
          expect(v.verdict === 'none').toBe(v.evidence === null);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('copes with shuffled corpus vocabulary, numbers and punctuation', () => {
    const word = fc.oneof(fc.constantFrom(...corpusWords), fc.integer({ min: 0, max: 1e7 }).map(String), fc.constantFrom('.', ',', "'", '"', '-', 'U.S.', 'No.', '½'));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 6 }), (sentences) => {
        const out = matcher.match(sentences);
        expect(out).toHaveLength(sentences.length);
        for (const v of out) if (v.verdict === 'divergent') expect(v.differences.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('copes with an empty corpus', () => {
    expect(createMatcher({ version: 1, articles: [] }).match(['Anything at all.', ''])).toEqual([
      { text: 'Anything at all.', verdict: 'none', score: 0, evidence: null, differences: [] },
      { text: '', verdict: 'none', score: 0, evidence: null, differences: [] },
    ]);
  });
});
