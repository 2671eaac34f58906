/**
 * What a failure code means for the person, in one place for the store and the dialog: already
 * done, sign in again, confirm identity, not allowed, may have been sent, or wait and retry.
 * Internal to the kit.
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
