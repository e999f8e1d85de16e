import type { Selector } from '../anchoring/types';
import type { Verdict } from '../matcher/types';

/** The highlight colours a note may have. The UI maps each name to a light and a dark shade. */
export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];
export const DEFAULT_COLOUR: NoteColour = 'yellow';

/** A claim highlight a note was made on. */
export interface ClaimRef {
  /** The page sentence of the claim. */
  sentence: string;
  verdict: Verdict;
}

/** A personal note, as stored and as sent between contexts. */
export interface Note {
  /** UUID, made by the context that creates the note (so a retried save is the same note). */
  id: string;
  /** Normalised page URL (lib/url/normalize.ts). */
  url: string;
  title: string;
  /** A TextQuoteSelector, and usually a TextPositionSelector. */
  selectors: Selector[];
  /** The highlighted text (the quote selector's `exact`). */
  quote: string;
  comment: string;
  /** Trimmed, unique, case kept; at most LIMITS.tags. */
  tags: string[];
  colour: NoteColour;
  claim?: ClaimRef;
  /** Epoch ms. */
  created: number;
  /** Epoch ms. */
  updated: number;
}

/** What a context sends to create (or re-send) a note. The background sets the times and normalises the URL. */
export interface NoteInput {
  id: string;
  url: string;
  title: string;
  selectors: Selector[];
  comment?: string;
  tags?: string[];
  colour?: NoteColour;
  claim?: ClaimRef;
}

/** The fields an edit may change. */
export interface NoteChanges {
  comment?: string;
  tags?: string[];
  colour?: NoteColour;
  title?: string;
}

export interface NoteQuery {
  /** Words that must all appear in the comment, quote, tags or title (case- and accent-insensitive). */
  text?: string;
  tag?: string;
  url?: string;
  offset?: number;
  limit?: number;
}

export interface NotePage {
  notes: Note[];
  /** Notes matching the query, all pages together. */
  total: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export type ExportFormat = 'native' | 'w3c';
export type ExportScope = { kind: 'all' } | { kind: 'url'; url: string };

export interface ExportFile {
  filename: string;
  json: string;
  count: number;
}

export interface ImportRefusal {
  /** Position of the entry in the file's list of notes/annotations. */
  index: number;
  reason: string;
}

export interface ImportReport {
  format: 'native' | 'w3c' | 'hypothesis';
  added: number;
  /** Already present (same id): left as they are. */
  skipped: number;
  /** Entries that cannot become notes (e.g. page notes without a text selector), with the reason. */
  refused: ImportRefusal[];
}
