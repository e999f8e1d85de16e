import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { PAGE_CSS_FILE, pageCss } from './components/page/page-css';

/** Firefox needs a stable add-on id, and declares that Crosscheck collects no data. */
const GECKO = {
  id: 'crosscheck@crosscheck.example',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

/** Firefox for Android reads the data-collection declaration from version 142 on. */
const GECKO_ANDROID = { strict_min_version: '142.0' };

/**
 * The content script runs on every page, so it uses the browsers' native messaging (see
 * entrypoints/crosscheck.content/messages.ts) instead of webextension-polyfill: ~10 KB less on every page.
 */
const NATIVE_BROWSER = fileURLToPath(import.meta.resolve('wxt/browser'));

export default defineConfig({
  // Two builds at once (tests and a benchmark) can each have their own folder.
  outDir: process.env.CROSSCHECK_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The highlight rules load with the page, next to the content script (see components/page/page-css.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PAGE_CSS_FILE, contents: pageCss() });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/crosscheck.js')) script.css = [...(script.css ?? []), PAGE_CSS_FILE];
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const native = { find: 'wxt/browser', replacement: NATIVE_BROWSER };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [native, ...alias] : { ...alias, 'wxt/browser': NATIVE_BROWSER },
      };
      // Every byte of the content script is paid on every page: squeeze it harder than the default minifier.
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 3 }, format: { comments: false } } };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Read the news critically: see which claims other outlets corroborate or contradict, and keep your own notes.',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Add a Crosscheck note to the selection' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO, gecko_android: GECKO_ANDROID } } : {}),
  }),
});
