import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '@/entrypoints/background/main';
import { createDatabase, type CrosscheckDB } from '@/lib/db/database';
import { noteInput, uuid } from '../lib/notes/helpers';
import { contentSender, deliver, popupSender, stubMissingEvents } from './fake-background';

const PAGE = 'https://news.example/story-1';
async function send(type: string, payload: unknown, sender: object) {
  return deliver({ type, payload }, sender);
}

let db: CrosscheckDB;

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingEvents();
  db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  main({ db });
});

describe('background: notes messages', () => {
  it('a content script saves a note; the same save twice (a retry) leaves one note', async () => {
    const input = noteInput(1, { url: `${PAGE}?utm_campaign=x#section` });
    const first = await send('notes/save', input, contentSender(`${PAGE}#section`));
    const retry = await send('notes/save', input, contentSender(`${PAGE}#section`));
    expect(first).toMatchObject({ ok: true, value: { id: uuid(1), url: PAGE } });
    expect(retry).toEqual(first);
    expect(await db.notes.count()).toBe(1);
    const forUrl = await send('notes/forUrl', { url: PAGE }, contentSender(PAGE));
    expect(forUrl.value.map((n: { id: string }) => n.id)).toEqual([uuid(1)]);
  });

  it('a content script cannot export, import, list all notes or read the tags', async () => {
    await send('notes/save', noteInput(1), contentSender(PAGE));
    const page = contentSender(PAGE);
    for (const [type, payload] of [
      ['notes/export', { scope: 'all', format: 'native' }],
      ['notes/export', { scope: 'url', url: PAGE, format: 'w3c' }],
      ['notes/import', { text: '{"format":"crosscheck-notes","version":1,"notes":[]}' }],
      ['notes/list', {}],
      ['notes/tags', {}],
    ] as const) {
      expect(await send(type, payload, page), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it("a content script cannot read or change another page's notes", async () => {
    const other = (await send('notes/save', noteInput(2, { url: 'https://bank.example/private' }), popupSender())).value;
    const page = contentSender(PAGE);
    expect(await send('notes/forUrl', { url: 'https://bank.example/private' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('notes/save', noteInput(3, { url: 'https://bank.example/private' }), page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('notes/save', noteInput(2, { url: PAGE }), page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('notes/update', { id: other.id, changes: { comment: 'x' } }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('notes/delete', { id: other.id }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('notes/restore', { ...other, comment: 'x' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.notes.get(other.id)).toEqual(other);
  });

  it('a content script edits, deletes and restores the notes of its own page', async () => {
    const page = contentSender(PAGE);
    const note = (await send('notes/save', noteInput(1), page)).value;
    expect(await send('notes/update', { id: note.id, changes: { colour: 'blue', tags: ['a', ' a ', 'B'] } }, page)).toMatchObject({
      ok: true,
      value: { colour: 'blue', tags: ['a', 'B'] },
    });
    const deleted = await send('notes/delete', { id: note.id }, page);
    expect(deleted.ok).toBe(true);
    expect(await db.notes.count()).toBe(0);
    expect((await send('notes/restore', deleted.value, page)).ok).toBe(true);
    expect(await db.notes.get(note.id)).toEqual(deleted.value);
  });

  it('the popup lists, searches, counts tags, exports and imports', async () => {
    const popup = popupSender();
    for (let n = 1; n <= 4; n++) await send('notes/save', noteInput(n), contentSender(noteInput(n).url));
    const list = await send('notes/list', { text: 'number 3' }, popup);
    expect(list).toMatchObject({ ok: true, value: { total: 1, notes: [{ id: uuid(3) }] } });
    expect((await send('notes/tags', {}, popup)).value).toContainEqual({ tag: 'all', count: 4 });
    const exported = await send('notes/export', { scope: 'all', format: 'w3c' }, popup);
    expect(exported).toMatchObject({ ok: true, value: { count: 4, filename: expect.stringMatching(/\.w3c\.json$/) } });
    expect(await send('notes/export', { scope: 'url', format: 'native' }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    await db.notes.clear();
    expect(await send('notes/import', { text: exported.value.json }, popup)).toMatchObject({ ok: true, value: { added: 4, skipped: 0 } });
    expect(await db.notes.count()).toBe(4);
    const bad = await send('notes/import', { text: '{"format":"crosscheck-notes","version":1,"notes":[' }, popup);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/ends too early/) } });
  });

  it('refuses a 100 MB import with a clear message before reading it', async () => {
    const huge = `{"format":"crosscheck-notes","version":1,"notes":[],"x":"${'x'.repeat(100 * 1024 * 1024)}"}`;
    const reply = await send('notes/import', { text: huge }, popupSender());
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than 20 MB/) } });
    expect(await db.notes.count()).toBe(0);
  });

  it('validates note messages: a bad id, a javascript: URL or an oversized comment is refused', async () => {
    const page = contentSender(PAGE);
    expect(await send('notes/save', { ...noteInput(1), id: 'not-a-uuid' }, page)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await send('notes/save', { ...noteInput(1), url: 'javascript:alert(1)' }, page)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await send('notes/save', { ...noteInput(1), comment: 'x'.repeat(60_000) }, page)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await db.notes.count()).toBe(0);
  });
});
