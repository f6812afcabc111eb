import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Gloss',
    description: 'Highlight, tag and review news articles critically. Everything stays on your device.',
    permissions: ['contextMenus', 'tabs', 'unlimitedStorage'],
    ...(browser === 'firefox' && {
      // A fixed id keeps the IndexedDB origin (and so the library) across reinstalls.
      browser_specific_settings: {
        gecko: { id: 'gloss@gloss.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  webExt: { disabled: true },
  // Explicit imports only: with WXT's auto-imports, a name that merely matched an export of
  // utils/article.ts pulled Readability into the service worker (+11 KB gzipped).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
});
