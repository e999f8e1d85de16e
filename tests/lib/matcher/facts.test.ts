import { describe, expect, it } from 'vitest';
import { compareFacts } from '@/lib/matcher/compare';
import { analyzeSentence } from '@/lib/matcher/features';

const facts = (s: string) => analyzeSentence(s).facts;
const quantities = (s: string) => facts(s).quantities.map((q) => ({ text: q.text, value: q.value, dimension: q.dimension }));
const noContext = () => new Set<string>();
const differences = (page: string, corpus: string) =>
  compareFacts(analyzeSentence(page), analyzeSentence(corpus), noContext).differences.map((d) => `${d.kind}: ${d.page} / ${d.corpus}`);

describe('numbers and units', () => {
  it('reads digits, separators, fractions and spelled-out numbers with their units', () => {
    expect(quantities('more than 6,500km from the border')).toEqual([{ text: '6,500km', value: 6500, dimension: 'length' }]);
    expect(quantities('a front 6,500 kilometres away')).toEqual([{ text: '6,500 kilometres', value: 6500, dimension: 'length' }]);
    expect(quantities('six thousand five hundred kilometres')).toEqual([{ text: 'six thousand five hundred kilometres', value: 6500, dimension: 'length' }]);
    expect(quantities('the 4,200-kilometre frontier')).toEqual([{ text: '4,200-kilometre', value: 4200, dimension: 'length' }]);
    expect(quantities('talks lasted 2½ hours')).toEqual([{ text: '2½ hours', value: 2.5, dimension: 'duration' }]);
    expect(quantities('talks lasted three and a half hours')).toEqual([{ text: 'three and a half hours', value: 3.5, dimension: 'duration' }]);
    expect(quantities('close to 1.6 billion people')[0]).toMatchObject({ value: 1.6e9, dimension: 'count' });
  });

  it('converts units, so the same distance in miles and kilometres agrees within rounding', () => {
    const [miles] = facts('a war more than 4,000 miles from the border').quantities;
    expect(miles!.value).toBeCloseTo(6437, 0);
    expect(differences('The war is about 4,000 miles from the border.', 'The war is more than 6,500km from the border.')).toEqual([]);
    expect(differences('The war is some 6,000km from the border.', 'The war is more than 6,500km from the border.')).toEqual([
      'number: 6,000km / 6,500km',
    ]);
  });

  it('reads percentages and money in their usual spellings', () => {
    expect(quantities('up 12 percent, 12 per cent or 12%').map((q) => [q.value, q.dimension])).toEqual([
      [12, 'percent'], [12, 'percent'], [12, 'percent'],
    ]);
    const money = facts('$245 billion, 412 million dollars and €3.5m').quantities;
    expect(money.map((q) => [q.value, q.currency])).toEqual([[245e9, 'USD'], [412e6, 'USD'], [3.5e6, 'EUR']]);
    expect(differences('Assets fell by some 30 percent.', 'Assets fell by about 30 percent.')).toEqual([]);
    expect(differences('Assets fell by some 40 percent.', 'Assets fell by about 30 percent.')).toEqual(['number: 40 percent / 30 percent']);
    expect(differences('The bridge costs $3 billion.', 'The bridge costs $2.4 billion.')).toEqual(['number: $3 billion / $2.4 billion']);
  });

  it('reads counts in words and names them as counts', () => {
    expect(facts('six Western intelligence agencies').quantities[0]).toMatchObject({ value: 6, noun: 'agenc', spelled: true });
    expect(differences('It went to five Western intelligence agencies.', 'It went to six Western intelligence agencies.')).toEqual([
      'count: five / six',
    ]);
    expect(differences('It keeps an eye on twenty thousand Russian students.', 'It keeps an eye on 20,000 Russian students.')).toEqual([]);
    // "the two countries" refers back: it is compared only with another such reference.
    expect(facts('the two countries disagree').quantities).toMatchObject([{ value: 2, referential: true }]);
    expect(differences('The two countries disagree.', 'Russia and China disagree.')).toEqual([]);
  });

  it('leaves model numbers to names', () => {
    expect(facts('the Su-27 and the F-35B').quantities).toEqual([]);
    expect(facts('the Su-27 and the F-35B').entities.map((e) => e.text)).toEqual(['Su-27', 'F-35B']);
  });
});

describe('ranks', () => {
  it('reads a superlative with its place, and compares places of the same kind', () => {
    const ranks = (s: string) => facts(s).ranks.map((r) => [r.text, r.rank]);
    expect(ranks("the world's second-largest market, the 3rd biggest port, one of the largest firms")).toEqual([
      ['second-largest', 2], ['3rd biggest', 3], ['one of the largest', 0],
    ]);
    expect(facts('the 3rd biggest port').quantities).toEqual([]);
    expect(differences("It is the world's third-largest carmaker.", "It is the world's biggest carmaker.")).toEqual(['number: third-largest / biggest']);
    expect(differences("It is the world's largest carmaker.", "It is the world's biggest carmaker.")).toEqual([]);
    // "one of the largest" has no single place to compare.
    expect(differences("It is one of the world's largest carmakers.", "It is the world's second-largest carmaker.")).toEqual([]);
    // Against first place it widens the claim to a group.
    expect(differences("It is one of the world's largest carmakers.", "It is the world's largest carmaker.")).toEqual([
      "scope: one of the world's largest / largest",
    ]);
  });
});

describe('dates', () => {
  const dates = (s: string) => facts(s).dates.map(({ text, start: _s, end: _e, ...rest }) => ({ text, ...rest }));

  it('reads absolute dates in many formats', () => {
    expect(dates('on June 7, on 7 June 2025, on 2025-06-07, in March 2022 and in the 1990s')).toEqual([
      { text: 'June 7', month: 6, day: 7 },
      { text: '7 June 2025', day: 7, month: 6, year: 2025 },
      { text: '2025-06-07', year: 2025, month: 6, day: 7 },
      { text: 'March 2022', month: 3, year: 2022 },
      { text: 'the 1990s', year: 1990, yearEnd: 1999 },
    ]);
    expect(dates('At a May arms fair, officials may speak.')).toEqual([{ text: 'a May', month: 5 }]);
  });

  it('reads relative dates', () => {
    expect(dates('three days before the war, a week earlier, the following year')).toEqual([
      { text: 'three days before', relative: { days: 3, direction: 'before' } },
      { text: 'a week earlier', relative: { days: 7, direction: 'before', anaphoric: true } },
      { text: 'the following year', relative: { days: 365, direction: 'after', anaphoric: true } },
    ]);
  });

  it('agrees across formats and conflicts on another day, month, year or offset', () => {
    expect(differences('The paper reported it on 7 June.', 'The paper reported it on June 7.')).toEqual([]);
    expect(differences('The map was published in 2021.', 'The map was published in 2023.')).toEqual(['date: 2021 / 2023']);
    expect(differences('Troops clashed in March 1968.', 'Troops clashed in March 1969.')).toEqual(['date: March 1968 / March 1969']);
    expect(differences('A week before the invasion, it was approved.', 'Three days before the invasion, it was approved.')).toEqual([
      'date: A week before / Three days before',
    ]);
  });
});

describe('names, attribution, negation and scope', () => {
  it('finds names, keeping multi-word names together and titles out', () => {
    expect(facts('Putin\'s spokesperson, Dmitry Peskov, met President Donald Trump at the Bank of China.').entities.map((e) => e.text)).toEqual([
      'Putin', 'Dmitry Peskov', 'Donald Trump', 'Bank of China',
    ]);
  });

  it('keeps initials inside a name, up to the verb that credits it', () => {
    const f = facts('Philippine envoy Romulo V. Israel Jr. said trade grew.');
    expect(f.entities.map((e) => e.text)).toEqual(['Philippine', 'Romulo V. Israel Jr']);
    expect(f.attributions).toEqual(['Romulo V. Israel Jr']);
  });

  it('pairs two acronyms as one changed name only when they stand in the same place', () => {
    expect(differences('The plan was drafted by the EU with help from Halvor Construction.', 'The plan was drafted by the NEC with help from Halvor Construction.')).toEqual([
      'name: EU / NEC',
    ]);
    expect(differences('Analysts at the EU doubt the plan.', 'The plan was drafted by the NEC with help from Halvor Construction.')).toEqual([]);
  });

  it('matches names by initials and by part, and flags a changed name', () => {
    expect(differences('The NYT obtained the file.', 'The New York Times obtained the file.')).toEqual([]);
    expect(differences('Soldatov reviewed the file.', 'Andrei Soldatov reviewed the file.')).toEqual([]);
    expect(differences('The file was leaked by Vega Leaks, a hacking group.', 'The file was leaked by Ares Leaks, a hacking group.')).toEqual([
      'name: Vega Leaks / Ares Leaks',
    ]);
    expect(differences('Hackers targeted Almaz-Antey, Russia\'s largest defence company.', 'Hackers targeted Rostec, Russia\'s largest defense company.')).toEqual([
      'name: Almaz-Antey / Rostec',
    ]);
  });

  it('reads who a claim is attributed to', () => {
    expect(facts("'We will win,' said Colonel Yohei Ito, the commander.").attributions).toEqual(['Yohei Ito']);
    expect(facts('Citing the firm TeamT5, CNN reported that hackers struck.').attributions).toEqual(['CNN']);
    expect(facts('The Diplomat, a magazine, notes that banks left.').attributions).toEqual(['Diplomat']);
    expect(facts('The FSB did not respond, according to the NYT.').attributions).toEqual(['NYT']);
    expect(facts("The company's chief executive, Marta Ruiz, said demand was weak.").attributions).toEqual(['Marta Ruiz']);
    expect(facts('Lena Marsh, head of logistics at Baltic Freight Lines, praised the plan.').attributions).toEqual(['Lena Marsh']);
    // The name after "told" is the audience.
    expect(facts('"Cars will fly," he told Xinhua.').attributions).toEqual([]);
    // "called" names a thing as often as it quotes a speaker.
    expect(facts('It was leaked by a group called Vega Leaks.').attributions).toEqual([]);
    expect(differences('Citing TeamT5, CNN reported that hackers targeted submarines.', 'Citing TeamT5, Politico reported that hackers targeted submarines.')).toEqual([
      'attribution: CNN / Politico',
    ]);
  });

  it('compares polarity: a negated outcome against a plain one, but not two wordings of the same negation', () => {
    expect(differences('The ministry responded within hours.', 'The ministry did not respond to requests.')).toEqual([
      'polarity: responded / did not respond',
    ]);
    expect(differences('Spokesman Dmitry Peskov confirmed the report.', 'Spokesman Dmitry Peskov declined to comment on the report.')).toEqual([
      'polarity: confirmed / declined to comment',
    ]);
    expect(differences('The pipeline project is moving ahead on schedule.', 'The pipeline project has stalled.')).toEqual([
      'polarity: ahead / stalled',
    ]);
    expect(differences('Dmitry Peskov would not discuss the matter.', 'Dmitry Peskov declined to comment.')).toEqual([]);
    expect(differences('No date is printed on the document.', 'The document is undated.')).toEqual([]);
  });

  it('reads quantifiers over a group, and leaves "a few", "the most" and "at most" alone', () => {
    const q = (s: string) => facts(s).quantifiers.map((x) => `${x.size} ${x.cue} ${x.noun}`);
    expect(q('Few of the delegates agreed, and many firms left.')).toEqual(['small Few deleg', 'large many compani']);
    expect(q('No firms signed; hardly any banks did, and not all lenders stayed.')).toEqual(['small No compani', 'small hardly any bank', 'small not all bank']);
    expect(q('A few delegates met at most twice in the most severe crisis.')).toEqual([]);
  });

  it('compares opposite outcomes: rose / fell, won / lost, many / few of the same group', () => {
    expect(differences('Exports rose by 6 percent in May.', 'Exports fell by 6 percent in May.')).toEqual(['polarity: rose / fell']);
    expect(differences('The ruling party won the vote.', 'The ruling party lost the vote.')).toEqual(['polarity: won / lost']);
    expect(differences('Many analysts expect a deal.', 'Few analysts expect a deal.')).toEqual(['polarity: Many / Few']);
    // Another group, a negated opposite, and a word that merely starts like one ("winter", "win") are not opposites.
    expect(differences('Many analysts expect a deal.', 'Few traders expect a deal.')).toEqual([]);
    expect(differences('Exports did not fall in May.', 'Exports rose in May.')).toEqual([]);
    expect(differences('The ferry service lost money last year.', 'The ferry service ran through the winter.')).toEqual([]);
  });

  it('reads lists of names with the group they enumerate', () => {
    const lists = (s: string) => facts(s).lists.map((l) => ({ items: l.items, noun: l.noun, partial: l.partial }));
    expect(lists('They toured the ports of Rotterdam, Antwerp, and Le Havre.')).toEqual([
      { items: ['Rotterdam', 'Antwerp', 'Le Havre'], noun: 'port', partial: false },
    ]);
    expect(lists('Carmakers that export include Korvan , Delta Auto and Sunward Motors.')).toEqual([
      { items: ['Korvan', 'Delta Auto', 'Sunward Motors'], noun: 'carmak', partial: true },
    ]);
    expect(lists('Rotterdam, the largest port, is busy.')).toEqual([]);
  });

  it('compares scope: only / one of, a single thing / several', () => {
    expect(differences('It is the only new missile regiment on the islands.', 'It is one of two new missile regiments on the islands.')).toEqual([
      'scope: only / one of',
    ]);
    expect(differences('Nationalists objected to a single treaty.', 'Nationalists objected to the treaties.')).toEqual(['scope: single / treaties']);
    expect(differences('Its sole job is countering espionage from China.', 'It counters espionage from China and other parts of Asia.')).toEqual([
      'scope: sole / and other',
    ]);
    expect(differences('Beijing is not the only audience.', 'China is not their only target.')).toEqual([]);
  });
});

describe('a span of time named by "-long"', () => {
  const spans = (s: string) => analyzeSentence(s).facts.quantities.map((q) => [q.text, q.value, q.dimension]);
  it('is a duration of one such span', () => {
    expect(spans('The delegation finished a week-long tour of the cities.')).toEqual([['week-long', 168, 'duration']]);
    expect(spans('A year-long inquiry followed.')).toEqual([['year-long', 8760, 'duration']]);
  });

  it('leaves a span with its own number to that number', () => {
    expect(spans('They began a two-week-long visit.')).toEqual([['two-week', 336, 'duration']]);
  });
});
