import { describe, expect, it } from 'vitest';
import { MessageError } from '@/lib/messaging/result';
import { createNoteService } from '@/lib/services/notes';
import { fakeClock, freshDb, freshService, noteInput, uuid } from '../notes/helpers';

describe('note service', () => {
  it('save is an idempotent upsert keyed by id: the same request twice leaves one note', async () => {
    const { db, notes } = freshService();
    const first = await notes.save(noteInput(1, { url: 'https://news.example/story-1?utm_source=x#frag' }));
    const again = await notes.save(noteInput(1, { url: 'https://news.example/story-1?utm_source=x#frag' }));
    expect(await db.notes.count()).toBe(1);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ url: 'https://news.example/story-1', quote: 'quoted sentence number 1', colour: 'green' });
    const edited = await notes.save(noteInput(1, { comment: 'changed' }));
    expect(edited.created).toBe(first.created);
    expect(edited.updated).toBeGreaterThan(first.updated);
    expect(await db.notes.count()).toBe(1);
  });

  it('update changes only the given fields and moves the updated time', async () => {
    const { notes } = freshService();
    const note = await notes.save(noteInput(1));
    const updated = await notes.update(note.id, { comment: 'new', tags: ['t'] });
    expect(updated).toMatchObject({ comment: 'new', tags: ['t'], colour: 'green', title: note.title, created: note.created });
    expect(updated.updated).toBeGreaterThan(note.updated);
    await expect(notes.update(uuid(404), { comment: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delete returns the note and restore puts it back as it was', async () => {
    const { db, notes } = freshService();
    const note = await notes.save(noteInput(1));
    const deleted = await notes.delete(note.id);
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    await notes.restore(deleted);
    expect(await db.notes.get(note.id)).toEqual(note);
    await expect(notes.delete(uuid(404))).rejects.toBeInstanceOf(MessageError);
  });

  it('a page guard keeps an operation to the notes of one page', async () => {
    const { notes } = freshService();
    const other = await notes.save(noteInput(1, { url: 'https://other.example/a' }));
    const guard = { url: 'https://news.example/a' };
    await expect(notes.update(other.id, { comment: 'x' }, guard)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(notes.delete(other.id, guard)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(notes.save(noteInput(2, { url: 'https://other.example/a' }), guard)).rejects.toMatchObject({ code: 'forbidden' });
    // Re-using another page's note id from this page does not take it over.
    await expect(notes.save(noteInput(1, { url: guard.url }), guard)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(notes.restore({ ...other, comment: 'hijack' }, guard)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await notes.get(other.id))?.comment).toBe(other.comment);
    expect(await notes.save(noteInput(3, { url: `${guard.url}#x` }), guard)).toMatchObject({ url: guard.url });
  });

  it('lists the notes of one page in creation order', async () => {
    const { notes } = freshService();
    for (const n of [5, 1, 3, 2, 4]) await notes.save(noteInput(n, { url: n % 2 ? 'https://a.example/p' : 'https://b.example/p' }));
    const forA = await notes.listForUrl('https://a.example/p?fbclid=123');
    expect(forA.map((n) => n.id)).toEqual([uuid(5), uuid(1), uuid(3)]);
    expect(await notes.listForUrl('https://c.example/')).toEqual([]);
  });

  it('searches comment, quote, tags and title, filters by tag, pages results newest first', async () => {
    const { notes } = freshService();
    for (let n = 1; n <= 12; n++) await notes.save(noteInput(n));
    await notes.save(noteInput(20, { comment: 'Éléphant in the CAFÉ', tags: ['zoo'], title: 'Animals' }));
    expect((await notes.list({ text: 'elephant cafe' })).notes.map((n) => n.id)).toEqual([uuid(20)]);
    expect((await notes.list({ text: 'zoo' })).total).toBe(1);
    expect((await notes.list({ text: 'animals' })).total).toBe(1);
    expect((await notes.list({ text: 'sentence number 12' })).notes.map((n) => n.id)).toEqual([uuid(12)]);
    expect((await notes.list({ text: 'nothing like this' })).total).toBe(0);

    const odd = await notes.list({ tag: 'odd', limit: 4 });
    expect(odd.total).toBe(6);
    expect(odd.notes.map((n) => n.id)).toEqual([uuid(11), uuid(9), uuid(7), uuid(5)]);
    expect((await notes.list({ tag: 'odd', text: 'number 3' })).notes.map((n) => n.id)).toEqual([uuid(3)]);

    const all = await notes.list({ limit: 5, offset: 5 });
    expect(all.total).toBe(13);
    expect(all.notes.map((n) => n.id)).toEqual([uuid(8), uuid(7), uuid(6), uuid(5), uuid(4)]);
    expect((await notes.list({ url: 'https://news.example/story-0' })).total).toBe(4);
  });

  it('counts tags through the tags index', async () => {
    const { notes } = freshService();
    for (let n = 1; n <= 5; n++) await notes.save(noteInput(n));
    expect(await notes.tags()).toEqual([
      { tag: 'all', count: 5 },
      { tag: 'odd', count: 3 },
      { tag: 'even', count: 2 },
    ]);
  });

  it('exports all notes or one page, in both formats, with a file name', async () => {
    const { notes } = freshService();
    for (let n = 1; n <= 4; n++) await notes.save(noteInput(n));
    const all = await notes.export({ kind: 'all' }, 'native');
    expect(all.count).toBe(4);
    expect(all.filename).toMatch(/^crosscheck-notes-all-\d{4}-\d\d-\d\d\.json$/);
    const parsed = JSON.parse(all.json);
    expect(parsed).toMatchObject({ format: 'crosscheck-notes', version: 1, exportedAt: expect.any(String) });
    expect(parsed.notes).toHaveLength(4);
    const page = await notes.export({ kind: 'url', url: 'https://news.example/story-1' }, 'w3c');
    expect(page.count).toBe(2);
    expect(page.filename).toMatch(/^crosscheck-notes-news-example-story-1-.*\.w3c\.json$/);
    expect(JSON.parse(page.json).first.items.map((a: { target: { source: string } }) => a.target.source)).toEqual([
      'https://news.example/story-1',
      'https://news.example/story-1',
    ]);
  });

  it('an import that fails while writing leaves nothing behind (one transaction)', async () => {
    const db = freshDb();
    const notes = createNoteService(db, fakeClock());
    await notes.save(noteInput(1));
    const source = createNoteService(freshDb(), fakeClock());
    for (let n = 2; n <= 6; n++) await source.save(noteInput(n));
    const file = await source.export({ kind: 'all' }, 'native');
    const original = db.notes.bulkAdd.bind(db.notes);
    db.notes.bulkAdd = (async (...args: Parameters<typeof original>) => {
      await original(...args);
      throw new Error('disk full');
    }) as unknown as typeof db.notes.bulkAdd;
    await expect(notes.import(file.json)).rejects.toThrow(/disk full/);
    db.notes.bulkAdd = original;
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual([uuid(1)]);
  });
});
