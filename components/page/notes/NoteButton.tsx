export interface NoteButtonProps {
  onAdd(): void;
  onDismiss(): void;
}

/** The small "Add note" button shown next to a selection. Pressing it keeps the selection. */
export function NoteButton({ onAdd, onDismiss }: NoteButtonProps) {
  return (
    <button
      type="button"
      class="cc-add"
      // Keep the page's selection: a button takes focus (and clears the selection) on mouse down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAdd}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      Add note
    </button>
  );
}
