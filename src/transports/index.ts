/**
 * `invite-kit/transports`: `onSend` factories for each invitation API, the shared HTTP helper, and
 * an in-memory reference invitation service. Imports only the core.
 * @module
 */
export * from './http';
export * from './batch-api';
export * from './workos';
export * from './stytch';
export * from './memory-api';
