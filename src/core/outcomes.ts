/**
 * What a failure code means for the person, in one place for the store, the dialog and any UI of
 * a host's own: already done, sign in again, confirm identity, not allowed, may have been sent, or
 * wait and retry. A custom UI reads {@link entryOutcome} instead of testing codes itself.
 * @module
 */

/** The kinds of failure that the store and the dialog treat apart from a plain failure. */
export type OutcomeGroup = 'already' | 'auth' | 'step_up' | 'forbidden' | 'uncertain' | 'rate_limited';

const GROUPS = /* @__PURE__ */ new Map<string, OutcomeGroup>([
  ['invite.already_member', 'already'],
  ['invite.already_pending', 'already'],
  ['authorize.unauthenticated', 'auth'],
  ['invite.unauthorized', 'auth'],
  ['mfa.step_up_required', 'step_up'],
  ['authorize.forbidden', 'forbidden'],
  ['invite.org_mismatch', 'forbidden'],
  // "The request may have been applied" when the result does not say.
  ['invite.network_error', 'uncertain'],
  ['invite.timeout', 'uncertain'],
  ['invite.invalid_response', 'uncertain'],
  // Temporary: the same entry goes through once the server's wait is over.
  ['invite.ip_rate_limited', 'rate_limited'],
  ['invite.org_rate_limited', 'rate_limited'],
]);

/** The group of a failure code, or `undefined` for a plain failure (or no code). */
export const outcomeGroup = (code: string | undefined): OutcomeGroup | undefined => GROUPS.get(code!);

/** The codes of the role rules: an issue with one of them is about the roles, not the address. */
const ROLE_CODES = /* @__PURE__ */ new Set([
  'invite.invalid_role',
  'invite.no_system_role',
  'invite.multiple_system_roles',
  'invite.custom_roles_not_allowed',
  'invite.insufficient_role',
  'invite.roles_not_supported',
]);

/** Whether an issue code is about an entry's roles (the role picker shows it), not its address. */
export const isRoleIssue = (code: string | undefined): boolean => code !== undefined && ROLE_CODES.has(code);

/**
 * Where one person of a batch stands, in the words a UI shows — the same reading the kit's dialog
 * uses:
 * - `draft`: ready to send; `needs_fix`: breaks a rule (`issue` says which; {@link isRoleIssue}
 *   tells a role problem from an address problem);
 * - `sending`; `invited`;
 * - `already_member` / `already_invited`: nothing to do, not an error;
 * - `waiting`: rate-limited, goes out again once the server's wait is over;
 * - `may_have_been_sent`: the answer was lost (timeout, network): never shown as sent or failed;
 * - `failed`: refused, `sendError` says why.
 */
export type EntryOutcome =
  | 'draft'
  | 'needs_fix'
  | 'sending'
  | 'invited'
  | 'already_member'
  | 'already_invited'
  | 'waiting'
  | 'may_have_been_sent'
  | 'failed';

/** The part of an entry {@link entryOutcome} reads (a `useInviteBatch` entry has it). */
export interface EntryOutcomeInput {
  status: 'draft' | 'sending' | 'sent' | 'failed' | 'unknown';
  issue?: { code: string } | undefined;
  sendError?: { code: string; retryable: boolean } | undefined;
}

/**
 * How to show one entry, from its status and errors, without testing codes in the UI.
 * @example
 * batch.entries.filter((entry) => entryOutcome(entry) === 'already_invited').length
 */
export function entryOutcome(entry: EntryOutcomeInput): EntryOutcome {
  const error = entry.sendError;
  const group = outcomeGroup(error?.code);
  switch (entry.status) {
    case 'draft':
      return entry.issue ? 'needs_fix' : 'draft';
    case 'sending':
      return 'sending';
    case 'sent':
      return 'invited';
    case 'unknown':
      return 'may_have_been_sent';
    default:
      if (group === 'already') return error?.code === 'invite.already_member' ? 'already_member' : 'already_invited';
      return group === 'rate_limited' && error?.retryable ? 'waiting' : 'failed';
  }
}
