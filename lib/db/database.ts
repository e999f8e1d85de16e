import { Dexie, type EntityTable } from 'dexie';
import type { NoteRecord, PageRecord, SiteRecord } from './records';
import { DB_NAME, VERSIONS, type SchemaVersion } from './schema';

export type CrosscheckDB = Dexie & {
  pages: EntityTable<PageRecord, 'url'>;
  sites: EntityTable<SiteRecord, 'host'>;
  notes: EntityTable<NoteRecord, 'id'>;
};

export interface OpenOptions {
  name?: string;
  /** Open only up to this version (tests use it to create data in an older schema). */
  upToVersion?: number;
  /** IndexedDB implementation, for Node (fake-indexeddb). Defaults to the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createDatabase(options: OpenOptions = {}): CrosscheckDB {
  const { name = DB_NAME, upToVersion = Infinity } = options;
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CrosscheckDB;
  for (const spec of VERSIONS as readonly SchemaVersion[]) {
    if (spec.version > upToVersion) break;
    const version = db.version(spec.version).stores(spec.stores);
    if (spec.upgrade) version.upgrade(spec.upgrade);
  }
  return db;
}
