// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGNORE_ATTRIBUTE, rangeOfSpan, readDomText, spanRanger, stripEach, stripWhitespace } from '@/lib/page/dom-text';

function bodyOf(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readDomText', () => {
  it('reads the text of every text node without whitespace, in document order', () => {
    const body = bodyOf('<p>The  council\n voted <a href="#">on <em>Tuesday</em></a>.</p><p>Next one.</p>');
    const text = readDomText(body);
    expect(text.skeleton).toBe('ThecouncilvotedonTuesday.Nextone.');
    expect(text.nodes.map((n) => n.data)).toEqual(['The  council\n voted ', 'on ', 'Tuesday', '.', 'Next one.']);
    expect(text.starts).toEqual([0, 15, 17, 24, 25]);
  });

  it('leaves out scripts, styles, form fields and Crosscheck’s own UI', () => {
    const body = bodyOf(
      `<p>Shown</p><script>var hidden = 1;</script><style>p{}</style><textarea>typed</textarea><div ${IGNORE_ATTRIBUTE}><p>card</p></div><p>too</p>`,
    );
    expect(readDomText(body).skeleton).toBe('Showntoo');
  });
});

describe('rangeOfSpan', () => {
  it('covers a sentence spread over links and inline markup, whole', () => {
    const body = bodyOf('<p>Intro. The <a href="/x">FSB approved</a> a <b>programme</b> in 2022. After.</p>');
    const text = readDomText(body);
    const sentence = 'The FSB approved a programme in 2022.';
    const start = text.skeleton.indexOf(stripWhitespace(sentence));
    const range = rangeOfSpan(text, start, start + stripWhitespace(sentence).length)!;
    expect(range.toString()).toBe(sentence);
    expect(range.startContainer.textContent).toBe('Intro. The ');
    expect((range.endContainer as Text).data).toBe(' in 2022. After.');
  });

  it('gives null outside the text or for an empty span', () => {
    const text = readDomText(bodyOf('<p>abc</p>'));
    expect(rangeOfSpan(text, 0, 0)).toBeNull();
    expect(rangeOfSpan(text, 2, 9)).toBeNull();
    expect(rangeOfSpan(text, 0, 3)!.toString()).toBe('abc');
  });

  it('maps offsets past leading whitespace inside a node', () => {
    const body = bodyOf('<p>\n      Leading   spaces here.\n</p>');
    const text = readDomText(body);
    const range = rangeOfSpan(text, 0, text.skeleton.length)!;
    expect(range.toString()).toBe('Leading   spaces here.');
  });

  it('maps every span the same whatever order the spans are asked for in', () => {
    const body = bodyOf('<p>One  two.\n Three four five.   Six, seven.\t Eight nine ten.</p><p>Eleven  twelve.</p>');
    const text = readDomText(body);
    const words = ['One', 'two.', 'Three', 'four', 'five.', 'Six,', 'seven.', 'Eight', 'nine', 'ten.', 'Eleven', 'twelve.'];
    const spans: [number, number][] = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    const read = (order: [number, number][]) => order.map(([s, e]) => rangeOfSpan(text, s, e)!.toString());
    expect(read(spans)).toEqual(words);
    expect(read([...spans].reverse())).toEqual([...words].reverse());
    const shuffled = [spans[6]!, spans[2]!, spans[2]!, spans[9]!, spans[0]!, spans[11]!, spans[4]!];
    expect(read(shuffled)).toEqual([words[6], words[2], words[2], words[9], words[0], words[11], words[4]]);
  });
});

describe('whitespace', () => {
  it('treats every character /\\s/ matches as whitespace when mapping back', () => {
    const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    document.body.innerHTML = `<p>${spaces}word${spaces}next</p>`;
    const text = readDomText(document.body);
    expect(text.skeleton).toBe('wordnext');
    expect(rangeOfSpan(text, 4, 8)!.toString()).toBe('next');
    expect(rangeOfSpan(text, 0, 8)!.toString()).toBe(`word${spaces}next`);
  });
});

/** The character-by-character mapping rangeOfSpan used before, kept as the reference. */
function referenceOffset(data: string, k: number): number {
  let seen = -1;
  for (let i = 0; i < data.length; i++) {
    if (!/\s/.test(data[i]!)) seen++;
    if (seen === k) return i;
  }
  return data.length;
}

function referencePoints(text: ReturnType<typeof readDomText>, start: number, end: number) {
  const at = (s: number) => {
    let i = 0;
    while (i + 1 < text.starts.length && text.starts[i + 1]! <= s) i++;
    return { node: text.nodes[i]!, offset: referenceOffset(text.nodes[i]!.data, s - text.starts[i]!) };
  };
  const from = at(start);
  const to = at(end - 1);
  return [from.node, from.offset, to.node, to.offset + 1] as const;
}

describe('rangeOfSpan against the character-by-character reference', () => {
  const UNITS = ['a', 'Bc', 'de.', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u00e9', '\ud83d\ude00', '\u4e2d', ',', '"'];
  const word = fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 12 }).map((u) => u.join(''));
  const html = fc
    .array(fc.tuple(fc.constantFrom('', 'a', 'em', 'p'), word), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([tag, text]) => (tag ? `<${tag}>${text}</${tag}>` : text)).join(''));

  it('puts every span at the same DOM points, in any order of lookups', () => {
    fc.assert(
      fc.property(html, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (markup, picks) => {
        document.body.innerHTML = markup;
        const text = readDomText(document.body);
        const length = text.skeleton.length;
        if (length === 0) return;
        const rangeOf = spanRanger(text);
        for (const [a, b] of picks) {
          const start = a % length;
          const end = start + 1 + (b % (length - start));
          const expected = referencePoints(text, start, end);
          const range = rangeOfSpan(text, start, end)!;
          expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual(expected);
          // The same through one ranger for the whole sequence of lookups.
          const again = rangeOf(start, end)!;
          expect([again.startContainer, again.startOffset, again.endContainer, again.endOffset]).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps like the reference when a text changed after it was read, and gives null past its end', () => {
    document.body.innerHTML = '<p>First part here. Second part there.</p><p>Other text.</p>';
    const text = readDomText(document.body);
    text.nodes[0]!.data = 'First  part.';
    for (const [start, stop] of [[0, 5], [5, 10]] as const) {
      const range = rangeOfSpan(text, start, stop)!;
      expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual(referencePoints(text, start, stop));
    }
    // The text has 10 visible characters left: spans that end or start past them are no longer on the page.
    expect(rangeOfSpan(text, 5, 14)).toBeNull();
    expect(rangeOfSpan(text, 12, 20)).toBeNull();
    expect(rangeOfSpan(text, text.starts[1]!, text.skeleton.length)!.toString()).toBe('Other text.');
  });
});

describe('stripEach', () => {
  it('strips each text as stripWhitespace does, also texts that hold the separator it joins with', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u00a0', '\u0000', 'B', '\u3000') })), (texts) => {
        expect(stripEach(texts)).toEqual(texts.map(stripWhitespace));
      }),
    );
    expect(stripEach(['a b', ' c\n'])).toEqual(['ab', 'c']);
  });
});
