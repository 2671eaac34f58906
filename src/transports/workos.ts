/**
 * The transport for WorkOS User Management invitations (seeds/000–002): one
 * `POST /user_management/invitations` per entry.
 *
 * The API key is a server secret: in a browser, point `baseUrl` at your own backend route that
 * adds it, rather than passing `apiKey`.
 * @module
 */
import { isInviteErrorCode } from '../core/error-codes';
import { INVITATION_LOCALES, matchLocale } from '../core/locales';
import { createInviteError, errorFromStatus } from '../core/send-batch';
import type { InviteErrorCode, InviteSendEntry, InviteSendRequest, Invitation, OnSend, TransportCapabilities } from '../core/types';
import { failure, isRecord, postJson, sendEach, stringField, unexpectedAnswer, type FetchLike, type HeadersOption } from './http';

/** What WorkOS accepts: one role per invitation, its 90 locales, 1–30 days (default 7), idempotency keys. */
export const WORKOS_CAPABILITIES: TransportCapabilities = Object.freeze({
  roles: 'one',
  locales: INVITATION_LOCALES,
  expiry: Object.freeze({ unit: 'days', min: 1, max: 30, default: 7 }),
  idempotencyKeys: true,
});

const WORKOS_API = 'https://api.workos.com';

/** Options of {@link createWorkOSTransport}. */
export interface WorkOSTransportOptions {
  /**
   * The API origin, or your backend's proxy route for it (then no `apiKey`: the proxy adds it).
   * @default 'https://api.workos.com'
   */
  baseUrl?: string | undefined;
  /**
   * Sent as `Authorization: Bearer …`. Server-side only: never ship a secret key to a browser.
   * Required unless `baseUrl` or `headers` say where the credentials come from: without it WorkOS
   * refuses every request, so the transport refuses to be created.
   */
  apiKey?: string | undefined;
  /** Extra headers, or a function returning them before each request. */
  headers?: HeadersOption | undefined;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: FetchLike | undefined;
  /**
   * How many invitations are in flight at once.
   * @default 4
   */
  concurrency?: number | undefined;
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
 * The error codes WorkOS documents for `POST /user_management/invitations` (its OpenAPI
 * specification), mapped to the kit's. Others fall back to the HTTP status, WorkOS's message kept;
 * `organization_blocked_from_sending_invites` stays as it is (terminal, WorkOS's message).
 * `user_already_exists` means the person has an account (an invitation outside an organization):
 * nothing is pending, so it is `already_member`, never `already_pending`.
 */
export const WORKOS_ERROR_CODES: Readonly<Record<string, InviteErrorCode>> = Object.freeze({
  user_already_organization_member: 'invite.already_member',
  user_already_exists: 'invite.already_member',
  email_already_invited_to_organization: 'invite.already_pending',
  email_already_invited: 'invite.already_pending',
  expires_in_days_too_short: 'invite.invalid_expiry',
  expires_in_days_too_long: 'invite.invalid_expiry',
  invalid_role: 'invite.invalid_role',
  email_domain_not_deliverable: 'invite.invalid_email',
  rate_limit_exceeded: 'invite.ip_rate_limited',
});

// The field of a 422 `errors[]` item (by its first word), to the kit's code.
const FIELD_CODES: Readonly<Record<string, InviteErrorCode>> = {
  email: 'invite.invalid_email',
  role: 'invite.invalid_role',
  expires: 'invite.invalid_expiry',
  organization: 'invite.invalid_org_id',
};

/** The days the request asks for: `expiresInDays`, or `expiresInMinutes` when they make whole days; `NaN` when they do not. */
const expiresInDays = (request: Omit<InviteSendRequest, 'entries'>) => {
  const { expiresInDays: days, expiresInMinutes: minutes } = request;
  return days ?? (minutes === undefined ? undefined : minutes % 1440 ? NaN : minutes / 1440);
};

/**
 * The WorkOS request body for one entry. `role_slug` is the entry's one role (an entry with
 * several never reaches this: WorkOS takes one); `expires_in_days` also comes from a whole number
 * of days given as `expiresInMinutes` (WorkOS itself checks the range: `expires_in_days_too_*`).
 */
export function workosInvitationBody(entry: InviteSendEntry, request: Omit<InviteSendRequest, 'entries'>): WorkOSInvitationBody {
  const body: WorkOSInvitationBody = { email: entry.email };
  if (request.organizationId) body.organization_id = request.organizationId;
  const days = expiresInDays(request);
  if (days !== undefined) body.expires_in_days = days;
  if (request.inviterUserId) body.inviter_user_id = request.inviterUserId;
  if (entry.roleSlugs[0]) body.role_slug = entry.roleSlugs[0];
  // A tag WorkOS does not list would be a 422: send its best match, or nothing (its default).
  const locale = request.locale ? matchLocale(request.locale, INVITATION_LOCALES) : undefined;
  if (locale) body.locale = locale;
  return body;
}

/** Picks the code for a WorkOS error body: its documented `code`, a kit code, then a 422 field error. */
function codeFromWorkOS(status: number, body: unknown, holdsKey: boolean): string | undefined {
  const code = stringField(body, 'code');
  if (code && WORKOS_ERROR_CODES[code]) return WORKOS_ERROR_CODES[code];
  // WorkOS refusing the server's own key is the server's problem, never the person's session;
  // behind a backend route, a 401/403 is the route's session check (its status, or a kit code).
  if (status === 401 || status === 403) return holdsKey ? 'invite.server_misconfigured' : isInviteErrorCode(code) ? code : undefined;
  // A backend route in front of WorkOS may answer with the kit's own codes (`invite.already_pending` …).
  if (isInviteErrorCode(code)) return code;
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord) : [];
  for (const e of errors) {
    const found = FIELD_CODES[/^[a-z]+/.exec(stringField(e, 'field') ?? '')?.[0] ?? ''];
    if (found) return found;
  }
  // WorkOS documents one 404 here, "Organization not found"; any other 404 is a wrong URL or id
  // the server chose (inviter, base URL).
  if (status === 404) return /organi[sz]ation/i.test(stringField(body, 'message') ?? '') ? 'invite.org_not_found' : 'invite.server_misconfigured';
  return code;
}

/** Reads a WorkOS invitation object, or `undefined` when the answer is not one. */
function invitationFromWorkOS(value: unknown, roleSlug: string | undefined): Invitation | undefined {
  const id = stringField(value, 'id');
  const email = stringField(value, 'email');
  if (!id || !email || stringField(value, 'object') !== 'invitation') return undefined;
  const invitation: Invitation = { id, email };
  const state = stringField(value, 'state');
  const expiresAt = stringField(value, 'expires_at');
  const createdAt = stringField(value, 'created_at');
  const role = stringField(value, 'role_slug') ?? roleSlug;
  if (state) invitation.state = state;
  if (role) invitation.roleSlugs = [role];
  if (expiresAt) invitation.expiresAt = expiresAt;
  if (createdAt) invitation.createdAt = createdAt;
  return invitation;
}

/**
 * An `onSend` for WorkOS: one `POST {baseUrl}/user_management/invitations` per entry, at most
 * `concurrency` at once, each with the entry's own `Idempotency-Key`.
 *
 * Body: `email`, `organization_id`, `expires_in_days`, `inviter_user_id`, `role_slug`, `locale`
 * (matched to WorkOS's list, omitted when nothing matches); unset fields are left out. Nothing the
 * host asked for is dropped: an entry with several roles is `invite.roles_not_supported`, and a
 * lifetime WorkOS cannot take (not a whole number of days in 1–30) is `invite.invalid_expiry`,
 * both without a request. A success needs WorkOS's invitation object; any other 2xx is
 * `invite.invalid_response`. Errors map with {@link WORKOS_ERROR_CODES}, then by status (with
 * `apiKey`, a 401/403 is `invite.server_misconfigured`); `X-Request-ID` becomes `requestId`.
 *
 * @throws TypeError at creation, when there is no `apiKey` and nothing else (`baseUrl`, `headers`)
 *   says where credentials come from.
 * @example
 * // On your server:
 * const onSend = createWorkOSTransport({ apiKey: process.env.WORKOS_API_KEY });
 */
export function createWorkOSTransport(options: WorkOSTransportOptions = {}): OnSend {
  const { baseUrl, apiKey, concurrency = 4 } = options;
  if (!apiKey && baseUrl === undefined && options.headers === undefined) {
    throw new TypeError('createWorkOSTransport: no apiKey (is WORKOS_API_KEY set?). On a server pass { apiKey }; in a browser { baseUrl } of your route that adds it.');
  }
  const endpoint = `${(baseUrl ?? WORKOS_API).replace(/\/+$/, '')}/user_management/invitations`;
  const send: OnSend = async ({ entries, ...request }, context) => {
    const days = expiresInDays(request);
    return sendEach(entries, concurrency, context.signal, async (entry) => {
      // Refused here, unsent: WorkOS takes whole days and one role_slug.
      const refused = Number.isNaN(days) ? 'invite.invalid_expiry' : entry.roleSlugs.length > 1 ? 'invite.roles_not_supported' : undefined;
      if (refused) return failure(entry.email, createInviteError(refused, { uncertain: false }));
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
      const response = outcome.response;
      const { status, body: answer, headers, retryAfterMs } = response;
      const requestId = headers.get('x-request-id');
      if (status >= 200 && status < 300) {
        const invitation = invitationFromWorkOS(answer, body.role_slug);
        return invitation
          ? { email: entry.email, success: true, invitation }
          : failure(entry.email, unexpectedAnswer('createWorkOSTransport', endpoint, response, 'a WorkOS invitation object'));
      }
      const code = codeFromWorkOS(status, answer, Boolean(apiKey));
      // WorkOS's words about the server's own key or URL are for its logs, not for the person; where
      // the catalog's would mislead (an account, not a member), the kit says it.
      const message =
        code === 'invite.server_misconfigured'
          ? undefined
          : stringField(answer, 'code') === 'user_already_exists'
            ? 'This person already has an account.'
            : stringField(answer, 'message');
      const error = errorFromStatus(status, code, message, retryAfterMs);
      if (requestId) error.requestId = requestId;
      return failure(entry.email, error);
    });
  };
  return Object.assign(send, { capabilities: WORKOS_CAPABILITIES });
}
