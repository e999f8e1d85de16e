import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase } from '@/lib/db/database';
import type { Note, NoteInput } from '@/lib/notes/model';
import { createNoteService } from '@/lib/services/notes';

let dbCount = 0;

/** A database in a fresh in-memory IndexedDB. */
export function freshDb() {
  return createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: `test-${++dbCount}` });
}

/** A clock that moves one second per call, from a fixed start. */
export function fakeClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
  let t = start - 1000;
  return () => (t += 1000);
}

export function freshService() {
  const db = freshDb();
  return { db, notes: createNoteService(db, fakeClock()) };
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function noteInput(n: number, overrides: Partial<NoteInput> = {}): NoteInput {
  const exact = `quoted sentence number ${n}`;
  return {
    id: uuid(n),
    url: `https://news.example/story-${n % 3}`,
    title: `Story ${n % 3}`,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 100 + n, end: 100 + n + exact.length },
    ],
    comment: `comment ${n}`,
    tags: n % 2 ? ['odd', 'all'] : ['even', 'all'],
    colour: 'green',
    ...overrides,
  };
}

/** Notes as the service stores them, without going through the service. */
export function storedNote(n: number, overrides: Partial<Note> = {}): Note {
  const input = noteInput(n);
  return {
    id: input.id,
    url: input.url,
    title: input.title,
    selectors: input.selectors,
    quote: `quoted sentence number ${n}`,
    comment: input.comment!,
    tags: input.tags!,
    colour: 'green',
    created: 1_700_000_000_000 + n * 1000,
    updated: 1_700_000_000_000 + n * 2000,
    ...overrides,
  };
}
