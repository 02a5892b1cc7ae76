import { defineConfig } from 'vitest/config';

// The Firefox lane (test/e2e-firefox/README.md): one spec file at a time, each with its own Firefox.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
