/**
 * The network side of managing sent invitations: a JSON request that resolves the parsed answer
 * and rejects with an {@link InvitationError} the store understands. Apart from `postJson`, so the
 * send transports carry none of it. Never logs an address.
 * @module
 */
import { InvitationError } from '../core/invitation-error';
import { INVITATION_ERROR_CODES, type InvitationErrorCode } from '../core/invitations';
import { errorFromStatus } from '../core/send-batch';
import type { InviteResultError } from '../core/types';
import { errorFromFetchFailure, type FetchLike, type HeadersOption } from './http';

/** An answer that arrived, its body parsed (`undefined` when empty or not JSON). */
export interface InvitationResponse {
  status: number;
  headers: Headers;
  body: unknown;
  /** The server's clock (its `Date` header), epoch ms. */
  serverTime?: number;
}

/**
 * Sends one JSON request. Resolves any answer that arrived; rejects with an `InvitationError` when
 * none did: `invite.network_error`, `invite.timeout` or `invite.aborted`, all `uncertain` (a POST
 * may have been applied), or `invite.send_failed` (not uncertain) when the host's `headers`
 * function failed before anything left.
 */
export async function requestJson(
  fetchImpl: FetchLike | undefined,
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; headers?: HeadersOption; extraHeaders?: Record<string, string | undefined>; signal: AbortSignal },
): Promise<InvitationResponse> {
  let headers: Headers;
  try {
    headers = new Headers(typeof init.headers === 'function' ? await init.headers() : init.headers);
  } catch {
    throw new InvitationError({ code: 'invite.send_failed', message: 'The request headers could not be made.', retryable: true, uncertain: false });
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  // Every POST says JSON, with a body or without (as WorkOS's SDK does): the kit's routes refuse any other type.
  if (init.method === 'POST' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(init.extraHeaders ?? {})) if (value) headers.set(name, value);
  let response: Response;
  let text: string;
  try {
    response = await (fetchImpl ?? ((input, options) => globalThis.fetch(input, options)))(url, {
      method: init.method,
      headers,
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      signal: init.signal,
    });
    text = await response.text();
  } catch (reason) {
    throw new InvitationError(errorFromFetchFailure(reason, init.signal));
  }
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: a success is then unreadable (see `unreadable`), a failure keeps its status.
  }
  const date = Date.parse(response.headers.get('date') ?? '');
  return { status: response.status, headers: response.headers, body, ...(Number.isFinite(date) && { serverTime: date }) };
}

/**
 * The error of an answer that is not a success: `code` (already in the kit's terms) and `message`
 * from the body when given, else by status (`errorFromStatus`); the catalog's words for the codes
 * of managing invitations; the request id for support.
 */
export function failureOf(response: InvitationResponse, code: string | undefined, message: string | undefined, requestId?: string | null): InvitationError {
  const known = INVITATION_ERROR_CODES[code as InvitationErrorCode];
  const error: InviteResultError = errorFromStatus(response.status, code, message ?? known?.message);
  if (known) error.retryable = known.retryable;
  if (requestId) error.requestId = requestId;
  return new InvitationError(error);
}

/** The error of a 2xx whose body is not what the API sends: the request may have been applied. */
export const unreadable = (response: InvitationResponse, expected: string) =>
  new InvitationError({
    code: 'invite.invalid_response',
    message: `The server answered ${response.status} with something that is not ${expected}.`,
    retryable: true,
    uncertain: true,
    status: response.status,
  });
