import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Radix Select calls these pointer and scrolling APIs, which jsdom lacks (TOOLCHAIN.md).
const proto = globalThis.HTMLElement?.prototype as unknown as Record<string, unknown> | undefined;
if (proto) {
  for (const name of ['hasPointerCapture', 'setPointerCapture', 'releasePointerCapture', 'scrollIntoView']) {
    if (typeof proto[name] !== 'function') proto[name] = name === 'hasPointerCapture' ? () => false : () => {};
  }
}

afterEach(() => cleanup());
