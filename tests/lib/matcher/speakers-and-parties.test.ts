import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { matcher, one } = storyMatcher({
  id: 'test-speakers-and-parties',
  outlet: 'Harbour Post',
  title: 'Pilots, ferries and a licence',
  source: 'Harbour Post',
  text: [
    "'The harbour has never been busier,' said Ola Dahl, the harbour master. 'In the long run, though, the northern quay is a risk to every ferry that uses it.'",
    'Nordlys Ferries, the pilots\' union said, declined to comment on the closure.',
    'In 2019 the board, protesting the delays, announced the cancellation of the dredging licence.',
    'The board chair has met the union leader in more than 30 meetings this year.',
    "'The old saying holds: there is no such thing as a calm winter crossing,' said Tom Berg, a retired pilot.",
    'Ola Dahl spoke at a shipping forum in the northern city of Tromso, the union said.',
  ].join('\n\n'),
});

describe('speakers', () => {
  it('a cleft sentence ("It was X who warned") credits X', () => {
    const v = matcher.match(['It was Lars Holm, though, who warned that in the long run the northern quay is a risk to every ferry that uses it.'])[0]!;
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Lars Holm', corpus: 'Ola Dahl' }]);
  });

  it('a sentence that closes a quotation opened before it is the words of that quotation\'s speaker', () => {
    expect(one('It was Ola Dahl who warned that in the long run the northern quay is a risk to every ferry that uses it.').verdict).toBe('corroborated');
  });
});

describe('parties and acts', () => {
  it('a refusal to comment by another party is not the corpus claim', () => {
    expect(one('A spokesperson for the ferry operator declined to comment on the closure of the timetable office.').verdict).not.toBe('corroborated');
    expect(one('Nordlys Ferries declined to comment on the closure, according to the pilots\' union.').verdict).toBe('corroborated');
  });

  it('an agreement extended against one cancelled is a changed polarity', () => {
    const v = one('In 2019 the board, protesting the delays, announced an extension of the dredging licence.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'extension', corpus: 'cancellation' }]);
  });

  it('meetings counted as occasions are the same thing counted', () => {
    const v = one('The board chair has met the union leader on more than 50 occasions this year.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: '50', corpus: '30' }]);
  });
});

describe('more ways of crediting words', () => {
  it('a title before the name ("said Prime Minister X") still credits X', () => {
    const v = one("'The harbour has never been busier,' said Prime Minister Lars Holm.");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Lars Holm', corpus: 'Ola Dahl' }]);
  });

  it('a name before a colon ("X reached for an old saying: ...") is the speaker of what follows', () => {
    const v = one('Lars Holm reached for an old saying: there is no such thing as a calm winter crossing.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Lars Holm', corpus: 'Tom Berg' }]);
  });
});

describe('a place the sentences call a city', () => {
  it('another city is a changed name even in a short paraphrase', () => {
    const v = one('Dahl was speaking at a forum in the northern city of Narvik.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Narvik', corpus: 'Tromso' }]);
  });
});
