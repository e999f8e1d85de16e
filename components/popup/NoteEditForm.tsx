import { useState } from 'preact/hooks';
import { LIMITS } from '@/lib/messaging/limits';
import type { Drafts } from '@/lib/notes/drafts';
import type { Note, NoteChanges, NoteColour } from '@/lib/notes/model';
import { ColourPicker } from '@/components/page/notes/ColourPicker';
import { formatTags, parseTags } from '@/components/page/notes/tags';

export interface NoteEditFormProps {
  note: Note;
  /** Resolves when saved; rejects with an Error whose message is shown. */
  onSave(changes: NoteChanges): Promise<void>;
  onCancel(): void;
  /** Keeps what is typed until it is saved or cancelled, so that closing the popup loses nothing. */
  drafts?: Drafts;
}

/** Inline editing of a note's comment, tags and colour. Escape cancels. An unsaved edit is kept as a draft. */
export function NoteEditForm({ note, onSave, onCancel, drafts }: NoteEditFormProps) {
  const [restored] = useState(() => drafts?.get(note.id) ?? null);
  const [comment, setComment] = useState(restored?.comment ?? note.comment);
  const [tags, setTags] = useState(restored?.tags ?? formatTags(note.tags));
  const [colour, setColour] = useState<NoteColour>(restored?.colour ?? note.colour);

  /** Keeps the form's values as they are now, with one of them changed. */
  function keep(change: Partial<{ comment: string; tags: string; colour: NoteColour }>) {
    drafts?.set(note.id, { comment, tags, colour, ...change });
  }

  function cancel() {
    drafts?.clear(note.id);
    onCancel();
  }
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = parseTags(tags);
    if ('error' in parsed) return setError(parsed.error);
    setBusy(true);
    setError(null);
    try {
      await onSave({ comment, tags: parsed.tags, colour });
      drafts?.clear(note.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <form
      class="note-edit"
      aria-label="Edit note"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      }}
    >
      {restored && <p class="muted">Your unsaved changes were kept; save or cancel them.</p>}
      <label class="field">
        <span>Comment</span>
        <textarea rows={3} maxLength={LIMITS.comment} value={comment} onInput={(e) => {
            setComment(e.currentTarget.value);
            keep({ comment: e.currentTarget.value });
          }} disabled={busy} autoFocus />
      </label>
      <label class="field">
        <span>Tags (comma separated)</span>
        <input type="text" value={tags} onInput={(e) => {
            setTags(e.currentTarget.value);
            keep({ tags: e.currentTarget.value });
          }} disabled={busy} />
      </label>
      <ColourPicker
        name={`colour-${note.id}`}
        value={colour}
        onChange={(next) => {
          setColour(next);
          keep({ colour: next });
        }}
        disabled={busy}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={cancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
