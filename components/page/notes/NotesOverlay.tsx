import { NoteButton } from './NoteButton';
import { NoteEditor, type NoteEditorProps } from './NoteEditor';
import type { Point } from './position';

export type OverlayView =
  | { kind: 'hidden' }
  | { kind: 'button'; at: Point; onAdd(): void; onDismiss(): void }
  /** `key` names the note being edited: a new key gives a fresh form. */
  | { kind: 'editor'; at: Point; key: string; editor: NoteEditorProps };

/** Everything notes show on a page, placed at fixed viewport coordinates inside the shadow root. */
export function NotesOverlay({ view }: { view: OverlayView }) {
  if (view.kind === 'hidden') return null;
  const style = { left: `${view.at.left}px`, top: `${view.at.top}px` };
  return (
    <div class={`cc-layer cc-layer-${view.kind}`} style={style}>
      {view.kind === 'button' ? <NoteButton onAdd={view.onAdd} onDismiss={view.onDismiss} /> : <NoteEditor key={view.key} {...view.editor} />}
    </div>
  );
}
