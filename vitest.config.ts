import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: the pure core in node, readers and components in happy-dom
// (files opt in with a `// @vitest-environment happy-dom` comment).
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
