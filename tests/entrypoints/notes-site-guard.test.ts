import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '@/entrypoints/background/main';
import { createDatabase } from '@/lib/db/database';
import { noteInput, uuid } from '../lib/notes/helpers';
import { contentSender, deliver, stubMissingEvents } from './fake-background';

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingEvents();
  main({ db: createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }) });
});

// The browser keeps reporting the URL a content script started on, even after the page moved to
// another article with the history API: the notes of the whole site stay reachable, no other site's.
describe('background: notes of a single-page site', () => {
  const started = contentSender('https://news.example/first');

  it('a content script reads and saves the notes of another page of its own site', async () => {
    const saved = await deliver({ type: 'notes/save', payload: noteInput(1, { url: 'https://news.example/second' }) }, started);
    expect(saved).toMatchObject({ ok: true, value: { id: uuid(1), url: 'https://news.example/second' } });
    const read = await deliver({ type: 'notes/forUrl', payload: { url: 'https://news.example/second' } }, started);
    expect(read).toMatchObject({ ok: true, value: [{ id: uuid(1) }] });
    const updated = await deliver({ type: 'notes/update', payload: { id: uuid(1), changes: { comment: 'edited' } } }, started);
    expect(updated).toMatchObject({ ok: true, value: { comment: 'edited' } });
  });

  it('but nothing of another site, nor of the same host on another scheme or port', async () => {
    for (const url of ['https://bank.example/second', 'http://news.example/second', 'https://news.example:8443/second']) {
      expect(await deliver({ type: 'notes/forUrl', payload: { url } }, started), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await deliver({ type: 'notes/save', payload: noteInput(2, { url }) }, started), url).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });
});
