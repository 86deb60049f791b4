import { transform } from 'esbuild';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

/** Where the compose UI is built: the same path as COMPOSE_UI_FILE in src/content/compose-ui-api.ts (test/e2e/compose-ui.e2e.ts checks both). */
const COMPOSE_UI_FILE = 'src/content/compose-ui.js';

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

/**
 * The styles our UI adopts in its shadow roots are CSS in template strings
 * (the src/ui files named *-css.ts), written to be read; they are minified here
 * at build time (#16: about 1.3 KB less in the compose UI before gzip, 0.2 KB
 * after). Only strings with no `${}` are touched.
 */
function minifyCssStrings(): Plugin {
  return {
    name: 'followthrough:minify-css-strings',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/ui\/[^/]+\/[^/]+-css\.ts$/.test(id)) return null;
      let out = code;
      for (const m of code.matchAll(/= `([^`$\\]*)`/g)) {
        const css = (await transform(m[1]!, { loader: 'css', minify: true, logLevel: 'silent' })).code.trim();
        out = out.replace(m[0], `= ${JSON.stringify(css)}`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The compose UI (src/content/compose-ui.ts: tone coach, sidebar, pre-send
 * dialog, Preact) as one more self-contained IIFE, at COMPOSE_UI_FILE, for the
 * background to inject with `scripting.executeScript` once a compose window
 * opens. crxjs's own `?script`/`?iife` import would also build it, but it
 * declares every such script in web_accessible_resources for all sites, which
 * a page could probe for; injecting needs no such entry, so we build it here,
 * the same way crxjs builds the standalone content scripts.
 */
function composeUiBundle(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'followthrough:compose-ui',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        define: config.define,
        logLevel: 'warn',
        plugins: [minifyCssStrings()],
        build: {
          write: false,
          emptyOutDir: false,
          lib: { entry: resolve(config.root, 'src/content/compose-ui.ts'), formats: ['iife'], name: 'followthroughComposeUi', fileName: () => COMPOSE_UI_FILE },
          rollupOptions: { output: { entryFileNames: COMPOSE_UI_FILE } },
          minify: config.build.minify,
          sourcemap: config.build.sourcemap,
          target: config.build.target,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rollup.RollupOutput).output);
      const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry || outputs.length !== 1) throw new Error(`compose UI: expected one self-contained script, got ${outputs.map((o) => o.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName: COMPOSE_UI_FILE, source: entry.code });
    },
  };
}

export default defineConfig({
  plugins: [
    minifyCssStrings(),
    preact(),
    composeUiBundle(),
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
