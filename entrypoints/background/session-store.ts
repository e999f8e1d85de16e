import type { Storage } from 'webextension-polyfill';
import type { KeyValueStore } from '@/lib/services/pages';

/** storage.session as a key-value store: kept while the browser runs, across service-worker restarts. */
export function sessionStore(area: Storage.StorageArea): KeyValueStore {
  return {
    async get(key) {
      return (await area.get(key))[key];
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(key) {
      await area.remove(key);
    },
  };
}
