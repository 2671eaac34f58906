import { defineConfig } from 'vitest/config';

// Benchmarks run as plain Node scripts through Vitest (for TypeScript), one file at a time so they
// do not compete for the two cores.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    // Those run in Chromium, under bench/browser.config.ts.
    exclude: ['bench/**/*.browser.bench.*'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
