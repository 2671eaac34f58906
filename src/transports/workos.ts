/**
 * The transport for WorkOS User Management invitations (seeds/000–002): one
 * `POST /user_management/invitations` per entry.
 *
 * The API key is a server secret: in a browser, point `baseUrl` at your own backend route that
 * adds it, rather than passing `apiKey`.
 * @module
 */
import { INVITATION_LOCALES, matchLocale } from '../core/locales';
import { isSystemRole } from '../core/roles';
import { errorFromStatus } from '../core/send-batch';
import type { InviteErrorCode, InviteSendEntry, InviteSendRequest, Invitation, OnSend, TransportCapabilities } from '../core/types';
import { failure, isRecord, postJson, sendEach, stringField, type FetchLike, type HeadersOption } from './http';

/** What WorkOS accepts: one role per invitation, its 90 locales, 1–30 days (default 7), idempotency keys. */
export const WORKOS_CAPABILITIES: TransportCapabilities = Object.freeze({
  roles: 'one',
  locales: INVITATION_LOCALES,
  expiry: Object.freeze({ unit: 'days', min: 1, max: 30, default: 7 }),
  idempotencyKeys: true,
});

/** Options of {@link createWorkOSTransport}. */
export interface WorkOSTransportOptions {
  /**
   * The API origin, or your backend's proxy route for it.
   * @default 'https://api.workos.com'
   */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer …`. Server-side only: never ship a secret key to a browser. */
  apiKey?: string;
  /** Extra headers, or a function returning them before each request. */
  headers?: HeadersOption;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: FetchLike;
  /**
   * How many invitations are in flight at once.
   * @default 4
   */
  concurrency?: number;
}

/** The body of one WorkOS "send invitation" request; unset fields are left out. */
export interface WorkOSInvitationBody {
  email: string;
  organization_id?: string;
  expires_in_days?: number;
  inviter_user_id?: string;
  role_slug?: string;
  locale?: string;
}

/**
 * WorkOS error codes the kit knows, mapped to its own. Codes not listed fall back to the HTTP
 * status (401 → `authorize.unauthenticated`, 403 → `authorize.forbidden`, 404 →
 * `invite.org_not_found`, 429 → `invite.ip_rate_limited`, 5xx → `invite.send_failed`), with the
 * WorkOS message kept.
 */
export const WORKOS_ERROR_CODES: Readonly<Record<string, InviteErrorCode>> = Object.freeze({
  user_already_organization_member: 'invite.already_member',
  organization_membership_already_exists: 'invite.already_member',
  email_already_invited_to_organization: 'invite.already_pending',
  invitation_already_exists: 'invite.already_pending',
  organization_not_found: 'invite.org_not_found',
  role_not_found: 'invite.invalid_role',
  invalid_role_slug: 'invite.invalid_role',
  unauthorized: 'authorize.unauthenticated',
  rate_limit_exceeded: 'invite.ip_rate_limited',
});

/** The one role WorkOS receives: the entry's system role, else its first slug. */
const oneRole = (roleSlugs: readonly string[]) => roleSlugs.find(isSystemRole) ?? roleSlugs[0];

/** The WorkOS request body for one entry. */
export function workosInvitationBody(entry: InviteSendEntry, request: Omit<InviteSendRequest, 'entries'>): WorkOSInvitationBody {
  const body: WorkOSInvitationBody = { email: entry.email };
  if (request.organizationId) body.organization_id = request.organizationId;
  if (request.expiresInDays !== undefined) body.expires_in_days = request.expiresInDays;
  if (request.inviterUserId) body.inviter_user_id = request.inviterUserId;
  const role = oneRole(entry.roleSlugs);
  if (role) body.role_slug = role;
  // A tag WorkOS does not list would be a 422: send its best match, or nothing (its default).
  const locale = request.locale ? matchLocale(request.locale, INVITATION_LOCALES) : undefined;
  if (locale) body.locale = locale;
  return body;
}

/** Picks the kit code for a WorkOS error body: its `code`, then a field error in `errors[]`. */
function codeFromWorkOS(status: number, body: unknown): string | undefined {
  const code = stringField(body, 'code') ?? stringField(body, 'error');
  if (code && WORKOS_ERROR_CODES[code]) return WORKOS_ERROR_CODES[code];
  if (code && /already/.test(code)) return /member/.test(code) ? 'invite.already_member' : 'invite.already_pending';
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord) : [];
  for (const e of errors) {
    const about = `${stringField(e, 'field') ?? ''} ${stringField(e, 'code') ?? ''}`;
    if (/email/.test(about)) return 'invite.invalid_email';
    if (/role/.test(about)) return 'invite.invalid_role';
    if (/expires/.test(about)) return 'invite.invalid_expiry';
  }
  // A bare 409 on create means the address is already taken by a member or an invitation.
  if (status === 409) return code && /invit/.test(code) ? 'invite.already_pending' : 'invite.already_member';
  return code;
}

/** Reads a WorkOS invitation object. */
function invitationFromWorkOS(value: unknown, roleSlug: string | undefined): Invitation | undefined {
  const id = stringField(value, 'id');
  const email = stringField(value, 'email');
  if (!id || !email) return undefined;
  const invitation: Invitation = { id, email };
  const state = stringField(value, 'state');
  const expiresAt = stringField(value, 'expires_at');
  const createdAt = stringField(value, 'created_at');
  if (state) invitation.state = state;
  if (roleSlug) invitation.roleSlugs = [roleSlug];
  if (expiresAt) invitation.expiresAt = expiresAt;
  if (createdAt) invitation.createdAt = createdAt;
  return invitation;
}

/**
 * An `onSend` for WorkOS: one `POST {baseUrl}/user_management/invitations` per entry, at most
 * `concurrency` at once, each with the entry's own `Idempotency-Key`.
 *
 * Body: `email`, `organization_id`, `expires_in_days`, `inviter_user_id`, `role_slug` (exactly one:
 * the entry's system role), `locale` (the request's locale matched to WorkOS's list, omitted when
 * nothing matches); unset fields are left out. Errors (`{ code, message, errors? }`) are mapped with
 * {@link WORKOS_ERROR_CODES}, then by status; WorkOS's `X-Request-ID` becomes `requestId`.
 *
 * @example
 * // On your server:
 * const onSend = createWorkOSTransport({ apiKey: process.env.WORKOS_API_KEY });
 */
export function createWorkOSTransport(options: WorkOSTransportOptions = {}): OnSend {
  const { baseUrl = 'https://api.workos.com', apiKey, concurrency = 4 } = options;
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/user_management/invitations`;
  const send: OnSend = async ({ entries, ...request }, context) =>
    sendEach(entries, concurrency, context.signal, async (entry) => {
      const body = workosInvitationBody(entry, request);
      const outcome = await postJson(options.fetch, endpoint, body, {
        ...(options.headers !== undefined && { headers: options.headers }),
        extraHeaders: {
          'Idempotency-Key': entry.idempotencyKey,
          ...(apiKey && { Authorization: `Bearer ${apiKey}` }),
        },
        signal: context.signal,
      });
      if ('error' in outcome) return failure(entry.email, outcome.error);
      const { status, body: answer, headers, retryAfterMs } = outcome.response;
      if (status >= 200 && status < 300) {
        const invitation = invitationFromWorkOS(answer, body.role_slug);
        return invitation ? { email: entry.email, success: true, invitation } : { email: entry.email, success: true };
      }
      const error = errorFromStatus(status, codeFromWorkOS(status, answer), stringField(answer, 'message'), retryAfterMs);
      const requestId = headers.get('x-request-id');
      if (requestId) error.requestId = requestId;
      return failure(entry.email, error);
    });
  return Object.assign(send, { capabilities: WORKOS_CAPABILITIES });
}
