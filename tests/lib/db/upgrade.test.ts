import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/lib/db/database';
import { SCHEMA_V1, VERSIONS } from '@/lib/db/schema';
import { createNoteService } from '@/lib/services/notes';
import { noteInput, uuid } from '../notes/helpers';

describe('database versions', () => {
  it('keeps version 1 as it shipped', () => {
    expect(SCHEMA_V1).toEqual({ pages: 'url, lastSeen', sites: 'host' });
    expect(VERSIONS.map((v) => v.version)).toEqual([...VERSIONS.map((v) => v.version)].sort((a, b) => a - b));
  });

  it('opens a version 1 database with data at the latest version: nothing lost, notes work', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-test';
    const v1 = createDatabase({ indexedDB, IDBKeyRange, name, upToVersion: 1 });
    const pages = Array.from({ length: 50 }, (_, i) => ({
      url: `https://news.example/${i}`,
      title: `Story ${i}`,
      isArticle: true,
      words: 100 + i,
      lastSeen: 1_700_000_000_000 + i,
    }));
    await v1.pages.bulkPut(pages);
    await v1.sites.bulkPut([{ host: 'a.example', enabled: false }, { host: 'b.example', enabled: false }]);
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['pages', 'sites']);
    v1.close();

    const latest = createDatabase({ indexedDB, IDBKeyRange, name });
    await latest.open();
    expect(latest.verno).toBe(VERSIONS[VERSIONS.length - 1]!.version);
    expect(await latest.pages.orderBy('url').toArray()).toEqual([...pages].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect(await latest.pages.orderBy('lastSeen').last()).toEqual(pages[49]);
    expect(await latest.sites.toArray()).toEqual([
      { host: 'a.example', enabled: false },
      { host: 'b.example', enabled: false },
    ]);

    const notes = createNoteService(latest);
    await notes.save(noteInput(1, { tags: ['x', 'y'] }));
    await notes.save(noteInput(2, { tags: ['y'] }));
    expect((await notes.listForUrl(noteInput(1).url)).map((n) => n.id)).toEqual([uuid(1)]);
    expect(await latest.notes.where('tags').equals('y').count()).toBe(2);
    expect(latest.notes.schema.indexes.map((i) => i.name).sort()).toEqual(['created', 'tags', 'updated', 'url']);
    latest.close();
  });
});
