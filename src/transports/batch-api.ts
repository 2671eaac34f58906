/**
 * The transport for the batch invitations API (seeds/004): one `POST` of up to 20 entries, one
 * `invite_result` per entry back. `createInviteHandler` speaks the same format.
 * @module
 */
import { isInviteErrorCode } from '../core/error-codes';
import { createInviteError, errorFromStatus } from '../core/send-batch';
import type {
  InviteResult,
  InviteResultError,
  InviteSendEntry,
  InviteSendRequest,
  Invitation,
  InvitationInviter,
  OnSend,
  TransportCapabilities,
} from '../core/types';
import { failure, isRecord, postJson, stringField, unexpectedAnswer, type FetchLike, type HeadersOption } from './http';

/** What the batch API accepts: several roles per entry, no locale, no expiry, idempotency keys. */
export const BATCH_API_CAPABILITIES: TransportCapabilities = Object.freeze({ roles: 'many', idempotencyKeys: true });

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Reads a capabilities description (what `createInviteHandler` serves, or any JSON) into a frozen
 * {@link TransportCapabilities}, or `undefined` when it is not one. Unknown fields are dropped.
 * @example readCapabilities(await (await fetch('/api/invitations/capabilities')).json())
 */
export function readCapabilities(value: unknown): TransportCapabilities | undefined {
  if (!isRecord(value) || !['many', 'one', 'none'].includes(value.roles as string) || typeof value.idempotencyKeys !== 'boolean') return undefined;
  const out: TransportCapabilities = { roles: value.roles as TransportCapabilities['roles'], idempotencyKeys: value.idempotencyKeys };
  const { locales, expiry } = value;
  if (locales !== undefined) {
    if (!Array.isArray(locales) || !locales.every((tag) => typeof tag === 'string')) return undefined;
    out.locales = Object.freeze([...locales]);
  }
  if (expiry !== undefined) {
    if (!isRecord(expiry) || (expiry.unit !== 'days' && expiry.unit !== 'minutes')) return undefined;
    const { min, max, default: initial } = expiry;
    if (!isNumber(min) || !isNumber(max) || !isNumber(initial) || !(min <= initial && initial <= max)) return undefined;
    out.expiry = Object.freeze({ unit: expiry.unit, min, max, default: initial });
  }
  return Object.freeze(out);
}

/** Options of {@link fetchInviteCapabilities}. */
export interface FetchInviteCapabilitiesOptions {
  /** Extra headers (credentials …), or a function returning them. */
  headers?: HeadersOption | undefined;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  /** Aborts the request (a component that unmounts). */
  signal?: AbortSignal | undefined;
}

/**
 * Asks a `createInviteHandler` what the API behind it accepts (`GET …/capabilities`), for a
 * single-page app to pass to `createBatchApiTransport({ capabilities })`. Rejects with an `Error`
 * saying what came back when the answer is not a capabilities description.
 * @example
 * const capabilities = await fetchInviteCapabilities('/api/orgs/org_1/invitations/capabilities');
 * const onSend = createBatchApiTransport({ url: '/api/orgs/org_1/invitations', capabilities });
 */
export async function fetchInviteCapabilities(url: string, options: FetchInviteCapabilitiesOptions = {}): Promise<TransportCapabilities> {
  const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
  headers.set('accept', 'application/json');
  const response = await (options.fetch ?? globalThis.fetch)(url, { headers, ...(options.signal && { signal: options.signal }) });
  const text = await response.text();
  let found: TransportCapabilities | undefined;
  try {
    found = response.ok ? readCapabilities(JSON.parse(text)) : undefined;
  } catch {
    // Not JSON: reported below.
  }
  if (!found) {
    throw new Error(`fetchInviteCapabilities: GET ${url.split('?')[0]} answered ${response.status} ${response.headers.get('content-type') ?? ''}, not a capabilities description.`);
  }
  return found;
}

/** Options of {@link createBatchApiTransport}. */
export interface BatchApiTransportOptions {
  /**
   * Where to POST: a URL, or a function of the request (to put the organization in the path).
   * @example (request) => `/api/orgs/${request.organizationId}/invitations`
   */
  url: string | URL | ((request: InviteSendRequest) => string | URL);
  /** Extra headers (credentials, CSRF token …), or a function returning them before each request. */
  headers?: HeadersOption | undefined;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: FetchLike | undefined;
  /**
   * What the server's API accepts, when it is a `createInviteHandler` in front of another API
   * (WorkOS: one role, 90 locales, days): its `handler.capabilities`, passed down from a server
   * component, or what {@link fetchInviteCapabilities} read. The dialog then offers exactly that.
   * @default BATCH_API_CAPABILITIES (several roles, no locale, no expiry, idempotency keys)
   */
  capabilities?: TransportCapabilities | undefined;
}

/**
 * One entry as the batch API reads it: seeds/004's `email` and `role_slugs`, plus the kit's
 * documented extensions, sent only when set and read by `createInviteHandler`: the person's
 * display `name` (for APIs that take one, such as Stytch), and the request's `locale` and lifetime
 * (`expires_in_days` or `expires_in_minutes`), the same on every entry of one request.
 */
export interface BatchApiEntry {
  email: string;
  role_slugs: string[];
  name?: string;
  locale?: string;
  expires_in_days?: number;
  expires_in_minutes?: number;
}

/**
 * One invitation as the batch API writes it. The fields after `created_at` are the kit's
 * extension of seeds/004, written by `createInviteHandler` when the API behind it knows them.
 */
export interface BatchApiInvitation {
  object: 'invitation';
  id: string;
  email: string;
  state: string;
  role_slugs: string[];
  expires_at: string;
  created_at: string;
  accepted_at?: string;
  revoked_at?: string;
  organization_id?: string;
  inviter_user_id?: string;
  inviter_email?: string;
  inviter_name?: string;
  locale?: string;
  /** Only for callers who may resend the invitation (the privilege rule). */
  accept_invitation_url?: string;
}

/** One per-entry result as the batch API writes it; `error` is `''` on success, else a code. */
export interface BatchApiResult {
  object: 'invite_result';
  email: string;
  success: boolean;
  invitation?: BatchApiInvitation;
  error: string;
}

// The string fields of the wire's invitation, by the kit's name.
const WIRE_FIELDS = [
  ['state', 'state'],
  ['expiresAt', 'expires_at'],
  ['createdAt', 'created_at'],
  ['acceptedAt', 'accepted_at'],
  ['revokedAt', 'revoked_at'],
  ['organizationId', 'organization_id'],
  ['locale', 'locale'],
  ['acceptUrl', 'accept_invitation_url'],
] as const;

/** Reads an `invitation` object of the wire format into the kit's camel-cased {@link Invitation}. */
export function invitationFromWire(value: unknown): Invitation | undefined {
  const id = stringField(value, 'id');
  const email = stringField(value, 'email');
  if (!id || !email || !isRecord(value)) return undefined;
  const invitation: Invitation = { id, email };
  if (Array.isArray(value.role_slugs)) invitation.roleSlugs = value.role_slugs.filter((s): s is string => typeof s === 'string');
  for (const [key, field] of WIRE_FIELDS) {
    const text = stringField(value, field);
    if (text) (invitation as unknown as Record<string, string>)[key] = text;
  }
  const inviter: InvitationInviter = {};
  for (const key of ['id', 'email', 'name'] as const) {
    const text = stringField(value, key === 'id' ? 'inviter_user_id' : `inviter_${key}`);
    if (text) inviter[key] = text;
  }
  if (Object.keys(inviter).length > 0) invitation.inviter = inviter;
  return invitation;
}

const RATE_LIMITED = new Set<string>(['invite.ip_rate_limited', 'invite.org_rate_limited']);

/**
 * Reads one `invite_result` into an {@link InviteResult}; `undefined` when it is malformed (the
 * send loop then reports the entry as `invite.invalid_response`). The error string is a code: its
 * message and retryable flag come from the catalog. `retryAfterMs` is the response's `Retry-After`,
 * applied to rate-limited entries.
 */
export function resultFromWire(value: unknown, retryAfterMs?: number): InviteResult | undefined {
  if (!isRecord(value) || typeof value.email !== 'string' || typeof value.success !== 'boolean') return undefined;
  const email = value.email;
  if (value.success) {
    const invitation = invitationFromWire(value.invitation);
    return invitation ? { email, success: true, invitation } : { email, success: true };
  }
  const code = typeof value.error === 'string' && value.error ? value.error : 'invite.send_failed';
  // The server answered for this entry: that is a definite outcome, not an "it may have been sent".
  const error: InviteResultError = isInviteErrorCode(code)
    ? createInviteError(code, { uncertain: false })
    : { code, message: 'The invitation was not sent.', retryable: false, uncertain: false };
  if (retryAfterMs !== undefined && RATE_LIMITED.has(code)) error.retryAfterMs = retryAfterMs;
  return { email, success: false, error };
}

/**
 * The key an `issues[]` item's address is matched on. The server names the address as it was sent
 * (the kit sends normalized addresses), so case and blanks are all that may differ: the email
 * checker (2 kB) stays out of a transport that only needs this. Per-entry results are matched by
 * the send loop, IDN-aware (`emailKey`).
 */
const sentKey = (email: string) => email.trim().toLowerCase();

/** Finds which entry an `issues[]` item names: by index when its address agrees, else by address. */
function issueTarget(issue: Record<string, unknown>, entries: readonly InviteSendEntry[], keys: string[]): number | undefined {
  const email = typeof issue.email === 'string' ? sentKey(issue.email) : undefined;
  const index = issue.index;
  if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < entries.length) {
    if (email === undefined || keys[index] === email) return index;
  }
  if (email === undefined) return undefined;
  const found = keys.indexOf(email);
  return found < 0 ? undefined : found;
}

/**
 * Maps a whole-request error (`{ error: { code, message }, issues? }`) onto every entry. With
 * `issues`, each named entry gets its own code; the others were not sent only because of them, so
 * they come back `invite.send_failed` with the 400 status (retryable by hand, never automatically).
 */
export function resultsFromErrorResponse(
  status: number,
  body: unknown,
  entries: readonly InviteSendEntry[],
  retryAfterMs?: number,
): InviteResult[] {
  const said = isRecord(body) && isRecord(body.error) ? body.error : {};
  const base = errorFromStatus(status, stringField(said, 'code'), stringField(said, 'message'), retryAfterMs);
  const issues = isRecord(body) && Array.isArray(body.issues) ? body.issues.filter(isRecord) : [];
  const keys = entries.map((e) => sentKey(e.email));
  const own = new Map<number, InviteResultError>();
  for (const issue of issues) {
    const target = issueTarget(issue, entries, keys);
    if (target === undefined || own.has(target)) continue;
    own.set(target, errorFromStatus(status, stringField(issue, 'code'), stringField(issue, 'message')));
  }
  const blocked = errorFromStatus(status, 'invite.send_failed', 'Not sent: another invitation in this batch was rejected.');
  return entries.map((entry, i) => failure(entry.email, own.get(i) ?? (own.size > 0 ? blocked : base)));
}

/**
 * An `onSend` for the batch invitations API (seeds/004).
 *
 * Sends `[{ email, role_slugs, name? }]` (plus `locale` and the lifetime when the request has them:
 * see {@link BatchApiEntry}) with the request's `Idempotency-Key`, reads the per-entry
 * `invite_result` array, and maps whole-request errors (400 with `issues`, 401, 403, 404, 409, 429
 * with `Retry-After`, 5xx) onto every entry. Never throws; never logs addresses.
 *
 * @example
 * const onSend = createBatchApiTransport({
 *   url: (request) => `/api/orgs/${request.organizationId}/invitations`,
 *   headers: () => ({ 'X-CSRF-Token': readCsrfToken() }),
 * });
 */
export function createBatchApiTransport(options: BatchApiTransportOptions): OnSend {
  const send = async (request: InviteSendRequest, context: Parameters<OnSend>[1]): Promise<InviteResult[]> => {
    const { entries } = request;
    const url = String(typeof options.url === 'function' ? options.url(request) : options.url);
    const shared = {
      ...(request.locale && { locale: request.locale }),
      ...(request.expiresInDays !== undefined && { expires_in_days: request.expiresInDays }),
      ...(request.expiresInMinutes !== undefined && { expires_in_minutes: request.expiresInMinutes }),
    };
    const body: BatchApiEntry[] = entries.map((e) => ({ email: e.email, role_slugs: [...e.roleSlugs], ...(e.name && { name: e.name }), ...shared }));
    const outcome = await postJson(options.fetch, url, body, {
      ...(options.headers !== undefined && { headers: options.headers }),
      extraHeaders: { 'Idempotency-Key': context.idempotencyKey },
      signal: context.signal,
    });
    if ('error' in outcome) return entries.map((e) => failure(e.email, outcome.error));
    const { status, body: answer, retryAfterMs } = outcome.response;
    if (status >= 200 && status < 300) {
      if (!Array.isArray(answer)) {
        const invalid = unexpectedAnswer('createBatchApiTransport', url, outcome.response, 'an array of invite_result');
        return entries.map((e) => failure(e.email, invalid));
      }
      // Malformed items are left out; the send loop reports their entries as missing.
      return answer.map((item) => resultFromWire(item, retryAfterMs)).filter((r): r is InviteResult => r !== undefined);
    }
    return resultsFromErrorResponse(status, answer, entries, retryAfterMs);
  };
  // Taken as given: it comes from the host's own server (read an untrusted one with readCapabilities).
  return Object.assign(send, { capabilities: options.capabilities ?? BATCH_API_CAPABILITIES });
}

