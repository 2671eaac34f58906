import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

/**
 * Debian's Chromium, driven by Playwright; never a downloaded browser (TOOLCHAIN.md). Without the
 * networking flags Chromium floods the closed network with connection attempts. Shared by the
 * browser and story tests (vite.config.ts) and the browser benchmarks (bench/browser.config.ts).
 */
export const chromium = () =>
  playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  });
