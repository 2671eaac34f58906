/**
 * Managing sent invitations through the kit's own routes, which `createInviteHandler` serves beside
 * seeds/004's `POST /orgs/{id}/invitations` (a documented extension of that API):
 * - `GET /orgs/{id}/invitations?limit=&after=&email=` → `{ object: 'list', data: [invitation…], list_metadata: { after } }`
 * - `POST /orgs/{id}/invitations/{invitationId}/resend` (body `{ locale? }`) → the invitation
 * - `POST /orgs/{id}/invitations/{invitationId}/revoke` (body `{}`) → the invitation
 * Errors are the send's error body, `{ error: { code, message, requestId } }`, with `invitation`
 * when the server says how it stands now (a 409 for one no longer pending).
 * @module
 */
import { isRecord } from '../core/guards';
import type { Invitation, InvitationCapabilities, InvitationsTransport } from '../core/types';
import { invitationFromWire } from './batch-api';
import { stringField, type FetchLike, type HeadersOption } from './http';
import { failureOf, requestJson, unreadable, type InvitationResponse } from './invitation-http';

/** What the kit's routes do by default: list, resend and revoke (the handler says more in `capabilities.invitations`). */
export const BATCH_API_INVITATION_CAPABILITIES: InvitationCapabilities = Object.freeze({ list: true, resend: true, revoke: true });

/**
 * Reads `capabilities.invitations` of what `GET …/capabilities` answered into an
 * {@link InvitationCapabilities}, or `undefined` when it has none.
 * @example readInvitationCapabilities(await (await fetch('/api/orgs/org_1/invitations/capabilities')).json())
 */
export function readInvitationCapabilities(value: unknown): InvitationCapabilities | undefined {
  const said = isRecord(value) ? value.invitations : undefined;
  if (!isRecord(said) || !['list', 'resend', 'revoke'].every((key) => typeof said[key] === 'boolean')) return undefined;
  const out: InvitationCapabilities = { list: said.list === true, resend: said.resend === true, revoke: said.revoke === true };
  if (said.resendExpired === true) out.resendExpired = true;
  if (said.resendRenews === true) out.resendRenews = true;
  return Object.freeze(out);
}

/** Options of {@link createBatchApiInvitations}. */
export interface BatchApiInvitationsOptions {
  /**
   * The invitations collection: the URL the send posts to. A function gets the organization.
   * @example (organizationId) => `/api/orgs/${organizationId}/invitations`
   */
  url: string | URL | ((organizationId: string | undefined) => string | URL);
  /** Extra headers (credentials, CSRF token …), or a function returning them before each request. */
  headers?: HeadersOption;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: FetchLike;
  /**
   * What the server can do: its `handler.capabilities.invitations`, or what
   * {@link readInvitationCapabilities} read from `GET …/capabilities`.
   * @default BATCH_API_INVITATION_CAPABILITIES
   */
  capabilities?: InvitationCapabilities;
}

/** Reads an answer of the kit's routes: the body on success, else an `InvitationError` with the server's code, message, request id and the invitation's state now. */
function read(response: InvitationResponse): unknown {
  const { status, body } = response;
  if (status >= 200 && status < 300) return body;
  const said = isRecord(body) && isRecord(body.error) ? body.error : {};
  const error = failureOf(response, stringField(said, 'code'), stringField(said, 'message'), stringField(said, 'requestId') ?? response.headers.get('x-request-id'));
  const invitation = isRecord(body) ? invitationFromWire(body.invitation) : undefined;
  if (invitation) error.invitation = invitation;
  throw error;
}

/**
 * Lists, resends and revokes sent invitations through `createInviteHandler`'s routes (see the
 * module). Pass it to `useInvitations` / `InvitationList` beside `createBatchApiTransport` for the
 * dialog. Each call rejects with an `InvitationError` (network failures `uncertain`); never logs
 * addresses.
 * @example
 * const invitations = createBatchApiInvitations({
 *   url: (organizationId) => `/api/orgs/${organizationId}/invitations`,
 *   headers: () => ({ 'X-CSRF-Token': readCsrfToken() }),
 * });
 */
export function createBatchApiInvitations(
  options: BatchApiInvitationsOptions,
): Required<Pick<InvitationsTransport, 'list' | 'resend' | 'revoke'>> & { capabilities: InvitationCapabilities } {
  const base = (organizationId: string | undefined) =>
    String(typeof options.url === 'function' ? options.url(organizationId) : options.url).replace(/\/+$/, '');
  const send = (url: string, method: 'GET' | 'POST', signal: AbortSignal, body?: unknown, key?: string) =>
    requestJson(options.fetch, url, {
      method,
      ...(body !== undefined && { body }),
      ...(options.headers !== undefined && { headers: options.headers }),
      extraHeaders: { 'Idempotency-Key': key },
      signal,
    });
  const invitation = (response: InvitationResponse): Invitation => {
    const found = invitationFromWire(read(response));
    if (!found) throw unreadable(response, 'an invitation');
    return found;
  };
  const act = (verb: 'resend' | 'revoke') => async (target: { id: string; locale?: string }, context: Parameters<NonNullable<InvitationsTransport['revoke']>>[1]) =>
    invitation(
      await send(
        `${base(context.organizationId)}/${encodeURIComponent(target.id)}/${verb}`,
        'POST',
        context.signal,
        verb === 'resend' && target.locale ? { locale: target.locale } : {},
        context.idempotencyKey,
      ),
    );

  return {
    capabilities: options.capabilities ?? BATCH_API_INVITATION_CAPABILITIES,
    list: async (query, context) => {
      const params = new URLSearchParams();
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      if (query.cursor) params.set('after', query.cursor);
      if (query.email) params.set('email', query.email);
      const search = params.toString();
      const response = await send(`${base(query.organizationId ?? context.organizationId)}${search && `?${search}`}`, 'GET', context.signal);
      const body = read(response);
      if (!isRecord(body) || !Array.isArray(body.data)) throw unreadable(response, 'a list of invitations');
      const after = isRecord(body.list_metadata) ? stringField(body.list_metadata, 'after') : undefined;
      return {
        invitations: body.data.flatMap((item) => {
          const found = invitationFromWire(item);
          return found ? [found] : [];
        }),
        ...(after && { nextCursor: after }),
        ...(response.serverTime !== undefined && { serverTime: response.serverTime }),
      };
    },
    resend: act('resend'),
    revoke: act('revoke'),
  };
}
