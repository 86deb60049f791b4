import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (dist/) in Debian's Chromium, one
// browser at a time (2 cores), fixture mail pages served at the real URLs.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
