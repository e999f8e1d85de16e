import { useState } from 'preact/hooks';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import type { Note, NoteChanges } from '@/lib/notes/model';

export interface NoteActionEvents {
  updated?(note: Note): void;
  deleted?(note: Note): void;
  restored?(note: Note): void;
}

/**
 * Edit, delete and undo for a list of notes. The last deleted note is kept so that Undo can put it
 * back exactly as it was ('notes/restore').
 */
export function useNoteActions(background: BackgroundClient, events: NoteActionEvents) {
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);

  return {
    deleted,
    error,
    async update(note: Note, changes: NoteChanges): Promise<void> {
      const reply = await background.request('notes/update', { id: note.id, changes });
      if (!reply.ok) throw new Error(`Not saved: ${reply.error.message}`);
      events.updated?.(reply.value);
    },
    async remove(note: Note): Promise<void> {
      setError(null);
      const reply = await background.request('notes/delete', { id: note.id });
      if (!reply.ok) return setError(`Not deleted: ${reply.error.message}`);
      setDeleted(reply.value);
      events.deleted?.(reply.value);
    },
    async undo(): Promise<void> {
      if (!deleted) return;
      const reply = await background.request('notes/restore', deleted);
      if (!reply.ok) return setError(`Could not undo: ${reply.error.message}`);
      setDeleted(null);
      events.restored?.(reply.value);
    },
    dismiss(): void {
      setDeleted(null);
      setError(null);
    },
  };
}

export type NoteActions = ReturnType<typeof useNoteActions>;
