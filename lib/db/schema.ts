/**
 * The database schema, one constant per version. A version is never edited once shipped: a change
 * is a new constant, a new entry in VERSIONS and, where data must move, an upgrade function.
 */

/** v1: pages the content script examined, and per-site switches. */
export const SCHEMA_V1 = {
  pages: 'url, lastSeen',
  sites: 'host',
} as const;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

export const VERSIONS: readonly SchemaVersion[] = [{ version: 1, stores: SCHEMA_V1 }];

export const DB_NAME = 'crosscheck';
