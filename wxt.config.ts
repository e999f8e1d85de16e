import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Crosscheck',
    description: 'Read the news critically: see which claims other outlets corroborate or contradict, and keep your own notes.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'crosscheck@crosscheck.example',
        strict_min_version: '128.0',
        // @ts-expect-error: newer key not yet in WXT's manifest types.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
