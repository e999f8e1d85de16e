import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@/lib/messaging/limits';
import type { ClaimRef, NoteColour } from '@/lib/notes/model';
import { ColourPicker } from './ColourPicker';
import { formatTags, parseTags } from './tags';

export interface NoteValues {
  comment: string;
  tags: string[];
  colour: NoteColour;
}

export interface NoteEditorProps {
  mode: 'new' | 'edit';
  /** The highlighted text, shown as a reminder (as text, never as HTML). */
  quote: string;
  initial: NoteValues;
  claim?: ClaimRef;
  /** Resolves when saved; rejects with an Error whose message is shown, the editor staying open. */
  onSave(values: NoteValues): Promise<void>;
  onDelete?(): Promise<void>;
  onCancel(): void;
}

const QUOTE_SHOWN = 240;
const shorten = (text: string) => (text.length > QUOTE_SHOWN ? `${text.slice(0, QUOTE_SHOWN - 1)}…` : text);

const VERDICT_LABEL = { corroborated: 'a corroborated claim', divergent: 'a divergent claim', none: 'a claim' } as const;

/** A small form for a note: comment, tags (comma separated), colour; Save, Cancel (Escape), Delete. */
export function NoteEditor({ mode, quote, initial, claim, onSave, onDelete, onCancel }: NoteEditorProps) {
  const [comment, setComment] = useState(initial.comment);
  const [tags, setTags] = useState(formatTags(initial.tags));
  const [colour, setColour] = useState<NoteColour>(initial.colour);
  const [busy, setBusy] = useState<null | 'save' | 'delete'>(null);
  const [error, setError] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => commentRef.current?.focus(), []);

  async function attempt(kind: 'save' | 'delete', action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(null);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const parsed = parseTags(tags);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    void attempt('save', () => onSave({ comment, tags: parsed.tags, colour }));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit(event);
    }
  }

  const title = mode === 'new' ? 'New note' : 'Edit note';
  return (
    <form class="cc-editor" role="dialog" aria-label={title} onSubmit={submit} onKeyDown={onKeyDown} aria-busy={busy !== null}>
      <p class="cc-title">{title}</p>
      <blockquote class="cc-quote">{shorten(quote)}</blockquote>
      {claim && <p class="cc-claim">On {VERDICT_LABEL[claim.verdict]}</p>}
      <label class="cc-field">
        <span>Comment</span>
        <textarea
          ref={commentRef}
          rows={3}
          maxLength={LIMITS.comment}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
          disabled={busy !== null}
        />
      </label>
      <label class="cc-field">
        <span>Tags (comma separated)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} disabled={busy !== null} />
      </label>
      <ColourPicker name="cc-note-colour" value={colour} onChange={setColour} disabled={busy !== null} />
      {error && (
        <p class="cc-error" role="alert">
          {error}
        </p>
      )}
      <div class="cc-actions">
        {onDelete && (
          <button type="button" class="cc-danger" disabled={busy !== null} onClick={() => void attempt('delete', onDelete)}>
            {busy === 'delete' ? 'Deleting…' : 'Delete'}
          </button>
        )}
        <span class="cc-spacer" />
        <button type="button" onClick={onCancel} disabled={busy !== null}>
          Cancel
        </button>
        <button type="submit" class="cc-primary" disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
