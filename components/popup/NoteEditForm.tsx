import { useState } from 'preact/hooks';
import { LIMITS } from '@/lib/messaging/limits';
import type { Note, NoteChanges, NoteColour } from '@/lib/notes/model';
import { ColourPicker } from '@/components/page/notes/ColourPicker';
import { formatTags, parseTags } from '@/components/page/notes/tags';

export interface NoteEditFormProps {
  note: Note;
  /** Resolves when saved; rejects with an Error whose message is shown. */
  onSave(changes: NoteChanges): Promise<void>;
  onCancel(): void;
}

/** Inline editing of a note's comment, tags and colour. Escape cancels. */
export function NoteEditForm({ note, onSave, onCancel }: NoteEditFormProps) {
  const [comment, setComment] = useState(note.comment);
  const [tags, setTags] = useState(formatTags(note.tags));
  const [colour, setColour] = useState<NoteColour>(note.colour);
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
          onCancel();
        }
      }}
    >
      <label class="field">
        <span>Comment</span>
        <textarea rows={3} maxLength={LIMITS.comment} value={comment} onInput={(e) => setComment(e.currentTarget.value)} disabled={busy} autoFocus />
      </label>
      <label class="field">
        <span>Tags (comma separated)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} disabled={busy} />
      </label>
      <ColourPicker name={`colour-${note.id}`} value={colour} onChange={setColour} disabled={busy} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
