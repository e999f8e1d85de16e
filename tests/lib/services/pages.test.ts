import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type CrosscheckDB } from '@/lib/db/database';
import { createPageService, memoryStore } from '@/lib/services/pages';
import { createSiteService } from '@/lib/services/sites';

let db: CrosscheckDB;
const open = () => (db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));

afterEach(() => db?.close());

describe('page service', () => {
  it('records article pages under their normalised URL and the latest report per tab', async () => {
    let clock = 1000;
    const pages = createPageService(open(), memoryStore(), () => clock);
    await pages.report(3, { url: 'https://n.example/a?utm_source=x#p2', title: 'A', isArticle: true, words: 900 });
    clock = 2000;
    await pages.report(4, { url: 'https://n.example/b', title: 'B', isArticle: true, words: 500 });
    await pages.report(5, { url: 'https://shop.example/', title: 'Shop', isArticle: false, words: 0 });

    expect(await pages.state(3)).toMatchObject({ tabId: 3, url: 'https://n.example/a', isArticle: true, reportedAt: 1000 });
    expect(await pages.state(5)).toMatchObject({ isArticle: false });
    expect(await pages.state(99)).toBeNull();
    // Only articles are remembered, newest first.
    expect((await pages.recent(10)).map((p) => p.url)).toEqual(['https://n.example/b', 'https://n.example/a']);
  });

  it('forgets a closed tab', async () => {
    const pages = createPageService(open(), memoryStore());
    await pages.report(1, { url: 'https://n.example/a', title: 'A', isArticle: true, words: 10 });
    await pages.forgetTab(1);
    expect(await pages.state(1)).toBeNull();
  });
});

describe('site service', () => {
  it('has every site on until switched off, and remembers the switch', async () => {
    const sites = createSiteService(open());
    expect(await sites.isEnabled('news.example')).toBe(true);
    await sites.setEnabled('News.Example', false);
    expect(await sites.isEnabled('news.example')).toBe(false);
    await sites.setEnabled('news.example', true);
    expect(await sites.isEnabled('news.example')).toBe(true);
  });
});
