import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

const browser = process.env.TARGET_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as never,
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
