import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@/lib/text/segment';

const texts = (input: string) => segmentSentences(input).map((s) => s.text);

describe('segmentSentences', () => {
  it('splits plain sentences and gives exact offsets', () => {
    const input = '  The council met on Monday. It approved the plan!  Was anyone surprised? ';
    const segs = segmentSentences(input);
    expect(segs.map((s) => s.text)).toEqual(['The council met on Monday.', 'It approved the plan!', 'Was anyone surprised?']);
    for (const s of segs) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, titles and initials', () => {
    expect(texts('Mr. Smith met Dr. Jones at No. 7 Downing Street. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones at No. 7 Downing Street.',
      'They talked.',
    ]);
    expect(texts('The U.S. Navy sent ships to the U.K. coast. Officials agreed.')).toEqual([
      'The U.S. Navy sent ships to the U.K. coast.',
      'Officials agreed.',
    ]);
    expect(texts('Romulo Victor M. Israel Jr. emphasised the point. He left.')).toEqual([
      'Romulo Victor M. Israel Jr. emphasised the point.',
      'He left.',
    ]);
  });

  it('splits after an abbreviation that ends the sentence', () => {
    expect(texts('The deal was signed in the U.S. The next day, talks resumed.')).toEqual([
      'The deal was signed in the U.S.',
      'The next day, talks resumed.',
    ]);
    expect(texts('He said no. The meeting ended.')).toEqual(['He said no.', 'The meeting ended.']);
  });

  it('keeps decimals, money and ellipses inside a sentence', () => {
    expect(texts('Growth was 1.6 percent, or $2.5 billion, in 2024. Close ties...why now? Nobody knows.')).toEqual([
      'Growth was 1.6 percent, or $2.5 billion, in 2024.',
      'Close ties...why now?',
      'Nobody knows.',
    ]);
  });

  it('keeps closing quotation marks with their sentence', () => {
    expect(texts('"We will win," he said. "It is certain." Then he left.')).toEqual([
      '"We will win," he said.',
      '"It is certain."',
      'Then he left.',
    ]);
    expect(texts("'I have to un-unite them.' Trump said it twice.")).toEqual(["'I have to un-unite them.'", 'Trump said it twice.']);
    expect(texts('He called it \u201cthe enemy.\u201d Others agreed.')).toEqual(['He called it \u201cthe enemy.\u201d', 'Others agreed.']);
  });

  it('keeps a dateline with the first sentence', () => {
    expect(texts('NEW YORK: In public, the president spoke. He was calm.')).toEqual([
      'NEW YORK: In public, the president spoke.',
      'He was calm.',
    ]);
    expect(texts('OKINAWA, Japan (Reuters) - Missiles are mounted on trucks. They move.')).toEqual([
      'OKINAWA, Japan (Reuters) - Missiles are mounted on trucks.',
      'They move.',
    ]);
  });

  it('ends a heading without a full stop at its line break', () => {
    expect(texts('Border Disputes Continue\nRussia and China disagree. Talks stalled.\n\nA New Section')).toEqual([
      'Border Disputes Continue',
      'Russia and China disagree.',
      'Talks stalled.',
      'A New Section',
    ]);
  });

  it('gives trimmed segments, in order, whose offsets always match the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '?', '"', "'", '\n', '1', ',', 'U', 'S', '\u201d') }), (input) => {
        const segs = segmentSentences(input);
        let last = 0;
        for (const s of segs) {
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
    );
  });
});
