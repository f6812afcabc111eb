import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Gloss',
    description:
      'Highlight, tag and review news articles critically. Everything stays on your device.',
    // storage: the names exports carry (utils/settings.ts), set on the library page. offscreen (Chrome):
    // Readability parses pages' HTML in an offscreen document, off the pages' main threads.
    permissions: [
      'contextMenus',
      'storage',
      'tabs',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The annotation card is framed in the reader's tab (entrypoints/content/card-frame.ts), so web
    // pages may load card.html; it acts only with a one-time token (utils/protocol/card-tokens.ts). Chrome's
    // dynamic URL changes every session, so a page cannot use the extension id to find the card.
    web_accessible_resources:
      manifestVersion === 3
        ? [
            {
              resources: ['card.html'],
              matches: ['http://*/*', 'https://*/*'],
              ...(browser !== 'firefox' && { use_dynamic_url: true }),
            },
          ]
        : (['card.html'] as never),
    ...(browser === 'firefox' && {
      // A fixed id keeps the IndexedDB origin (and so the library) across reinstalls.
      browser_specific_settings: {
        gecko: {
          id: 'gloss@gloss.invalid',
          strict_min_version: '115.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  webExt: { disabled: true },
  // Explicit imports only: with WXT's auto-imports, a name that merely matched an export of
  // utils/page/article.ts pulled Readability into the service worker (+11 KB gzipped).
  imports: false,
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's ContentScriptContext posts the extension id to the page and can be ended by a page's
      // CustomEvent (wxt-dev/wxt #1359, #1937); Gloss's drop-in sends the page nothing.
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: path.resolve(__dirname, 'utils/page/content-script-context.ts'),
        },
      ],
    },
  }),
});
