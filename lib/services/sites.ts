import type { CrosscheckDB } from '../db/database';
import { withStorageErrors } from './storage-errors';

/** Per-site on/off switches. Sites are on unless the reader turned them off. */
export function createSiteService(db: CrosscheckDB) {
  return {
    async isEnabled(host: string): Promise<boolean> {
      const row = await db.sites.get(host.toLowerCase());
      return row?.enabled ?? true;
    },
    async setEnabled(host: string, enabled: boolean): Promise<{ host: string; enabled: boolean }> {
      const key = host.toLowerCase();
      if (enabled) await db.sites.delete(key);
      else await withStorageErrors(() => db.sites.put({ host: key, enabled }));
      return { host: key, enabled };
    },
  };
}

export type SiteService = ReturnType<typeof createSiteService>;
