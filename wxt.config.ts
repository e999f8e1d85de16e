import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Firefox needs a stable add-on id, and declares that Crosscheck collects no data. */
const GECKO = {
  id: 'crosscheck@crosscheck.example',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Read the news critically: see which claims other outlets corroborate or contradict, and keep your own notes.',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Add a Crosscheck note to the selection' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
  }),
});
