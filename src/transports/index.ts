/**
 * `invite-kit/transports`: `onSend` factories for each invitation API, the shared HTTP helper, an
 * in-memory reference invitation service, and for sent invitations (list, resend, revoke) an
 * `InvitationsTransport` per API beside its `onSend`. Imports only the core.
 * @module
 */
export * from './http';
export * from './batch-api';
export * from './workos';
export * from './stytch';
export * from './memory-api';
export * from './invitation-http';
export * from './batch-api-invitations';
export * from './workos-invitations';
export * from './stytch-invitations';
