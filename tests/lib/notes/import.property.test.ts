import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageError } from '@/lib/messaging/result';
import { toAnnotationCollection, toNativeFile } from '@/lib/notes/export';
import { freshService, noteInput, storedNote } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy as Json;
}

const hostileValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '\u0000', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', 'x'.repeat(60_000), '2026-13-45', 'urn:uuid:1'),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const files = [
  toNativeFile([storedNote(1), storedNote(2), storedNote(3, { claim: { sentence: 's', verdict: 'corroborated' } })], 0),
  toAnnotationCollection([storedNote(1), storedNote(2), storedNote(3)], 0, '11111111-2222-4333-8444-555555555555'),
] as unknown as Json[];

describe('import of mutated files', () => {
  it('never writes part of a file: either nothing changes or every planned note is added', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (file, mutations, truncate) => {
          let mutated: Json = file;
          for (const [pick, value] of mutations) {
            const all = paths(mutated);
            mutated = setAt(mutated, all[pick % all.length]!, value);
          }
          let text = JSON.stringify(mutated) ?? '';
          if (truncate) text = text.slice(0, Math.floor(text.length * 0.7));

          const { db, notes } = freshService();
          await notes.save(noteInput(2)); // same id as the file's second note
          const before = await db.notes.toArray();
          try {
            const report = await notes.import(text);
            const after = await db.notes.toArray();
            expect(after.length).toBe(before.length + report.added);
            // What was there is untouched; what was added is whole and valid.
            for (const note of before) expect(after).toContainEqual(note);
            for (const note of after) {
              expect(note.selectors.some((s) => s.type === 'TextQuoteSelector')).toBe(true);
              expect(note.url).toMatch(/^https?:\/\//);
              expect(note.comment).not.toMatch(/\u0000/);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(MessageError);
            expect((error as MessageError).message.length).toBeGreaterThan(10);
            expect(await db.notes.toArray()).toEqual(before);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
