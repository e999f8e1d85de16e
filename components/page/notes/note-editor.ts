import { LIMITS } from '@/lib/messaging/limits';
import type { ClaimRef, NoteColour } from '@/lib/notes/model';
import { el } from '../dom';
import { colourPicker } from './colour-picker';
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

type Busy = null | 'save' | 'delete';

/**
 * A small form for a note: comment, tags (comma separated), colour; Save, Cancel (Escape), Delete.
 * The comment field is marked `autofocus` for whoever shows the form (see `show` in ../dom).
 */
export function noteEditor({ mode, quote, initial, claim, onSave, onDelete, onCancel }: NoteEditorProps): HTMLFormElement {
  let colour = initial.colour;
  let busy: Busy = null;

  const comment = el('textarea', { rows: 3, maxlength: LIMITS.comment, autofocus: true });
  comment.value = initial.comment;
  const tags = el('input', { type: 'text', value: formatTags(initial.tags) });
  const colours = colourPicker({ name: 'cc-note-colour', value: colour, onChange: (chosen) => (colour = chosen) });
  const error = el('p', { class: 'cc-error', role: 'alert' });
  const remove = onDelete && el('button', { type: 'button', class: 'cc-danger', onclick: () => void attempt('delete', onDelete) }, 'Delete');
  const cancel = el('button', { type: 'button', onclick: onCancel }, 'Cancel');
  const save = el('button', { type: 'submit', class: 'cc-primary' }, 'Save');
  const actions = el('div', { class: 'cc-actions' }, remove, el('span', { class: 'cc-spacer' }), cancel, save);

  const title = mode === 'new' ? 'New note' : 'Edit note';
  const form = el(
    'form',
    { class: 'cc-editor', role: 'dialog', 'aria-label': title, 'aria-busy': 'false', onsubmit: submit, onkeydown },
    el('p', { class: 'cc-title' }, title),
    el('blockquote', { class: 'cc-quote' }, shorten(quote)),
    claim && el('p', { class: 'cc-claim' }, `On ${VERDICT_LABEL[claim.verdict]}`),
    el('label', { class: 'cc-field' }, el('span', null, 'Comment'), comment),
    el('label', { class: 'cc-field' }, el('span', null, 'Tags (comma separated)'), tags),
    colours,
    actions,
  );

  function setBusy(kind: Busy): void {
    busy = kind;
    const disabled = kind !== null;
    for (const control of [comment, tags, colours, remove, cancel, save]) if (control) control.disabled = disabled;
    form.setAttribute('aria-busy', String(disabled));
    save.textContent = kind === 'save' ? 'Saving…' : 'Save';
    if (remove) remove.textContent = kind === 'delete' ? 'Deleting…' : 'Delete';
  }

  /** Shows why the note could not be saved in an alert (added anew, so that it is announced), or clears it. */
  function setError(message: string | null): void {
    error.remove();
    if (message === null) return;
    error.textContent = message;
    actions.before(error);
  }

  async function attempt(kind: Exclude<Busy, null>, action: () => Promise<void>): Promise<void> {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(null);
    }
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (busy) return;
    const parsed = parseTags(tags.value);
    if ('error' in parsed) return setError(parsed.error);
    void attempt('save', () => onSave({ comment: comment.value, tags: parsed.tags, colour }));
  }

  function onkeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit(event);
    }
  }

  return form;
}
