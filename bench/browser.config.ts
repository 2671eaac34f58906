import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { chromium as chromiumProvider } from '../scripts/chromium.ts';
import { record, type BenchRow } from './record.ts';

// Benchmarks that need a real browser: the same Chromium as the browser tests.
const chromium = chromiumProvider();

// The figures are measured in the page but recorded in Node, where `npm run bench` collects them.
const recordCommand: BrowserCommand<[row: BenchRow]> = (_context, row) => record(row);

export default defineConfig({
  // Production React, as a host's users get it: the development build's checks cost several times
  // the render time and would measure React's warnings, not the dialog.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [react()],
  test: {
    include: ['bench/**/*.browser.bench.{ts,tsx}'],
    fileParallelism: false,
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      instances: [{ browser: 'chromium' }],
      commands: { record: recordCommand },
    },
  },
});
