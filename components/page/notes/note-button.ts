import { el } from '../dom';

export interface NoteButtonProps {
  onAdd(): void;
  onDismiss(): void;
}

/** The small "Add note" button shown next to a selection. Pressing it keeps the selection. */
export function noteButton({ onAdd, onDismiss }: NoteButtonProps): HTMLButtonElement {
  return el(
    'button',
    {
      type: 'button',
      class: 'cc-add',
      // Keep the page's selection: a button takes focus (and clears the selection) on mouse down.
      onmousedown: (event: MouseEvent) => event.preventDefault(),
      onclick: onAdd,
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Escape') onDismiss();
      },
    },
    'Add note',
  );
}
