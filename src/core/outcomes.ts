/**
 * What a failure code means for the person, in one place for the store and the dialog: already
 * done, sign in again, confirm identity, not allowed, or may have been sent. Internal to the kit.
 * @module
 */

/** The kinds of failure that the store and the dialog treat apart from a plain failure. */
export type OutcomeGroup = 'already' | 'auth' | 'step_up' | 'forbidden' | 'uncertain';

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
]);

/** The group of a failure code, or `undefined` for a plain failure (or no code). */
export const outcomeGroup = (code: string | undefined): OutcomeGroup | undefined => GROUPS.get(code!);
