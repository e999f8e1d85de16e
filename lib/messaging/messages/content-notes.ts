import * as v from 'valibot';
import { defineMessage } from '../define';

/** Where the notes of a page stand in its content script. */
export interface NoteAnchorStatus {
  /** The page URL the content script loaded notes for (as the page shows it, not normalised). */
  url: string;
  /** Notes found on the page and painted. */
  anchored: string[];
  /** Notes whose text could not be found on the page (kept in storage, listed by the popup). */
  orphans: string[];
}

/** A note's id (kept light: the content script bundles this file). */
const noteId = v.pipe(v.string(), v.uuid('is not a UUID'));

/** Messages the content script answers about notes (sent by the popup or the background with tabs.sendMessage). */
export const contentNotesMessages = {
  /** Scroll a note's highlight into view and flash it. `found` is false for an orphan or an unknown note. */
  'notes/scrollTo': defineMessage<{ found: boolean }>()({
    request: v.object({ id: noteId }),
    from: ['extension', 'background'],
  }),
  /** Open the note editor on the current selection (context menu, keyboard shortcut). */
  'notes/startNote': defineMessage<{ started: boolean }>()({
    request: v.object({}),
    from: ['extension', 'background'],
  }),
  /** Load the page's notes again and repaint them (after an edit elsewhere). */
  'notes/refresh': defineMessage<NoteAnchorStatus>()({
    request: v.object({}),
    from: ['extension', 'background'],
  }),
  /** Which of the page's notes are painted and which are orphans. */
  'notes/status': defineMessage<NoteAnchorStatus>()({
    request: v.object({}),
    from: ['extension', 'background'],
  }),
};
