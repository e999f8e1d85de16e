import { el } from '../dom';
import { noteButton } from './note-button';
import { noteEditor, type NoteEditorProps } from './note-editor';
import type { Point } from './position';

export type OverlayView =
  | { kind: 'hidden' }
  | { kind: 'button'; at: Point; onAdd(): void; onDismiss(): void }
  /** `key` names the note being edited: a new key gives a fresh form. */
  | { kind: 'editor'; at: Point; key: string; editor: NoteEditorProps };

/** Everything notes show on a page, placed at fixed viewport coordinates inside the shadow root; null when hidden. */
export function notesOverlay(view: OverlayView): HTMLElement | null {
  if (view.kind === 'hidden') return null;
  const layer = el(
    'div',
    { class: `cc-layer cc-layer-${view.kind}` },
    view.kind === 'button' ? noteButton(view) : noteEditor(view.editor),
  );
  moveLayer(layer, view.at);
  return layer;
}

/** Places a layer at `at` (viewport coordinates). */
export function moveLayer(layer: HTMLElement, at: Point): void {
  layer.style.left = `${at.left}px`;
  layer.style.top = `${at.top}px`;
}
