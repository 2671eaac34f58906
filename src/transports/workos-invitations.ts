/**
 * Managing WorkOS User Management invitations: list, get, resend and revoke, with the request
 * shapes of `@workos-inc/node` (`listInvitations`, `getInvitation`, `resendInvitation`,
 * `revokeInvitation`). Apart from `createWorkOSTransport`, so sending carries none of it.
 *
 * The API key is a server secret: in a browser, point `baseUrl` at your own backend (a
 * `createInviteHandler` with `invitations: createWorkOSInvitations(…)` serves the kit's routes).
 * @module
 */
import { isRecord } from '../core/guards';
import { INVITATION_LOCALES, matchLocale } from '../core/locales';
import type { Invitation, InvitationCallContext, InvitationCapabilities, InvitationsTransport } from '../core/types';
import { stringField } from './http';
import { failureOf, requestJson, unreadable, type InvitationResponse } from './invitation-http';
import type { WorkOSTransportOptions } from './workos';

/**
 * What WorkOS can do: list (cursor pages of at most 100), resend a pending invitation, revoke one.
 * WorkOS resends only pending invitations, so an expired one is re-invited with a new invitation;
 * it documents no new expiry on resend.
 */
export const WORKOS_INVITATION_CAPABILITIES: InvitationCapabilities = Object.freeze({ list: true, resend: true, revoke: true });

/**
 * WorkOS's error codes for these calls (its OpenAPI specification), in the kit's terms. A 404 is
 * the invitation not found; 401/403 with the server's own key is its configuration.
 */
export const WORKOS_INVITATION_ERROR_CODES: Readonly<Record<string, string>> = Object.freeze({
  invite_not_pending: 'invite.not_pending',
  invite_expired: 'invite.invitation_expired',
  invite_revoked: 'invite.invitation_revoked',
  invite_accepted: 'invite.invitation_accepted',
  email_domain_not_deliverable: 'invite.invalid_email',
  rate_limit_exceeded: 'invite.ip_rate_limited',
});

/** Options of {@link createWorkOSInvitations}: those of `createWorkOSTransport`, without `concurrency`. */
export type WorkOSInvitationsOptions = Omit<WorkOSTransportOptions, 'concurrency'>;

/** Reads a WorkOS invitation object (`UserlandUserInvite`) into the kit's {@link Invitation}. */
export function invitationFromWorkOS(value: unknown): Invitation | undefined {
  const id = stringField(value, 'id');
  const email = stringField(value, 'email');
  if (!id || !email || stringField(value, 'object') !== 'invitation') return undefined;
  const invitation: Invitation = { id, email };
  const fields = [
    ['state', 'state'],
    ['expiresAt', 'expires_at'],
    ['createdAt', 'created_at'],
    ['acceptedAt', 'accepted_at'],
    ['revokedAt', 'revoked_at'],
    ['organizationId', 'organization_id'],
    ['acceptUrl', 'accept_invitation_url'],
  ] as const;
  for (const [key, field] of fields) {
    const text = stringField(value, field);
    if (text) invitation[key] = text;
  }
  const role = stringField(value, 'role_slug');
  if (role) invitation.roleSlugs = [role];
  const inviter = stringField(value, 'inviter_user_id');
  if (inviter) invitation.inviter = { id: inviter };
  return invitation;
}

/**
 * An {@link InvitationsTransport} for WorkOS:
 * - `list`: `GET /user_management/invitations?organization_id=…&limit=…&after=…&order=desc` (the
 *   SDK's query, newest first), `list_metadata.after` the next cursor;
 * - `get`: `GET /user_management/invitations/{id}`;
 * - `resend`: `POST /user_management/invitations/{id}/resend` with `{ locale }` when the
 *   invitation's locale is known (matched to WorkOS's list; WorkOS does not return it, so the kit
 *   sends the one it knows), else `{}`;
 * - `revoke`: `POST /user_management/invitations/{id}/revoke`.
 * POSTs carry the action's `Idempotency-Key`. Errors map with {@link WORKOS_INVITATION_ERROR_CODES},
 * then by status; `X-Request-ID` becomes `requestId`. Rejects with an `InvitationError`.
 *
 * @throws TypeError at creation, when there is no `apiKey` and nothing else (`baseUrl`, `headers`)
 *   says where credentials come from.
 * @example
 * // On your server, behind the kit's routes:
 * createInviteHandler({ onSend: createWorkOSTransport({ apiKey }), invitations: createWorkOSInvitations({ apiKey }), authorize });
 */
export function createWorkOSInvitations(options: WorkOSInvitationsOptions = {}): Required<InvitationsTransport> {
  const { baseUrl, apiKey } = options;
  if (!apiKey && baseUrl === undefined && options.headers === undefined) {
    throw new TypeError('createWorkOSInvitations: no apiKey (is WORKOS_API_KEY set?). On a server pass { apiKey }; in a browser { baseUrl } of your route that adds it.');
  }
  const endpoint = `${(baseUrl ?? 'https://api.workos.com').replace(/\/+$/, '')}/user_management/invitations`;

  const call = async (path: string, method: 'GET' | 'POST', context: InvitationCallContext, body?: unknown) => {
    const response = await requestJson(options.fetch, endpoint + path, {
      method,
      ...(body !== undefined && { body }),
      ...(options.headers !== undefined && { headers: options.headers }),
      extraHeaders: { Authorization: apiKey && `Bearer ${apiKey}`, 'Idempotency-Key': method === 'POST' ? context.idempotencyKey : undefined },
      signal: context.signal,
    });
    if (response.status >= 200 && response.status < 300) return response;
    const said = stringField(response.body, 'code');
    const code =
      (said && WORKOS_INVITATION_ERROR_CODES[said]) ||
      (response.status === 404 ? 'invite.invitation_not_found' : (response.status === 401 || response.status === 403) && apiKey ? 'invite.server_misconfigured' : said);
    // WorkOS's words about the server's own key are for its logs, not for the person.
    throw failureOf(response, code, code === 'invite.server_misconfigured' ? undefined : stringField(response.body, 'message'), response.headers.get('x-request-id'));
  };
  const invitation = (response: InvitationResponse) => {
    const found = invitationFromWorkOS(response.body);
    if (!found) throw unreadable(response, 'a WorkOS invitation object');
    return found;
  };
  const path = (id: string, verb = '') => `/${encodeURIComponent(id)}${verb}`;

  return {
    capabilities: WORKOS_INVITATION_CAPABILITIES,
    list: async (query, context) => {
      // The SDK's order of parameters, so the two send the same query.
      const params = new URLSearchParams();
      const organizationId = query.organizationId ?? context.organizationId;
      if (query.email) params.set('email', query.email);
      if (organizationId) params.set('organization_id', organizationId);
      if (query.limit !== undefined) params.set('limit', String(Math.min(100, Math.max(1, query.limit))));
      if (query.cursor) params.set('after', query.cursor);
      params.set('order', 'desc');
      const response = await call(`?${params}`, 'GET', context);
      const { body } = response;
      if (!isRecord(body) || !Array.isArray(body.data)) throw unreadable(response, 'a WorkOS list');
      const after = isRecord(body.list_metadata) ? stringField(body.list_metadata, 'after') : undefined;
      return {
        invitations: body.data.flatMap((item) => {
          const found = invitationFromWorkOS(item);
          return found ? [found] : [];
        }),
        ...(after && { nextCursor: after }),
        ...(response.serverTime !== undefined && { serverTime: response.serverTime }),
      };
    },
    get: async (id, context) => {
      try {
        return invitation(await call(path(id), 'GET', context));
      } catch (error) {
        if ((error as { code?: string }).code === 'invite.invitation_not_found') return undefined;
        throw error;
      }
    },
    resend: async (target, context) => {
      const locale = target.locale ? matchLocale(target.locale, INVITATION_LOCALES) : undefined;
      return invitation(await call(path(target.id, '/resend'), 'POST', context, locale ? { locale } : {}));
    },
    // No body, as the SDK sends it.
    revoke: async (target, context) => invitation(await call(path(target.id, '/revoke'), 'POST', context)),
  };
}
