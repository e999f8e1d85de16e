// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnchorer } from '@/lib/anchoring';
import type { Note, NoteColour } from '@/lib/notes/model';
import { createNoteLayer } from '@/entrypoints/crosscheck.content/notes-layer';
import { selectedRange } from '@/entrypoints/crosscheck.content/notes-selection';
import { storedNote, uuid } from '../../lib/notes/helpers';

const ARTICLE = [
  'Riverside councillors approved a budget of £212 million shortly after midnight.',
  'The plan cuts spending on road maintenance by four per cent.',
  'Their amendment was defeated by 27 votes to 19.',
];

function page(paragraphs = ARTICLE) {
  document.body.innerHTML = '';
  const article = document.createElement('article');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.body.append(article);
  return article;
}

/** A note on the first occurrence of `quote` in the page as it is now. */
function noteOn(n: number, quote: string, colour: NoteColour = 'yellow'): Note {
  const anchorer = createAnchorer(document.body);
  const start = anchorer.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not on the page`);
  const end = start + quote.length;
  return storedNote(n, {
    quote,
    colour,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: anchorer.text.slice(Math.max(0, start - 32), start), suffix: anchorer.text.slice(end, end + 32) },
      { type: 'TextPositionSelector', start, end },
    ],
  });
}

function recordingPainter() {
  const calls: { text: string; colour: NoteColour }[][] = [];
  return {
    calls,
    last: () => calls[calls.length - 1] ?? [],
    paint(items: Iterable<{ range: Range; colour: NoteColour }>) {
      calls.push([...items].map(({ range, colour }) => ({ text: range.toString(), colour })));
    },
  };
}

beforeEach(() => page());

describe('note layer', () => {
  it('anchors and paints the notes of the page, and lists the ones it cannot find as orphans', () => {
    const painter = recordingPainter();
    const layer = createNoteLayer(painter);
    const found = noteOn(1, '27 votes to 19', 'green');
    const gone = storedNote(2, { quote: 'a sentence that is not on this page at all' });
    gone.selectors = [{ type: 'TextQuoteSelector', exact: gone.quote }];
    layer.set([found, gone]);
    expect(painter.last()).toEqual([{ text: '27 votes to 19', colour: 'green' }]);
    expect(layer.status('https://x.example/')).toEqual({ url: 'https://x.example/', anchored: [uuid(1)], orphans: [uuid(2)] });
    expect(layer.size).toBe(2);
    expect(layer.get(uuid(2))).toBe(gone);
    expect(layer.staleness()).toBe('orphans');
  });

  it('finds a note again in a page that changed a little (fuzzy), and an orphan once late content arrives', () => {
    const note = noteOn(1, 'The plan cuts spending on road maintenance by four per cent.');
    const late = noteOn(2, 'Their amendment was defeated');
    page([ARTICLE[0]!, 'The plan cuts spending on roads maintenance by four per cent.']);
    const painter = recordingPainter();
    const layer = createNoteLayer(painter);
    layer.set([note, late]);
    expect(layer.status('u').orphans).toEqual([uuid(2)]);
    expect(painter.last().map((p) => p.text)).toEqual(['The plan cuts spending on roads maintenance by four per cent.']);

    const p = document.createElement('p');
    p.textContent = ARTICLE[2]!;
    document.querySelector('article')!.append(p);
    layer.reanchor();
    expect(layer.status('u').orphans).toEqual([]);
    expect(layer.rangeOf(uuid(2))?.toString()).toBe('Their amendment was defeated');
  });

  it('notices when the text under a painted note changes', () => {
    const layer = createNoteLayer(recordingPainter());
    layer.set([noteOn(1, 'four per cent')]);
    expect(layer.staleness()).toBe(null);
    (document.querySelectorAll('p')[1]!.firstChild as Text).data = 'Rewritten paragraph.';
    expect(layer.staleness()).toBe('changed');
  });

  it('puts, updates and removes single notes and repaints each time', () => {
    const painter = recordingPainter();
    const layer = createNoteLayer(painter);
    layer.set([]);
    const note = noteOn(1, 'road maintenance');
    layer.put(note);
    expect(painter.last()).toEqual([{ text: 'road maintenance', colour: 'yellow' }]);
    layer.put({ ...note, colour: 'pink' });
    expect(painter.last()).toEqual([{ text: 'road maintenance', colour: 'pink' }]);
    layer.remove(note.id);
    expect(painter.last()).toEqual([]);
    expect(layer.status('u')).toEqual({ url: 'u', anchored: [], orphans: [] });
  });
});

describe('selection helper', () => {
  it('offers notes on page text, not on collapsed selections, form fields or the notes UI itself', () => {
    const article = page();
    const selection = document.getSelection()!;
    const select = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      selection.removeAllRanges();
      selection.addRange(range);
    };
    const text = article.querySelector('p')!.firstChild!;
    select(text, 0, 10);
    expect(selectedRange(document)?.toString()).toBe('Riverside ');
    select(text, 3, 3);
    expect(selectedRange(document)).toBeNull();

    const field = document.createElement('textarea');
    field.textContent = 'typed text';
    document.body.append(field);
    select(field.firstChild!, 0, 5);
    expect(selectedRange(document)).toBeNull();

    const ui = document.createElement('div');
    ui.textContent = 'Add note';
    document.body.append(ui);
    select(ui.firstChild!, 0, 3);
    expect(selectedRange(document, ui)).toBeNull();
  });
});
