import { describe, expect, it } from 'vitest';
import { MessageError } from '@/lib/messaging/result';
import { IMPORT_LIMITS } from '@/lib/notes/limits';
import { toNativeFile } from '@/lib/notes/export';
import { freshService, noteInput, storedNote, uuid } from './helpers';

/** Imports and expects a refusal whose message matches, with nothing written. */
async function expectRefused(text: string, message: RegExp) {
  const { db, notes } = freshService();
  await notes.save(noteInput(99));
  const before = await db.notes.toArray();
  const error = await notes.import(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MessageError);
  expect((error as MessageError).code).toBe('invalid-input');
  expect((error as MessageError).message).toMatch(message);
  expect(await db.notes.toArray()).toEqual(before);
}

const nativeText = (notes = [storedNote(1), storedNote(2)]) => JSON.stringify(toNativeFile(notes, Date.UTC(2026, 0, 1)));

const hypothesisFile = {
  export_date: '2026-01-02T10:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1500.0',
  annotations: [
    {
      id: 'Hk0tWPS5EeiYbD-zeIKG_w',
      uri: 'https://news.example/rocket?utm_source=feed#top',
      text: 'Check the range.',
      tags: ['missiles', 'to check'],
      target: [
        {
          source: 'https://news.example/rocket?utm_source=feed#top',
          selector: [
            { type: 'RangeSelector', endOffset: 40, startOffset: 4, endContainer: '/div[1]/p[2]', startContainer: '/div[1]/p[2]' },
            { type: 'TextPositionSelector', end: 240, start: 204 },
            { type: 'TextQuoteSelector', exact: 'flew 6,500 km before it fell', prefix: 'The missile ', suffix: ' into the sea' },
          ],
        },
      ],
      document: { title: ['Rocket test'] },
      created: '2026-01-01T08:00:00.000000+00:00',
      updated: '2026-01-01T09:30:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      group: '__world__',
    },
    {
      id: 'PageNote1',
      uri: 'https://news.example/rocket',
      text: 'A note on the whole page.',
      tags: [],
      target: [{ source: 'https://news.example/rocket' }],
      document: { title: ['Rocket test'] },
      created: '2026-01-01T08:00:00.000000+00:00',
      updated: '2026-01-01T08:00:00.000000+00:00',
    },
    {
      id: 'Reply1',
      uri: 'https://news.example/rocket',
      text: 'Agreed.',
      references: ['Hk0tWPS5EeiYbD-zeIKG_w'],
      target: [{ source: 'https://news.example/rocket' }],
      created: '2026-01-01T08:00:00.000000+00:00',
      updated: '2026-01-01T08:00:00.000000+00:00',
    },
  ],
};

describe('import: refused files change nothing', () => {
  it('malformed JSON', () => expectRefused('{"format": "crosscheck-notes", notes: []}', /not valid JSON/));
  it('truncated JSON', () => expectRefused(nativeText().slice(0, -40), /ends too early|truncated/));
  it('an empty file', () => expectRefused('   ', /empty/));
  it('a file of another kind', () => expectRefused('{"hello": "world"}', /not a notes export/));
  it('an unknown native version', () => expectRefused('{"format": "crosscheck-notes", "version": 9, "notes": []}', /version 9/));
  it('notes that are not a list', () => expectRefused('{"format": "crosscheck-notes", "version": 1, "notes": {"a": 1}}', /not a list/));

  it('wrong types in a note', async () => {
    const file = toNativeFile([storedNote(1), storedNote(2)], 0);
    (file.notes[1] as Record<string, unknown>).comment = 42;
    await expectRefused(JSON.stringify(file), /note 2: comment/);
    (file.notes[1] as Record<string, unknown>).comment = 'ok';
    (file.notes[1] as Record<string, unknown>).tags = 'not-a-list';
    await expectRefused(JSON.stringify(file), /note 2: tags/);
    (file.notes[1] as Record<string, unknown>).tags = [];
    (file.notes[1] as Record<string, unknown>).selectors = [{ type: 'TextPositionSelector', start: 5, end: 1 }];
    await expectRefused(JSON.stringify(file), /note 2: selectors/);
  });

  it('a page address that is not http(s)', async () => {
    const file = toNativeFile([storedNote(1, { url: 'javascript:alert(1)' })], 0);
    await expectRefused(JSON.stringify(file), /url: is not an http\(s\) page address/);
  });

  it('duplicated ids inside the file', () => expectRefused(nativeText([storedNote(1), storedNote(2), storedNote(1)]), /notes 1 and 3 have the same id/));

  it('a file over 20 MB', async () => {
    const padding = 'x'.repeat(IMPORT_LIMITS.bytes);
    await expectRefused(JSON.stringify({ format: 'crosscheck-notes', version: 1, notes: [], padding }), /too large .* at most 20 MB/);
  });

  it('a file over 20 MB of multi-byte characters, though under 20 M characters', async () => {
    const padding = 'é'.repeat(IMPORT_LIMITS.bytes / 2 + 10);
    await expectRefused(JSON.stringify({ format: 'crosscheck-notes', version: 1, notes: [], padding }), /too large/);
  });

  it('deeply nested JSON', async () => {
    await expectRefused(`{"format":"crosscheck-notes","version":1,"notes":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`, /nested too deeply/);
  });

  it('too many notes', async () => {
    const notes = Array.from({ length: IMPORT_LIMITS.notes + 1 }, () => 0);
    await expectRefused(JSON.stringify({ format: 'crosscheck-notes', version: 1, notes }), /holds 50001 notes; at most 50000/);
  });

  it('a note id with hidden characters', async () => {
    const file = toNativeFile([storedNote(1, { id: `${uuid(1)}\u0000` })], 0);
    await expectRefused(JSON.stringify(file), /id: is not a UUID/);
  });
});

describe('import: unexpected Unicode', () => {
  it('strips NUL and control characters and keeps RTL, combining marks and emoji intact', async () => {
    const { db, notes } = freshService();
    const comment = 'שלום عليكم \u200F e\u0301 👩‍👩‍👧 🇫🇷';
    const file = toNativeFile(
      [storedNote(1, { comment: `a\u0000b\u0007c\u001b\u009b ${comment}\nline two`, tags: ['\u0000tag\u0001', 'תג'], title: 'T\u0000itle' })],
      0,
    );
    const report = await notes.import(JSON.stringify(file));
    expect(report.added).toBe(1);
    const saved = await db.notes.get(uuid(1));
    expect(saved?.comment).toBe(`abc ${comment}\nline two`);
    expect(saved?.tags).toEqual(['tag', 'תג']);
    expect(saved?.title).toBe('Title');
  });

  it('replaces unpaired surrogates and reads a byte order mark', async () => {
    const { db, notes } = freshService();
    const text = '\uFEFF' + JSON.stringify(toNativeFile([storedNote(1, { comment: 'bad \uD800 pair' })], 0));
    expect((await notes.import(text)).added).toBe(1);
    expect((await db.notes.get(uuid(1)))?.comment).toBe('bad \uFFFD pair');
  });
});

describe('import: what is added, skipped and refused', () => {
  it('skips notes already present (same id) instead of duplicating them', async () => {
    const { db, notes } = freshService();
    await notes.save(noteInput(1, { comment: 'mine, edited' }));
    const report = await notes.import(nativeText([storedNote(1), storedNote(2)]));
    expect(report).toEqual({ format: 'native', added: 1, skipped: 1, refused: [] });
    expect(await db.notes.count()).toBe(2);
    expect((await db.notes.get(uuid(1)))?.comment).toBe('mine, edited');
    expect(await notes.import(nativeText([storedNote(1), storedNote(2)]))).toMatchObject({ added: 0, skipped: 2 });
    expect(await db.notes.count()).toBe(2);
  });

  it('reads a Hypothesis export: text notes imported, page notes and replies refused with reasons', async () => {
    const { db, notes } = freshService();
    const report = await notes.import(JSON.stringify(hypothesisFile));
    expect(report.format).toBe('hypothesis');
    expect(report.added).toBe(1);
    expect(report.refused).toEqual([
      { index: 1, reason: expect.stringMatching(/page note/) },
      { index: 2, reason: expect.stringMatching(/reply/) },
    ]);
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({
      url: 'https://news.example/rocket',
      title: 'Rocket test',
      quote: 'flew 6,500 km before it fell',
      comment: 'Check the range.',
      tags: ['missiles', 'to check'],
      created: Date.parse('2026-01-01T08:00:00Z'),
      updated: Date.parse('2026-01-01T09:30:00Z'),
    });
    expect(note!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'flew 6,500 km before it fell', prefix: 'The missile ', suffix: ' into the sea' },
      { type: 'TextPositionSelector', start: 204, end: 240 },
    ]);
    // Importing the same file again adds nothing: the id derived from Hypothesis' id is stable.
    expect(await notes.import(JSON.stringify(hypothesisFile))).toMatchObject({ added: 0, skipped: 1 });
  });

  it('refuses a Hypothesis annotation with a wrong type, and then writes nothing', async () => {
    const bad = structuredClone(hypothesisFile);
    (bad.annotations[0] as Record<string, unknown>).tags = [1, 2];
    await expectRefused(JSON.stringify(bad), /note 1: tags/);
  });
});

describe('import: W3C annotations made by other tools', () => {
  it('reads a page of annotations with bodyValue, IRIs as ids, one selector object and several targets', async () => {
    const { db, notes } = freshService();
    const page = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'http://example.org/anno/1',
          type: 'Annotation',
          bodyValue: 'Needs a source',
          target: [
            'http://example.org/image.png',
            {
              source: 'https://news.example/a',
              selector: { type: 'TextQuoteSelector', exact: 'six Western intelligence agencies', prefix: 'according to ', suffix: '.' },
            },
          ],
        },
        {
          id: 'http://example.org/anno/2',
          type: ['Annotation'],
          body: [{ type: 'TextualBody', value: 'first' }, { type: 'TextualBody', value: 'second', purpose: 'commenting' }, 'http://example.org/body'],
          target: { source: 'https://news.example/b', selector: [{ type: 'FragmentSelector', value: 'x' }, { type: 'TextQuoteSelector', exact: 'quoted' }] },
          created: '2025-05-05T10:00:00Z',
        },
        { id: 'http://example.org/anno/3', type: 'Annotation', target: 'https://news.example/c' },
        { id: 'http://example.org/anno/4', type: 'Annotation', target: { source: 'file:///home/me/a.html', selector: { type: 'TextQuoteSelector', exact: 'local' } } },
        { id: 'http://example.org/anno/5', type: 'Annotation', target: { source: 'https://example.org/paper.pdf', selector: { type: 'TextQuoteSelector', exact: 'in a PDF' } } },
      ],
    };
    const report = await notes.import(JSON.stringify(page));
    expect(report).toMatchObject({ format: 'w3c', added: 2 });
    expect(report.refused.map((r) => r.index)).toEqual([2, 3, 4]);
    const saved = await db.notes.orderBy('url').toArray();
    expect(saved.map((n) => [n.url, n.comment, n.quote])).toEqual([
      ['https://news.example/a', 'Needs a source', 'six Western intelligence agencies'],
      ['https://news.example/b', 'first\n\nsecond', 'quoted'],
    ]);
    expect(saved[1]!.created).toBe(Date.parse('2025-05-05T10:00:00Z'));
    expect((await notes.import(JSON.stringify(page))).added).toBe(0);
  });

  it('says so when the collection only links to its pages', async () => {
    await expectRefused(
      JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://x/c', type: 'AnnotationCollection', total: 3, first: 'http://x/c/page1' }),
      /not in the file/,
    );
  });
});

describe('export → import round trips', () => {
  async function roundTrip(format: 'native' | 'w3c') {
    const source = freshService();
    await source.notes.save(noteInput(1));
    await source.notes.save(noteInput(2, { comment: '', tags: [] }));
    await source.notes.save(noteInput(3, { claim: { sentence: 'It flew 6,500 km.', verdict: 'divergent' }, colour: 'purple', comment: 'RTL: שלום 🙂' }));
    const original = await source.db.notes.orderBy('id').toArray();
    const file = await source.notes.export({ kind: 'all' }, format);
    const target = freshService();
    expect(await target.notes.import(file.json)).toMatchObject({ format, added: 3, skipped: 0, refused: [] });
    expect(await target.db.notes.orderBy('id').toArray()).toEqual(original);
  }

  it('native', () => roundTrip('native'));
  it('W3C', () => roundTrip('w3c'));

  it('Hypothesis → native and W3C → fresh databases hold the same notes', async () => {
    const first = freshService();
    await first.notes.import(JSON.stringify(hypothesisFile));
    const imported = await first.db.notes.toArray();
    for (const format of ['native', 'w3c'] as const) {
      const file = await first.notes.export({ kind: 'all' }, format);
      const next = freshService();
      expect((await next.notes.import(file.json)).added).toBe(1);
      expect(await next.db.notes.toArray()).toEqual(imported);
    }
  });
});
