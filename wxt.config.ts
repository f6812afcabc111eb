import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: {
    name: 'Gloss',
    description: 'Highlight, tag and review news articles critically. Everything stays on your device.',
    permissions: ['contextMenus', 'tabs', 'unlimitedStorage'],
  },
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
