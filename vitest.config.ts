import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    setupFiles: ['./test/setup.ts'],
    // Room for a loaded machine (2 shared cores): DOM-heavy tests take 1 s quiet and 5 s at load 20.
    // Not a timing assertion: speed is measured in the bench scripts.
    testTimeout: 20_000,
  },
});
