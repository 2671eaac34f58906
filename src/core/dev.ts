/**
 * Warnings for developers, never for the people using the app. Internal to the kit.
 *
 * Every warning is written where it happens as
 * `try { if (process.env.NODE_ENV !== 'production') warnDev(…) } catch {}`: bundlers replace
 * `process.env.NODE_ENV` at build time, so a production build drops the warning and its text; where
 * nothing defines it and there is no `process` (a browser without a bundler), the `ReferenceError`
 * is caught and the kit stays quiet, as in production.
 * @module
 */

/** Logs `message` with the kit's prefix. Callers never pass an address: consoles end up in logs. */
export function warnDev(message: string): void {
  console.warn(`[invite-kit] ${message}`);
}
