import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import { readSourceFiles } from '@/lib/corpus/files';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/matcher';

// The bundled corpus plus two stories written for these tests (a ports tour and carmakers), so the
// rules meet the vocabulary and term weights of a real corpus.
const extra = buildCorpus(readSourceFiles(new URL('../../fixtures/matcher/general/', import.meta.url).pathname));
const matcher = createMatcher({ version: 1, articles: [...loadBundledCorpus().articles, ...extra.articles] });
const one = (sentence: string) => matcher.match([sentence])[0]!;
const diffs = (sentence: string) => one(sentence).differences.map((d) => `${d.kind}: ${d.page} / ${d.corpus}`);

describe('quantifiers and opposite outcomes come out divergent on polarity', () => {
  it.each([
    ['few against many', 'Few delegates signed memorandums of understanding, pledged new investment or arranged return visits, the council said.', 'polarity: Few / Many'],
    ['only a few against many', 'Only a few delegates signed memorandums of understanding, pledged new investment or arranged return visits, the council said.', 'polarity: Only a few / Many'],
    ['no against many', 'No delegates signed memorandums of understanding, pledged new investment or arranged return visits, the council said.', 'polarity: No / Many'],
    ['fell against rose', 'Freight volumes at the three ports fell by 6 percent in the first half of the year, the port authorities said.', 'polarity: fell / rose'],
    ['rejected against approved', 'The council rejected a joint training programme for port engineers in March.', 'polarity: rejected / approved'],
  ])('%s', (_name, sentence, expected) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(diffs(sentence)).toEqual([expected]);
    expect(v.evidence?.articleId).toBe('test-ports');
  });

  it('leaves quantifiers of the same size, and "a few" or "the most", alone', () => {
    expect(one('Most delegates signed memorandums of understanding, pledged new investment or arranged return visits, the council said.').verdict).toBe('corroborated');
    expect(one('Freight volumes at the three ports increased by 6 percent in the first half of the year, the port authorities said.').verdict).toBe('corroborated');
  });
});

describe('names spelt out, acronyms and pronouns', () => {
  it('matches an acronym with the name spelt out, and a quote closed by "he said" with the speaker named before it', () => {
    const v = one('Danish trade envoy Oskar Lind said he was ready to promote direct trade between the Nordic Economic Council and Mercosur.');
    expect(v.verdict).toBe('corroborated');
    expect(v.evidence?.sentence).toMatch(/^"I am ready to promote direct trade/);
  });

  it('flags another partner in the same place of a list', () => {
    const v = one('Danish trade envoy Oskar Lind said he was ready to promote direct trade between the Nordic Economic Council and the African Union.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'African Union', corpus: 'Mercosur' }]);
  });

  it('does not take a name for mentioned because one of its words is an ordinary word of the corpus sentence', () => {
    expect(one('Rotterdam is also home to Vantor Cargo, one of the largest port operators in Europe.').verdict).toBe('none');
  });
});

describe('the same words credited to someone else come out divergent on attribution', () => {
  it.each([
    ['speaker before a verb of praise', 'Erik Sand, head of logistics at Baltic Freight Lines, praised the council\'s "patient, step-by-step planning" as a model for other regions.', 'Erik Sand', 'Lena Marsh'],
    ['speaker after "said", with the body he speaks for', 'The council\'s "patient, step-by-step planning" is a model for other regions, said Erik Sand of Baltic Freight Lines.', 'Erik Sand of Baltic Freight Lines', 'Lena Marsh'],
    ['"X said" against "the chief, Y, said"', 'Korvan chief executive Pavel Dunn said the market faced serious overcapacity.', 'Pavel Dunn', 'Marta Ruiz'],
  ])('%s', (_name, sentence, page, corpusValue) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page, corpus: corpusValue }]);
  });

  it('corroborates the same words credited to the same person, however introduced', () => {
    const v = one('The council\'s "patient, step-by-step planning" is a model for other regions, said Lena Marsh of Baltic Freight Lines.');
    expect(v.verdict).toBe('corroborated');
  });
});

describe('ranks', () => {
  it('flags another place in a ranking, and agrees on the same place in other words', () => {
    const second = one('Rotterdam is the second-largest port in Europe, handling about 440 million tonnes of cargo a year.');
    expect(second.verdict).toBe('divergent');
    expect(second.differences).toEqual([{ kind: 'number', page: 'second-largest', corpus: 'largest' }]);
    expect(one("Rotterdam is Europe's biggest port, handling about 440 million tonnes of cargo a year.").verdict).toBe('corroborated');
  });
});

describe('scope and counts against lists of names', () => {
  it.each([
    ['"only X" against a list with X', 'Among carmakers only Korvan has opened plants abroad, while Delta Auto and Sunward Motors still rely on exports.', 'scope', 'only Korvan', 'Korvan, Delta Auto and Sunward Motors'],
    ['"all" against examples', "All of the country's carmakers have opened plants abroad.", 'scope', 'All', 'Korvan, Delta Auto and Sunward Motors'],
    ['a count against a list of the same group', 'Nordic envoys toured only two ports, Rotterdam and Antwerp, over five days.', 'count', 'two', 'Rotterdam, Antwerp and Le Havre'],
    ['a larger count', 'Nordic envoys toured four ports on a five-day trip.', 'count', 'four', 'Rotterdam, Antwerp and Le Havre'],
    ['"only one"', 'Nordic envoys toured only one port, Rotterdam, because of a storm.', 'count', 'one', 'Rotterdam, Antwerp and Le Havre'],
    ['fewer than the examples listed', 'Two carmakers, Korvan and Delta Auto, have opened plants abroad.', 'count', 'Two', 'Korvan, Delta Auto and Sunward Motors'],
    ['"the only" against a plural', 'Korvan Motors is the only carmaker that has opened plants abroad.', 'scope', 'only', 'Carmakers'],
  ])('%s', (_name, sentence, kind, page, corpusValue) => {
    const v = one(sentence);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind, page, corpus: corpusValue }]);
  });

  it('agrees when the count is the length of the list, and with a list of examples that leaves the others out', () => {
    expect(one('Nordic envoys toured three ports, Rotterdam, Antwerp and Le Havre, over five days.').verdict).toBe('corroborated');
    expect(one('Korvan and Delta Auto are among the carmakers that have opened plants abroad.').verdict).toBe('corroborated');
    expect(one('Carmakers that have opened plants abroad include Korvan and Delta Auto.').verdict).toBe('corroborated');
  });
});

describe('sentences on the same topic that state something else come out none', () => {
  it('still corroborates a plain statement, a quoted verdict repeated without its quotes, and a question inside a quotation', () => {
    expect(one("Brian Davidson, Britain's consul general in Hong Kong, called the tour an eyeopener.").verdict).toBe('corroborated');
    expect(one('The council approved a joint training programme for port engineers in March.').verdict).toBe('corroborated');
    expect(one('"Why wait?" the council asked as it approved a joint training programme for port engineers in March.').verdict).toBe('corroborated');
  });

  it.each([
    // The same names, saying something else of them.
    'Sunward Motors and Delta Auto both sponsor football clubs.',
    "Renault's factory in Brazil builds small cars for the Latin American market.",
    // A few words in common with a long corpus sentence.
    'The delegation of envoys also toured a shipyard that builds ferries.',
    'Whether the new shipping links turn into signed contracts should become clearer over the next year.',
    // The same speaker, quoted saying something else.
    '"Our ports must invest in cleaner ships," Danish trade envoy Oskar Lind said.',
    '"We will open an office in Oslo next year," Lena Marsh, head of logistics at Baltic Freight Lines, said.',
    // The corpus's quoted verdict replaced by the page's own (corpus: 'described the tour as an "eyeopener"').
    "Britain's consul general in Hong Kong described the tour as a waste of time.",
    // Questions and claims put in doubt state nothing to confirm.
    'Whether the new training programme for engineers pays off should become clearer in March.',
    'Did the council approve a joint training programme for port engineers in March?',
    'It is unclear whether freight volumes at the three ports rose by 6 percent in the first half of the year.',
    // The speaker of a "he said" quote named, but saying something else.
    'Oskar Lind said the tour was organised by the NEC and paid for by Danish firms.',
  ])('%s', (sentence) => {
    expect(one(sentence)).toMatchObject({ verdict: 'none', evidence: null });
  });

  it('leaves an article on Russia, China, Japan, spies and cars that the corpus does not report without highlights', () => {
    const article = [
      "Russia's central bank raised its key interest rate to 21 percent on Friday to fight stubborn inflation.",
      'Beijing and Moscow held joint naval drills in the Sea of Japan last week, state media reported.',
      "Japan's defence ministry plans to buy more Tomahawk missiles from the United States next year.",
      'British intelligence officials said they had uncovered a network of Russian agents operating in Bulgaria.',
      'Tokyo police arrested a former engineer accused of leaking chip designs to a Chinese company.',
      'The FSB also runs a unit that keeps watch on Ukrainian students studying in Moscow.',
      "China's auto industry is expected to double its exports to Africa next year.",
      'Geely also owns a stake in the British sports car maker Lotus.',
      'Xinhua said the tour was organised by the Hong Kong government.',
      'The memo was written in Russian and runs to several pages.',
      'Many of the delegates at the climate summit in Baku left before the final vote.',
      'The price war among Chinese carmakers has also spread to electric motorcycles.',
      'Putin and Xi signed a new energy deal in Beijing in May.',
      'Sales of petrol cars in Europe fell for the fifth month in a row.',
    ];
    expect(matcher.match(article).filter((v) => v.verdict !== 'none').map((v) => v.text)).toEqual([]);
  });
});
