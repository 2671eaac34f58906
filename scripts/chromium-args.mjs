// Debian's Chromium flags for every launch (browser tests, benchmarks, host-app checks). Without the
// networking flags Chromium floods this closed network with connection attempts (TOOLCHAIN.md).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
