/**
 * The error catalog: every code of the batch invitations API (seeds/004) and the kit's own codes
 * for failures it sees itself.
 */
import { RULE_MESSAGES } from './rule-messages';

export { RULE_MESSAGES };

export interface InviteErrorCodeInfo {
  /** Default English message, shown when the host supplies none. */
  message: string;
  /** The HTTP status the API answers with; absent for codes only the kit produces. */
  status?: number;
  /** Whether sending the same entry again, unchanged, may succeed. */
  retryable: boolean;
}

// A plain literal (no calls), so a bundle that never reads the catalog drops it.
const CATALOG = {
  'authorize.unauthenticated': { message: 'Your session has expired. Sign in again to send invitations.', status: 401, retryable: false },
  'authorize.forbidden': { message: 'You do not have permission to invite people to this organization.', status: 403, retryable: false },
  'mfa.step_up_required': { message: 'Confirm your identity to invite people with this role.', status: 403, retryable: false },
  'invite.ip_rate_limited': { message: 'Too many invitations from this network. Try again shortly.', status: 429, retryable: true },
  'invite.org_rate_limited': { message: 'Your organization has hit its invitation limit. Try again later.', status: 429, retryable: true },
  'invite.invalid_org_id': { message: 'The organization ID is malformed.', status: 400, retryable: false },
  'invite.org_not_found': { message: 'The organization does not exist.', status: 404, retryable: false },
  'invite.unauthorized': { message: 'Authentication is required to send invitations.', status: 401, retryable: false },
  'invite.org_mismatch': { message: 'You are not authorized for this organization.', status: 403, retryable: false },
  'invite.user_lookup_failed': { message: 'The server could not look up your account. Try again.', status: 500, retryable: true },
  'invite.member_lookup_failed': { message: 'The server could not verify your membership. Try again.', status: 500, retryable: true },
  'invite.decode_failed': { message: 'The request body is not valid JSON.', status: 400, retryable: false },
  'invite.empty_batch': { message: RULE_MESSAGES['invite.empty_batch'], status: 400, retryable: false },
  'invite.batch_too_large': { message: 'Too many invitations in one batch.', status: 400, retryable: false },
  'invite.duplicate_email': { message: 'This address is already in the list.', status: 400, retryable: false },
  'invite.invalid_email': { message: 'This is not a valid email address.', status: 400, retryable: false },
  'invite.self_invite': { message: RULE_MESSAGES['invite.self_invite'], status: 400, retryable: false },
  'invite.invalid_role': { message: 'Unknown role.', status: 400, retryable: false },
  'invite.no_system_role': { message: RULE_MESSAGES['invite.no_system_role'], status: 400, retryable: false },
  'invite.multiple_system_roles': { message: 'Choose only one of the roles member, billing, admin or owner.', status: 400, retryable: false },
  'invite.custom_roles_not_allowed': { message: 'Custom roles can only be given together with member.', status: 400, retryable: false },
  'invite.insufficient_role': { message: 'You cannot give a role above your own.', status: 403, retryable: false },
  'invite.already_member': { message: 'Already a member of this organization.', status: 409, retryable: false },
  'invite.already_pending': { message: 'An invitation is already pending for this address.', status: 409, retryable: false },
  'invite.role_resolve_failed': { message: 'The server could not resolve the roles.', status: 400, retryable: false },
  'invite.send_failed': { message: 'The invitation could not be delivered. Try again.', status: 500, retryable: true },
  'invite.invalid_expiry': { message: 'The invitation lifetime is outside the allowed range.', status: 400, retryable: false },
  'invite.roles_not_supported': { message: 'These roles cannot be given here.', status: 400, retryable: false },
  'invite.server_misconfigured': { message: 'Invitations are not set up on the server. Ask an administrator.', status: 500, retryable: false },
  'invite.network_error': { message: 'The network failed before an answer came back. The invitation may have been sent.', retryable: true },
  'invite.timeout': { message: 'No answer in time. The invitation may have been sent.', retryable: true },
  'invite.aborted': { message: 'Sending was cancelled.', retryable: true },
  'invite.invalid_response': { message: 'The server answered in a form the kit could not read. The invitation may have been sent.', retryable: true },
} satisfies Record<string, InviteErrorCodeInfo>;

/** Every error code, with its default English message, HTTP status and retryable flag. */
export const INVITE_ERROR_CODES: Readonly<Record<keyof typeof CATALOG, Readonly<InviteErrorCodeInfo>>> = CATALOG;

/** Whether `value` is a code from {@link INVITE_ERROR_CODES}. */
export function isInviteErrorCode(value: unknown): value is keyof typeof INVITE_ERROR_CODES {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(INVITE_ERROR_CODES, value);
}
