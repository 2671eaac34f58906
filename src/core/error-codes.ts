/**
 * The error catalog: every code of the batch invitations API (seeds/004) and the kit's own codes
 * for failures it sees itself.
 */
export interface InviteErrorCodeInfo {
  /** Default English message, shown when the host supplies none. */
  message: string;
  /** The HTTP status the API answers with; absent for codes only the kit produces. */
  status?: number;
  /** Whether sending the same entry again, unchanged, may succeed. */
  retryable: boolean;
}

const code = (message: string, status: number | undefined, retryable = false): InviteErrorCodeInfo =>
  status === undefined ? { message, retryable } : { message, status, retryable };

/** Every error code, with its default English message, HTTP status and retryable flag. */
export const INVITE_ERROR_CODES = {
  'authorize.unauthenticated': code('Your session has expired. Sign in again to send invitations.', 401),
  'authorize.forbidden': code('You do not have permission to invite people to this organization.', 403),
  'mfa.step_up_required': code('Confirm your identity to invite people with this role.', 403),
  'invite.ip_rate_limited': code('Too many invitations from this network. Try again shortly.', 429, true),
  'invite.org_rate_limited': code('Your organization has hit its invitation limit. Try again later.', 429, true),
  'invite.invalid_org_id': code('The organization ID is malformed.', 400),
  'invite.org_not_found': code('The organization does not exist.', 404),
  'invite.unauthorized': code('Authentication is required to send invitations.', 401),
  'invite.org_mismatch': code('You are not authorized for this organization.', 403),
  'invite.user_lookup_failed': code('The server could not look up your account. Try again.', 500, true),
  'invite.member_lookup_failed': code('The server could not verify your membership. Try again.', 500, true),
  'invite.decode_failed': code('The request body is not valid JSON.', 400),
  'invite.empty_batch': code('Add at least one email address.', 400),
  'invite.batch_too_large': code('Too many invitations in one batch.', 400),
  'invite.duplicate_email': code('This address is already in the list.', 400),
  'invite.invalid_email': code('This is not a valid email address.', 400),
  'invite.self_invite': code('You cannot invite yourself.', 400),
  'invite.invalid_role': code('Unknown role.', 400),
  'invite.no_system_role': code('Choose one of the roles member, billing, admin or owner.', 400),
  'invite.multiple_system_roles': code('Choose only one of the roles member, billing, admin or owner.', 400),
  'invite.custom_roles_not_allowed': code('Custom roles can only be given together with member.', 400),
  'invite.insufficient_role': code('You cannot give a role above your own.', 403),
  'invite.already_member': code('Already a member of this organization.', 409),
  'invite.already_pending': code('An invitation is already pending for this address.', 409),
  'invite.role_resolve_failed': code('The server could not resolve the roles.', 400),
  'invite.send_failed': code('The invitation could not be delivered. Try again.', 500, true),
  'invite.invalid_expiry': code('The invitation lifetime is outside the allowed range.', 400),
  'invite.network_error': code('The network failed before an answer came back. The invitation may have been sent.', undefined, true),
  'invite.timeout': code('No answer in time. The invitation may have been sent.', undefined, true),
  'invite.aborted': code('Sending was cancelled.', undefined, true),
  'invite.invalid_response': code('The server answered in a form the kit could not read. The invitation may have been sent.', undefined, true),
} as const satisfies Record<string, InviteErrorCodeInfo>;

/** Whether `value` is a code from {@link INVITE_ERROR_CODES}. */
export function isInviteErrorCode(value: unknown): value is keyof typeof INVITE_ERROR_CODES {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(INVITE_ERROR_CODES, value);
}
