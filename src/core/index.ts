/**
 * `invite-kit/core`: the framework-free heart of the kit. Email parsing, the invitation rules, the
 * error catalog, roles, locales and the send loop — no React, no DOM; a server can import it.
 * @module
 */
export * from './types';
export * from './error-codes';
