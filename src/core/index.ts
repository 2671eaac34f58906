/**
 * `invite-kit/core`: the framework-free heart of the kit. Email parsing, the invitation rules, the
 * error catalog, roles, locales and the send loop — no React, no DOM; a server can import it.
 * @module
 */
export * from './types';
export type * from './reasons';
export * from './error-codes';
export * from './email';
export * from './email-list';
export * from './roles';
export * from './rules';
export * from './locales';
export * from './idempotency';
export * from './send-batch';
export * from './retry-after';
export * from './invite-store';
export { outcomeGroup, entryOutcome, isRoleIssue, type OutcomeGroup, type EntryOutcome, type EntryOutcomeInput } from './outcomes';
export * from './domain-typos';
export * from './invitations';
export * from './invitation-error';
export * from './invitations-store';
