/**
 * Warnings for developers, never for the people using the app. Internal to the kit.
 * @module
 */

/**
 * Whether this is a development build: `process.env.NODE_ENV` is not `'production'`. Bundlers
 * replace that expression at build time; where nothing defines it (no bundler, no `process`), the
 * kit stays quiet, as in production.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Logs `message` in development only. Callers never pass an address: consoles end up in logs. */
export function warnDev(message: string): void {
  if (isDevelopment()) console.warn(`[invite-kit] ${message}`);
}
