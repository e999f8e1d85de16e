import * as v from 'valibot';
import type { ExportFile, ImportReport, Note, NotePage, TagCount } from '../../notes/model';
import { IMPORT_LIMITS } from '../../notes/limits';
import {
  NoteChangesSchema,
  NoteIdSchema,
  NoteInputSchema,
  NoteQuerySchema,
  NoteSchema,
  PageUrlSchema,
} from '../../notes/schema';
import { defineMessage } from '../define';

/**
 * Messages about personal notes. Content scripts may create notes and read or change the notes of
 * their own page only (the handlers compare the note's URL with the sender's); listing, searching,
 * exporting and importing all notes are for extension pages alone.
 */
export const notesMessages = {
  /** Create a note, or re-send the same one: an upsert keyed by `id` (a retried save leaves one note). */
  'notes/save': defineMessage<Note>()({ request: NoteInputSchema, from: ['content', 'extension'] }),
  /** The notes of one page, oldest first. A content script may ask only for its own page. */
  'notes/forUrl': defineMessage<Note[]>()({ request: v.object({ url: PageUrlSchema }), from: ['content', 'extension'] }),
  /** Change the comment, tags, colour or title of a note. Replies with the note as saved. */
  'notes/update': defineMessage<Note>()({
    request: v.object({ id: NoteIdSchema, changes: NoteChangesSchema }),
    from: ['content', 'extension'],
  }),
  /** Delete a note. Replies with the deleted note so that the UI can offer to undo. */
  'notes/delete': defineMessage<Note>()({ request: v.object({ id: NoteIdSchema }), from: ['content', 'extension'] }),
  /** Put a deleted note back (undo), as it was. */
  'notes/restore': defineMessage<Note>()({ request: NoteSchema, from: ['content', 'extension'] }),
  /** Search all notes, newest change first, a page at a time. */
  'notes/list': defineMessage<NotePage>()({ request: NoteQuerySchema, from: ['extension'] }),
  /** Every tag with the number of notes that carry it, most used first. */
  'notes/tags': defineMessage<TagCount[]>()({ request: v.object({}), from: ['extension'] }),
  /** Export all notes or one page's notes as a JSON file's text. */
  'notes/export': defineMessage<ExportFile>()({
    request: v.object({
      scope: v.picklist(['all', 'url']),
      url: v.optional(PageUrlSchema),
      format: v.picklist(['native', 'w3c']),
    }),
    from: ['extension'],
  }),
  /** Import a file's text (native, W3C or Hypothesis JSON). All or nothing. */
  'notes/import': defineMessage<ImportReport>()({
    request: v.object({
      text: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.bytes, `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB`)),
    }),
    from: ['extension'],
  }),
};
