import type { NoteActions } from './useNoteActions';

/** Says that a note was deleted, with Undo; and shows a failed action as an alert. */
export function ActionStatus({ actions }: { actions: NoteActions }) {
  return (
    <>
      <div role="status" class="status-line">
        {actions.deleted && (
          <span class="undo">
            Note deleted.{' '}
            <button type="button" onClick={() => void actions.undo()}>
              Undo
            </button>
          </span>
        )}
      </div>
      {actions.error && (
        <p role="alert" class="error">
          {actions.error}
        </p>
      )}
    </>
  );
}
