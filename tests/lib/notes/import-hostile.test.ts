import { describe, expect, it } from 'vitest';
import { MessageError } from '@/lib/messaging/result';
import { toAnnotationCollection, toNativeFile } from '@/lib/notes/export';
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
  expect((error as MessageError).message).toMatch(message);
  expect(await db.notes.toArray()).toEqual(before);
}

describe('import: hostile files', () => {
  it('keys such as __proto__ and constructor pollute nothing and are not stored', async () => {
    const { db, notes } = freshService();
    const note = { ...storedNote(1) } as Record<string, unknown>;
    const text = JSON.stringify(toNativeFile([storedNote(2)], 0))
      .replace('"notes":[', `"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"notes":[${JSON.stringify(note).replace(/^\{/, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":3}},')},`);
    const report = await notes.import(text);
    expect(report.added).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const saved = await db.notes.get(uuid(1));
    expect(Object.keys(saved!)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(saved)).toBe(Object.prototype);
    expect((saved as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses duplicated ids in a W3C collection, including ids that differ only in case or urn:uuid: prefix', async () => {
    const collection = toAnnotationCollection([storedNote(1), storedNote(2)], 0, '11111111-2222-4333-8444-555555555555') as unknown as {
      first: { items: { id: string }[] };
    };
    collection.first.items[1]!.id = `urn:uuid:${uuid(1).toUpperCase()}`;
    await expectRefused(JSON.stringify(collection), /same id/);
  });

  it('refuses a file whose notes are not objects, or that nests within the limit but in the wrong places', async () => {
    await expectRefused(JSON.stringify({ format: 'crosscheck-notes', version: 1, notes: [storedNote(1), 'a string', 42, null] }), /note 2 is not an object/);
    const nested = { ...storedNote(1), comment: JSON.parse(`${'['.repeat(20)}"x"${']'.repeat(20)}`) };
    await expectRefused(JSON.stringify(toNativeFile([nested as never], 0)), /note 1: comment/);
  });

  it('keeps right-to-left overrides, zero-width joiners and emoji sequences in text as they are, and refuses them in ids', async () => {
    const { db, notes } = freshService();
    const comment = 'abc\u202Eevil\u202C \u200D👨‍👩‍👧‍👦 🏳️‍🌈 e\u0301\u0301';
    const report = await notes.import(JSON.stringify(toNativeFile([storedNote(1, { comment, tags: ['\u202Etag', '👍'] })], 0)));
    expect(report.added).toBe(1);
    const saved = await db.notes.get(uuid(1));
    expect(saved?.comment).toBe(comment);
    expect(saved?.tags).toEqual(['\u202Etag', '👍']);
    await expectRefused(JSON.stringify(toNativeFile([storedNote(3, { id: `\u202E${uuid(3)}` })], 0)), /id: is not a UUID/);
  });

  it('refuses page addresses that only look like web pages', async () => {
    for (const url of ['javascript://news.example/%0Aalert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'https://', 'http:/news.example/a']) {
      await expectRefused(JSON.stringify(toNativeFile([storedNote(1, { url })], 0)), /url: is not an http\(s\) page address/);
    }
  });
});
