import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR: the Firefox build (dist-firefox/) as a
// temporary add-on, one browser at a time (2 cores), fixture mail pages served
// at the real URLs.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
