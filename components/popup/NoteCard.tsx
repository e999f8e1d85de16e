import { useState } from 'preact/hooks';
import type { Drafts } from '@/lib/notes/drafts';
import type { Note, NoteChanges } from '@/lib/notes/model';
import { PALETTE } from '@/components/page/notes/palette';
import { NoteEditForm } from './NoteEditForm';

export interface NoteCardProps {
  note: Note;
  /** Not found on the page as it is now. */
  orphan?: boolean;
  /** Show the page's title and an "Open page" action (the "All notes" list). */
  showPage?: boolean;
  onShow?(note: Note): void;
  onOpenPage?(note: Note): void;
  onSave(note: Note, changes: NoteChanges): Promise<void>;
  onDelete(note: Note): void;
  /** Unsaved edits: a note with one opens in its editor, with the edit restored. */
  drafts?: Drafts;
}

const QUOTE_SHOWN = 280;
/** Buttons are named after the start of their note's quote. */
const LABEL_QUOTE = 60;
const shorten = (text: string, max = QUOTE_SHOWN) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One note in a list: its quote, comment and tags, with edit and delete. Text is rendered as text only. */
export function NoteCard({ note, orphan, showPage, onShow, onOpenPage, onSave, onDelete, drafts }: NoteCardProps) {
  const [editing, setEditing] = useState(() => drafts?.get(note.id) != null);
  const quote = shorten(note.quote);
  const named = shorten(note.quote, LABEL_QUOTE);
  return (
    <li class="note" data-note-id={note.id} data-orphan={orphan ? '' : undefined}>
      <div class="note-head">
        <span class="swatch" style={{ background: PALETTE[note.colour].swatch }} title={PALETTE[note.colour].label} aria-hidden="true" />
        {onShow && !orphan ? (
          <button type="button" class="quote link" onClick={() => onShow(note)} aria-label={`Show on the page: ${named}`}>
            {quote}
          </button>
        ) : (
          <q class="quote">{quote}</q>
        )}
      </div>
      {orphan && <p class="badge">Not found on the page as it is now (kept)</p>}
      {showPage && <p class="page-title muted">{note.title || note.url}</p>}
      {editing ? (
        <NoteEditForm
          note={note}
          drafts={drafts}
          onCancel={() => setEditing(false)}
          onSave={async (changes) => {
            await onSave(note, changes);
            setEditing(false);
          }}
        />
      ) : (
        <>
          {note.comment && <p class="comment">{note.comment}</p>}
          {note.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div class="row actions">
            {showPage && onOpenPage && (
              <button type="button" onClick={() => onOpenPage(note)}>
                Open page
              </button>
            )}
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit note: ${named}`}>
              Edit
            </button>
            <button type="button" class="danger" onClick={() => onDelete(note)} aria-label={`Delete note: ${named}`}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
