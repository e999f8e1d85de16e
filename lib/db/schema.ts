/**
 * The database schema, one constant per version. A version is never edited once shipped: a change
 * is a new constant, a new entry in VERSIONS and, where data must move, an upgrade function.
 */

/** v1: pages the content script examined, and per-site switches. */
export const SCHEMA_V1 = {
  pages: 'url, lastSeen',
  sites: 'host',
} as const;

/** v2: personal notes, keyed by their UUID; indexed by page URL, by each tag, and by times. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  notes: 'id, url, *tags, updated, created',
} as const;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

export const VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  // A new table only: nothing to move.
  { version: 2, stores: SCHEMA_V2 },
];

export const DB_NAME = 'crosscheck';
