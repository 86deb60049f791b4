import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three kinds of test, one config:
// - unit: the pure core in node; readers and components in happy-dom (files
//   opt in with a `// @vitest-environment happy-dom` comment);
// - e2e: the built extension (dist/) in Debian's Chromium on fixture mail
//   pages at the real URLs;
// - firefox: the Firefox build (dist-firefox/) in Firefox ESR, the same way.
// The browser projects run one file at a time (2 cores): scripts/test.mjs
// passes --no-file-parallelism for them.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', pool: 'threads', testTimeout: 20_000, setupFiles: ['test/support/fast-check-seed.ts'] } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.e2e.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 60_000 } },
      { test: { name: 'firefox', include: ['test/e2e-firefox/**/*.e2e.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
