/**
 * The messages `validateInviteBatch` gives when it has nothing more specific to say; the error
 * catalog uses the same strings. A module of their own, so code that only checks a batch (a form,
 * a server) does not carry the whole catalog: bundlers drop unused modules more reliably than
 * unused declarations inside one.
 */
export const RULE_MESSAGES = {
  'invite.empty_batch': 'Add at least one email address.',
  'invite.self_invite': 'You cannot invite yourself.',
  'invite.no_system_role': 'Choose one of the roles member, billing, admin or owner.',
} as const;
