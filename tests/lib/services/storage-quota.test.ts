import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '@/entrypoints/background/main';
import { createDatabase, type CrosscheckDB } from '@/lib/db/database';
import { toNativeFile } from '@/lib/notes/export';
import { isQuotaError, STORAGE_FULL_MESSAGE } from '@/lib/services/storage-errors';
import { contentSender, deliver, popupSender, stubMissingEvents } from '../../entrypoints/fake-background';
import { noteInput, storedNote, uuid } from '../notes/helpers';

const PAGE = 'https://news.example/story-1';
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes the object stores refuse every write after `allowed` more, as a full disk does. */
function fillDiskAfter(allowed: number): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', (...args: unknown[]) => unknown>;
  const original = { add: proto.add, put: proto.put };
  let left = allowed;
  for (const method of ['add', 'put'] as const) {
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (left-- <= 0) throw quotaError();
      return original[method].apply(this, args);
    };
  }
  return () => Object.assign(proto, original);
}

let db: CrosscheckDB;
let restore: (() => void) | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingEvents();
  db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  main({ db });
});

afterEach(() => {
  restore?.();
  restore = null;
});

describe('storage quota errors', () => {
  it('a note saved on a full disk gets a clear message, and nothing is stored', async () => {
    await db.open();
    restore = fillDiskAfter(0);
    const reply = await deliver({ type: 'notes/save', payload: noteInput(1, { url: PAGE }) }, contentSender(PAGE));
    expect(reply).toEqual({ ok: false, error: { code: 'unavailable', message: STORAGE_FULL_MESSAGE } });
    restore();
    restore = null;
    expect(await db.notes.count()).toBe(0);
  });

  it('an edit that cannot be stored leaves the note as it was', async () => {
    const saved = (await deliver({ type: 'notes/save', payload: noteInput(1, { url: PAGE }) }, contentSender(PAGE))).value;
    restore = fillDiskAfter(0);
    const reply = await deliver({ type: 'notes/update', payload: { id: uuid(1), changes: { comment: 'longer' } } }, popupSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: STORAGE_FULL_MESSAGE } });
    restore();
    restore = null;
    expect(await db.notes.get(uuid(1))).toEqual(saved);
  });

  it('an import that runs out of space half way writes none of its notes', async () => {
    await deliver({ type: 'notes/save', payload: noteInput(9) }, popupSender());
    const before = await db.notes.toArray();
    const file = JSON.stringify(toNativeFile([1, 2, 3, 4, 5].map((n) => storedNote(n)), 0));
    restore = fillDiskAfter(3);
    const reply = await deliver({ type: 'notes/import', payload: { text: file } }, popupSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: STORAGE_FULL_MESSAGE } });
    restore();
    restore = null;
    expect(await db.notes.toArray()).toEqual(before);
    // With space again, the same file imports whole.
    expect(await deliver({ type: 'notes/import', payload: { text: file } }, popupSender())).toMatchObject({ ok: true, value: { added: 5 } });
  });

  it('turning a site off on a full disk says so', async () => {
    await db.open();
    restore = fillDiskAfter(0);
    const reply = await deliver({ type: 'site/set', payload: { host: 'news.example', enabled: false } }, popupSender());
    expect(reply).toMatchObject({ ok: false, error: { message: STORAGE_FULL_MESSAGE } });
  });
});

describe('isQuotaError', () => {
  it('recognises quota errors as IndexedDB and Dexie report them, and nothing else', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failuresByPos: { 3: quotaError() } })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError: quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('ConstraintError: Key already exists'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
  });
});
