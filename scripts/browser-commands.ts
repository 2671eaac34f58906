import type { BrowserCommand } from 'vitest/node';
import { freePort } from './free-port.ts';

/**
 * A localhost port with nothing listening on it, for a test that needs a `fetch` to fail at the
 * network level in a real browser (FAULTS F16). Runs in Node: a page cannot open sockets itself.
 *
 * @example
 * ```ts
 * const port = await commands.closedPort();
 * await fetch(`http://127.0.0.1:${port}/`); // rejects with the engine's own TypeError
 * ```
 */
export const closedPort: BrowserCommand<[]> = () => freePort();
