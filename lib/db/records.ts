import type { Note } from '../notes/model';

/** Rows as stored. */
export interface PageRecord {
  /** Normalised page URL. */
  url: string;
  title: string;
  isArticle: boolean;
  words: number;
  /** Epoch ms of the last report. */
  lastSeen: number;
}

export interface SiteRecord {
  /** Host name, e.g. "www.example.com". */
  host: string;
  enabled: boolean;
}

/** A personal note, stored as the note model describes it. */
export type NoteRecord = Note;
