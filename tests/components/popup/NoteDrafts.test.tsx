// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { NoteCard } from '@/components/popup/NoteCard';
import { createDrafts, type DraftStore } from '@/lib/notes/drafts';
import type { Note, NoteChanges } from '@/lib/notes/model';
import { button, byLabel, click, key, mount, settle, type } from '../dom-helpers';
import { storedNote } from '../../lib/notes/helpers';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** The popup showing one note card; `reopen` closes it and opens it again (the popup lost its state). */
function popupWith(note: Note, store = memoryStore()) {
  const saved: NoteChanges[] = [];
  const drafts = createDrafts(store);
  const open = () => {
    view?.unmount();
    view = mount(
      <ul>
        <NoteCard note={note} drafts={drafts} onSave={async (_n, changes) => void saved.push(changes)} onDelete={() => undefined} />
      </ul>,
    );
    return view.root;
  };
  return { store, saved, open };
}

describe('unsaved edits in the popup', () => {
  it('survive the popup closing: the note opens in its editor again, with what was typed', async () => {
    const note = storedNote(1, { comment: 'original', tags: ['a'], colour: 'green' });
    const popup = popupWith(note);
    let root = popup.open();
    click(button(root, /^Edit note/));
    type(byLabel(root, 'Comment'), 'a long thought, half written');
    type(byLabel(root, 'Tags (comma separated)'), 'a, later');

    root = popup.open();
    expect((byLabel(root, 'Comment') as HTMLTextAreaElement).value).toBe('a long thought, half written');
    expect((byLabel(root, 'Tags (comma separated)') as HTMLInputElement).value).toBe('a, later');
    expect(root.textContent).toContain('unsaved changes were kept');

    click(button(root, 'Save'));
    await settle();
    expect(popup.saved).toEqual([{ comment: 'a long thought, half written', tags: ['a', 'later'], colour: 'green' }]);
    expect(popup.store.map.size).toBe(0);
    root = popup.open();
    expect(() => byLabel(root, 'Comment')).toThrow();
  });

  it('are dropped when the edit is cancelled (button or Escape)', () => {
    const popup = popupWith(storedNote(2));
    let root = popup.open();
    click(button(root, /^Edit note/));
    type(byLabel(root, 'Comment'), 'never mind');
    click(button(root, 'Cancel'));
    expect(popup.store.map.size).toBe(0);

    click(button(root, /^Edit note/));
    type(byLabel(root, 'Comment'), 'never mind again');
    key(byLabel(root, 'Comment'), 'Escape');
    expect(popup.store.map.size).toBe(0);
    root = popup.open();
    expect(() => byLabel(root, 'Comment')).toThrow();
  });
});
