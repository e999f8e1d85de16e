import { NOTE_COLOURS, type NoteColour } from './model';
import { LIMITS } from '../messaging/limits';

/** An edit of a note not saved yet: what the form holds, kept so that closing the popup loses nothing. */
export interface NoteDraft {
  comment: string;
  /** The tags field as typed (comma separated). */
  tags: string;
  colour: NoteColour;
  /** When the draft was last written (epoch ms). */
  savedAt: number;
}

/** Where drafts are kept: the popup's localStorage (it outlives the popup and a browser restart). */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'crosscheck-draft:';
/** Drafts older than this are dropped rather than restored. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function parse(text: string | null): NoteDraft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof NoteDraft, unknown>>;
    if (typeof value !== 'object' || value === null) return null;
    const { comment, tags, colour, savedAt } = value;
    if (typeof comment !== 'string' || comment.length > LIMITS.comment) return null;
    if (typeof tags !== 'string' || tags.length > LIMITS.tag * LIMITS.tags) return null;
    if (typeof colour !== 'string' || !(NOTE_COLOURS as readonly string[]).includes(colour)) return null;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    return { comment, tags, colour: colour as NoteColour, savedAt };
  } catch {
    return null;
  }
}

/** Drafts of note edits, one per note id. Storage failures (full, disabled) are ignored: a draft is a courtesy. */
export function createDrafts(store: DraftStore | null, now: () => number = Date.now) {
  const key = (id: string) => `${PREFIX}${id}`;
  const safely = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch {
      return fallback;
    }
  };
  return {
    get(id: string): NoteDraft | null {
      if (!store) return null;
      const draft = parse(safely(() => store.getItem(key(id)), null));
      if (draft && now() - draft.savedAt > DRAFT_MAX_AGE_MS) {
        safely(() => store.removeItem(key(id)), undefined);
        return null;
      }
      return draft;
    },
    set(id: string, draft: Omit<NoteDraft, 'savedAt'>): void {
      if (store) safely(() => store.setItem(key(id), JSON.stringify({ ...draft, savedAt: now() })), undefined);
    },
    clear(id: string): void {
      if (store) safely(() => store.removeItem(key(id)), undefined);
    },
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
