import type { CrosscheckDB } from '../db/database';
import { MessageError } from '../messaging/result';
import { exportNotes } from '../notes/export';
import { ImportError } from '../notes/import/errors';
import { parseImport } from '../notes/import/plan';
import type {
  ExportFile,
  ExportFormat,
  ImportReport,
  Note,
  NoteChanges,
  NoteInput,
  NotePage,
  NoteQuery,
  TagCount,
} from '../notes/model';
import { matchesTerms, searchTerms } from '../notes/search';
import { normalizeUrl } from '../url/normalize';
import { withStorageErrors } from './storage-errors';

/**
 * Restricts an operation to the notes of one site: a content script may only touch the notes of the
 * site (origin) of the page it runs in. `url` is normalised by the caller.
 */
export interface PageGuard {
  url: string;
}

const quoteOf = (selectors: Note['selectors']) => selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';

/** The site (origin) of a page URL. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Compares sites, not whole URLs: a single-page site moves between articles with the history API,
 * and the browser goes on reporting the URL its content script was started on.
 */
function checkGuard(note: Pick<Note, 'url'>, guard: PageGuard | undefined): void {
  if (guard && originOf(note.url) !== originOf(guard.url)) throw new MessageError('forbidden', 'A page may only change the notes of its own site');
}

/** Notes in the database. Inputs are expected to be validated (lib/notes/schema.ts) by the caller. */
export function createNoteService(db: CrosscheckDB, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()) {
  async function mustGet(id: string): Promise<Note> {
    const note = await db.notes.get(id);
    if (!note) throw new MessageError('not-found', 'No such note (it may have been deleted)');
    return note;
  }

  /** The notes of one page, oldest first (read through the url index). */
  async function listForUrl(url: string): Promise<Note[]> {
    const notes = await db.notes.where('url').equals(normalizeUrl(url)).toArray();
    return notes.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
  }

  return {
    /**
     * Creates a note, or saves it again: keyed by `id`, so the same request twice leaves one note
     * (its creation time kept). A changed re-send updates the note.
     */
    async save(input: NoteInput, guard?: PageGuard): Promise<Note> {
      const url = normalizeUrl(input.url);
      checkGuard({ url }, guard);
      return withStorageErrors(() => db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.get(input.id);
        if (existing) checkGuard(existing, guard);
        const time = now();
        const note: Note = {
          id: input.id,
          url,
          title: input.title,
          selectors: input.selectors,
          quote: quoteOf(input.selectors),
          comment: input.comment ?? '',
          tags: input.tags ?? [],
          colour: input.colour ?? 'yellow',
          ...(input.claim ? { claim: input.claim } : {}),
          created: existing?.created ?? time,
          updated: time,
        };
        if (existing && sameContent(existing, note)) return existing;
        await db.notes.put(note);
        return note;
      }));
    },

    update(id: string, changes: NoteChanges, guard?: PageGuard): Promise<Note> {
      return withStorageErrors(() => db.transaction('rw', db.notes, async () => {
        const note = await mustGet(id);
        checkGuard(note, guard);
        const next: Note = {
          ...note,
          ...(changes.comment !== undefined ? { comment: changes.comment } : {}),
          ...(changes.tags !== undefined ? { tags: changes.tags } : {}),
          ...(changes.colour !== undefined ? { colour: changes.colour } : {}),
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          updated: now(),
        };
        await db.notes.put(next);
        return next;
      }));
    },

    /** Deletes a note and returns it, so that it can be restored. */
    delete(id: string, guard?: PageGuard): Promise<Note> {
      return db.transaction('rw', db.notes, async () => {
        const note = await mustGet(id);
        checkGuard(note, guard);
        await db.notes.delete(id);
        return note;
      });
    },

    /** Puts a deleted note back as it was. */
    async restore(note: Note, guard?: PageGuard): Promise<Note> {
      const restored: Note = { ...note, url: normalizeUrl(note.url), quote: quoteOf(note.selectors) };
      checkGuard(restored, guard);
      return withStorageErrors(() => db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.get(note.id);
        if (existing) checkGuard(existing, guard);
        await db.notes.put(restored);
        return restored;
      }));
    },

    get(id: string): Promise<Note | undefined> {
      return db.notes.get(id);
    },

    listForUrl,

    /** Notes matching a search, a tag and/or a page, most recently changed first, one page of results. */
    async list(query: NoteQuery = {}): Promise<NotePage> {
      const { offset = 0, limit = 50 } = query;
      const terms = searchTerms(query.text);
      const url = query.url !== undefined ? normalizeUrl(query.url) : undefined;
      if (terms.length === 0 && query.tag === undefined && url === undefined) {
        const [total, notes] = await Promise.all([
          db.notes.count(),
          db.notes.orderBy('updated').reverse().offset(offset).limit(limit).toArray(),
        ]);
        return { notes, total };
      }
      const base =
        query.tag !== undefined
          ? db.notes.where('tags').equals(query.tag)
          : url !== undefined
            ? db.notes.where('url').equals(url)
            : db.notes.toCollection();
      const matching = (await base.toArray()).filter(
        (note) => (url === undefined || note.url === url) && (query.tag === undefined || note.tags.includes(query.tag)) && matchesTerms(note, terms),
      );
      matching.sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1));
      return { notes: matching.slice(offset, offset + limit), total: matching.length };
    },

    /** Every tag with its number of notes, most used first, then alphabetically. Reads the tags index only. */
    async tags(): Promise<TagCount[]> {
      return db.transaction('r', db.notes, async () => {
        const tags = (await db.notes.orderBy('tags').uniqueKeys()) as string[];
        const counts = await Promise.all(tags.map((tag) => db.notes.where('tags').equals(tag).count()));
        return tags.map((tag, i) => ({ tag, count: counts[i]! })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
      });
    },

    count(): Promise<number> {
      return db.notes.count();
    },

    /** A file of all notes or of one page's notes, oldest first. */
    async export(scope: { kind: 'all' } | { kind: 'url'; url: string }, format: ExportFormat): Promise<ExportFile> {
      const notes = scope.kind === 'all' ? await db.notes.orderBy('created').toArray() : await listForUrl(scope.url);
      return exportNotes(notes, { format, exportedAt: now(), collectionId: newId(), ...(scope.kind === 'url' ? { url: normalizeUrl(scope.url) } : {}) });
    },

    /**
     * Imports a file's text. The whole file is validated first; then the new notes are added in one
     * transaction (all or none). Notes already present (same id) are skipped, never duplicated.
     * Throws a MessageError('invalid-input') with a message for the reader when the file is refused.
     */
    async import(text: string): Promise<ImportReport> {
      let parsed;
      try {
        parsed = parseImport(text, now());
      } catch (error) {
        if (error instanceof ImportError) throw new MessageError('invalid-input', error.message);
        throw error;
      }
      const { format, notes, refused } = parsed;
      return withStorageErrors(() => db.transaction('rw', db.notes, async () => {
        const present = await db.notes.bulkGet(notes.map((n) => n.id));
        const toAdd = notes.filter((_, i) => present[i] === undefined);
        await db.notes.bulkAdd(toAdd);
        return { format, added: toAdd.length, skipped: notes.length - toAdd.length, refused };
      }));
    },
  };
}

function sameContent(a: Note, b: Note): boolean {
  const { created: _c1, updated: _u1, ...restA } = a;
  const { created: _c2, updated: _u2, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

export type NoteService = ReturnType<typeof createNoteService>;
