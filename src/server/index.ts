/**
 * `invite-kit/server`: the batch invitations API as a Fetch-standard handler, and a bridge to
 * Node's `http` server. Imports the core and the transports, never React.
 * @module
 */
export * from './handler';
export * from './node';
