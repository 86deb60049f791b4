import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

const browser = process.env.TARGET_BROWSER === 'firefox' ? 'firefox' : 'chrome';

/**
 * The Firefox manifest (issue 11): an event page instead of the service
 * worker (crxjs with `browser: 'firefox'` expects `background.scripts` in its
 * input), an add-on id and the data-collection declaration that
 * addons.mozilla.org requires, and no Chrome-only keys. We use no side panel,
 * so there is no `sidebar_action` to add.
 */
function firefoxManifest(m: typeof manifest): Record<string, unknown> {
  const { externally_connectable: _chromeOnly, background, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: 'followthrough@northwind-studio.com',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: (browser === 'firefox' ? firefoxManifest(manifest) : manifest) as never,
      browser,
      // Content scripts are built self-contained (no loader module), so the
      // manifest needs no web_accessible_resources on the mail hosts and a
      // page cannot probe for the extension.
      contentScripts: { standaloneFiles: ['src/content/gmail.ts', 'src/content/outlook.ts'] },
    }),
  ],
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
