/**
 * The batch invitations API (seeds/004) as a Fetch-standard handler: `(Request) => Promise<Response>`.
 * Runs in any runtime with `Request`/`Response` (Node 20, Deno, Bun, workers, Next.js route handlers).
 *
 * Safe by default: no `authorize`, no handler; JSON bodies only (so a cross-site form cannot post
 * one); the body is read as a stream and cut at `maxBodyBytes`; `authorize` and the body have time
 * limits; nothing internal reaches the client, only a code, a generic message and a request id.
 * @module
 */
import { emailKey, normalizeEmail } from '../core/email';
import { INVITE_ERROR_CODES, isInviteErrorCode } from '../core/error-codes';
import {
  INVITATION_ERROR_CODES,
  checkInvitationAction,
  invitationTimeline,
  readInvitation,
  toInvitationFailure,
  type InvitationErrorCode,
} from '../core/invitations';
import { resolveRoleSlugs, roleGuard } from '../core/roles';
import { validateInviteBatch } from '../core/rules';
import { sendInviteRequest } from '../core/send-batch';
import type {
  InviteCaller,
  InviteErrorCode,
  InviteIssue,
  InvitePolicy,
  InviteResult,
  InviteResultError,
  InviteSendRequest,
  Invitation,
  InvitationCallContext,
  InvitationCapabilities,
  InvitationsTransport,
  OnSend,
  TransportCapabilities,
} from '../core/types';
import type { BatchApiInvitation, BatchApiResult } from '../transports/batch-api';

// Read only as `process.env.NODE_ENV`, which bundlers replace at build time; typed here so the kit
// needs no Node types (a runtime without `process` throws, and every reader catches that).
declare const process: { env: { NODE_ENV?: string } };

/** What `authorize` learned about the caller. */
export interface InviteAuthorization {
  /** Who is inviting: turns on the self-invite guard and, with `roleSlugs`, the privilege guard. */
  caller?: InviteCaller;
  /** A stable id of the person inviting (your user id), for {@link InviteAuditEvent}; never an address. */
  callerId?: string;
  /**
   * The API key that authenticated the request (seeds/004). An `organization` key skips the
   * privilege guard (its minting admin granted `member:invite` at any level), sends no inviter, and
   * is recorded by its id. A `personal` key acts for its user (`caller`, `callerId`), and the request
   * must name the organization in `X-Org-ID`, matching the path.
   */
  key?: { id: string; scope: 'organization' | 'personal' };
  /** The organization the caller acts for; must agree with `/orgs/{id}/…` in the path when both exist. */
  organizationId?: string;
  /** Policy for this caller, merged over the handler's. */
  policy?: InvitePolicy;
  /** Request fields for this caller, such as `inviterUserId`. */
  request?: Omit<InviteSendRequest, 'entries' | 'organizationId'>;
}

/** What `authorize` may answer: see {@link InviteAuthorize}. */
export type InviteAuthorizeResult = InviteAuthorization | Response | boolean | null | void;

/**
 * What a request asks to do: `invite` (the batch POST), or with sent invitations `list`, `resend`
 * or `revoke` (the kit's routes): `authorize` may allow one and not another.
 */
export type InviteHandlerAction = 'invite' | 'list' | 'resend' | 'revoke';

/**
 * Decides whether a request may invite — or list, resend or revoke invitations: `context.action`
 * says which — before its body is read.
 *
 * - Return what it learned ({@link InviteAuthorization}), `true` or nothing: allowed.
 * - Return `null`: not signed in, 401 `authorize.unauthenticated`. Return `false`: 403
 *   `authorize.forbidden`. Return or throw a `Response`: answered as is.
 * - Throw (or reject with) `{ code }` of `authorize.unauthenticated`, `authorize.forbidden`,
 *   `mfa.step_up_required` or `invite.org_mismatch`, or anything with `status` 401 or 403: that answer.
 * - Anything else thrown is a bug or an outage, not the person's session: 500
 *   `invite.user_lookup_failed`, and `onError` gets it.
 *
 * `context.signal` aborts when the client goes away or `authorizeTimeoutMs` passes.
 */
export type InviteAuthorize = (
  request: Request,
  context: { signal: AbortSignal; action: InviteHandlerAction },
) => InviteAuthorizeResult | Promise<InviteAuthorizeResult>;

/** Where a failure {@link InviteHandlerOptions.onError} hears about happened. */
export interface InviteErrorContext {
  /** The id the client got in `error.requestId` and the `X-Request-ID` header. */
  requestId: string;
  /** `invitations`: a list, get, resend or revoke call of `options.invitations` failed. */
  phase: 'authorize' | 'send' | 'invitations' | 'audit' | 'internal';
  organizationId?: string;
}

/** One entry's outcome in {@link InviteAuditEvent}: no address, so the event can be logged as is. */
export type InviteAuditOutcome =
  | { index: number; success: true; invitationId?: string; replayed: boolean }
  | { index: number; success: false; code: string; replayed: boolean };

/** Who sent what, for the invitation records (seeds/004: every record carries attribution). */
export interface InviteAuditEvent {
  requestId: string;
  organizationId?: string;
  /** From `authorize`: the person's id, when a person sent it. */
  callerId?: string;
  /** From `authorize`: the API key's id, when a key sent it. */
  keyId?: string;
  /** One per entry of the request, in its order. `replayed`: answered from an earlier try of the same `Idempotency-Key`. */
  outcomes: InviteAuditOutcome[];
}

/** A resend or a revoke, for the invitation records: who did what to which invitation, no address. */
export interface InvitationAuditEvent {
  requestId: string;
  organizationId?: string;
  callerId?: string;
  keyId?: string;
  action: 'resend' | 'revoke';
  invitationId: string;
  success: boolean;
  /** Why it failed. */
  code?: string;
}

/**
 * The capabilities a handler describes: its transport's, the batch size its policy allows, and
 * which of the kit's invitation routes it serves (`invitations`).
 */
export interface InviteHandlerCapabilities extends TransportCapabilities {
  maxBatchSize: number;
  /** The routes it serves for sent invitations: list, resend, revoke (see `options.invitations`). */
  invitations: InvitationCapabilities;
}

interface InviteHandlerBaseOptions {
  /** Where the invitations go: any transport, or `createMemoryInvitationApi().onSend`. */
  onSend: OnSend;
  /** The rules every batch is checked against, the same as in the browser. */
  policy?: InvitePolicy | undefined;
  /** Request fields for every call (`expiresInDays`, `locale` …); they win over what the client sends. */
  request?: Omit<InviteSendRequest, 'entries' | 'organizationId'> | undefined;
  /**
   * What the API behind accepts, when `onSend` does not say (`onSend.capabilities`).
   * @default onSend.capabilities, else several roles, no locale, no expiry, no idempotency keys
   */
  capabilities?: TransportCapabilities | undefined;
  /**
   * How long `onSend` may take.
   * @default 30000
   */
  timeoutMs?: number | undefined;
  /**
   * How long `authorize` may take before the answer is 500 `invite.user_lookup_failed`.
   * @default 10000
   */
  authorizeTimeoutMs?: number | undefined;
  /**
   * The largest body read, in bytes; reading stops there (413).
   * @default 65536
   */
  maxBodyBytes?: number | undefined;
  /**
   * How long the body may take to arrive (408).
   * @default 10000
   */
  bodyTimeoutMs?: number | undefined;
  /**
   * The most issues a 400 lists; `omittedIssues` counts the rest.
   * @default 50
   */
  maxIssues?: number | undefined;
  /**
   * How long an `Idempotency-Key` is remembered, and how many at most, in this process. A key is
   * scoped to the organization; its reuse by another caller, or for other entries (another
   * address, other roles, name, locale or lifetime), is 422 `invite.idempotency_key_reused`; while
   * its first request is still sending, 409 `invite.request_in_progress` (the IETF
   * Idempotency-Key draft). Entries with a final outcome are answered from memory, never resent.
   * `false` turns this off.
   * @default { ttlMs: 86400000, maxKeys: 10000 }
   */
  idempotency?: { ttlMs?: number; maxKeys?: number } | false;
  /** Called once per request that reached `onSend`, with who sent it and each entry's outcome (no addresses). Awaited. */
  onInvited?: ((event: InviteAuditEvent) => void | Promise<void>) | undefined;
  /**
   * Sent invitations (`createWorkOSInvitations(…)`, the memory API …): with it the handler also
   * serves the kit's routes, an extension of seeds/004 —
   * `GET …/invitations?limit=&after=&email=` (a page: `{ object: 'list', data, list_metadata: { after } }`),
   * `POST …/invitations/{invitationId}/resend` (body `{ locale? }`) and `POST …/invitations/{invitationId}/revoke`
   * — each as far as the transport can (`capabilities.invitations`). Resend and revoke need its
   * `get` too: the handler looks the invitation up to check it belongs to the organization, is
   * still pending, and is not for a role above the caller's (`invite.insufficient_role`).
   */
  invitations?: InvitationsTransport;
  /** Called once per resend or revoke that reached the transport, with its outcome (no address). Awaited. */
  onInvitationAction?: (event: InvitationAuditEvent) => void | Promise<void>;
  /**
   * Called with anything thrown by `authorize`, `onSend` or `onInvited`, or by the handler itself.
   * The client never sees its text. Log it here (errors from a vendor may quote an address).
   * @default logs the phase and the error's name (in development, the whole error)
   */
  onError?: ((error: unknown, context: InviteErrorContext) => void) | undefined;
}

/**
 * Options of {@link createInviteHandler}: `authorize`, or `dangerouslyAllowAnyone: true` (a demo or
 * a test) — never neither.
 */
export type InviteHandlerOptions = InviteHandlerBaseOptions &
  (
    | {
        /** Authentication and authorization: see {@link InviteAuthorize}. */
        authorize: InviteAuthorize;
        dangerouslyAllowAnyone?: undefined;
      }
    | {
        authorize?: undefined;
        /** Lets anyone who can reach the route invite people: for demos and tests only. */
        dangerouslyAllowAnyone: true;
      }
  );

/** The error body of every non-200 answer. */
export interface InviteErrorBody {
  error: { code: string; message: string; requestId?: string };
  /**
   * The issues of a batch that breaks the rules, at most `maxIssues`; each with core's `reason`
   * and `params` when it gives them, for a client that words them in its own language.
   */
  issues?: Array<{ index?: number; email?: string; code: string; message: string; reason?: string; params?: object }>;
  /** How many issues were left out of `issues`. */
  omittedIssues?: number;
  /** A resend or revoke refused for the invitation's state: how it stands now. */
  invitation?: BatchApiInvitation;
}

/** A handler: `(Request) => Promise<Response>`, with the capabilities it describes. */
export type InviteHandler = ((request: Request) => Promise<Response>) & {
  /** Serializable: pass it to the browser (a server component prop) for `createBatchApiTransport({ capabilities })`. */
  readonly capabilities: InviteHandlerCapabilities;
};

const messageOf = (code: string) =>
  isInviteErrorCode(code) ? INVITE_ERROR_CODES[code].message : (INVITATION_ERROR_CODES[code as InvitationErrorCode]?.message ?? 'The request failed.');

/** An invitation in the wire format; `link`: whether the caller may see its accept link. Unknown fields are left out. */
function toWire(invitation: Invitation, roles: readonly string[] | undefined, link: boolean): BatchApiInvitation {
  const out = {
    object: 'invitation',
    id: invitation.id,
    email: invitation.email,
    state: invitation.state ?? 'pending',
    role_slugs: invitation.roleSlugs ?? roles ?? ['member'],
    expires_at: invitation.expiresAt,
    created_at: invitation.createdAt,
    accepted_at: invitation.acceptedAt,
    revoked_at: invitation.revokedAt,
    organization_id: invitation.organizationId,
    inviter_user_id: invitation.inviter?.id,
    inviter_email: invitation.inviter?.email,
    inviter_name: invitation.inviter?.name,
    locale: invitation.locale,
    accept_invitation_url: link ? invitation.acceptUrl : undefined,
  } as BatchApiInvitation;
  // Unset fields go (undefined does not survive JSON anyway; this keeps the object plain).
  for (const key of Object.keys(out) as Array<keyof BatchApiInvitation>) if (out[key] === undefined) delete out[key];
  return out;
}

const toJson = (status: number, body: unknown, requestId: string, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-request-id': requestId, ...headers },
  });

// The codes a thrown value may name to answer with them: authorize.*, mfa.step_up_required, invite.org_mismatch.
const AUTH_CODES = /^(authorize\.(unauthenticated|forbidden)|mfa\.step_up_required|invite\.org_mismatch)$/;

// Outcomes about one address (its email, its roles, already a member or invited); every other
// failure shared by all entries is the request failing.
const PER_ENTRY = /email|role|self|already/;

// The kit's own codes have no status of their own; these say the same over HTTP.
const KIT_STATUS: Partial<Record<InviteErrorCode, number>> = {
  'invite.network_error': 502,
  'invite.invalid_response': 502,
  'invite.timeout': 504,
  'invite.aborted': 503,
};

const statusOf = (error: InviteResultError) =>
  (isInviteErrorCode(error.code) ? (INVITE_ERROR_CODES[error.code].status ?? KIT_STATUS[error.code]) : undefined) ??
  (error.status !== undefined && error.status >= 400 ? error.status : 500);

/** The failure every entry shares, when the request as a whole failed (rate limit, outage …). */
function requestFailure(results: InviteResult[]): InviteResultError | undefined {
  const errors = results.map((r) => (r.success ? undefined : r.error));
  const first = errors[0];
  if (!first || PER_ENTRY.test(first.code) || errors.some((e) => e?.code !== first.code)) return undefined;
  const waits = errors.map((e) => e?.retryAfterMs).filter((ms): ms is number => ms !== undefined);
  return waits.length ? { ...first, retryAfterMs: Math.max(...waits) } : first;
}

type Decoded = { email: string; name?: string; roleSlugs?: string[] };

// Own properties only: a polluted Object.prototype cannot lend an entry roles.
const own = (item: unknown, key: string): unknown => (Object.hasOwn(Object(item), key) ? (item as Record<string, unknown>)[key] : undefined);
const isCount = (value: unknown) => value === undefined || (Number.isInteger(value) && (value as number) > 0);
// The kit's extensions of the wire format that belong to the whole request, repeated on each entry.
const SHARED = ['locale', 'expires_in_days', 'expires_in_minutes'];
const SHAPE = 'The body must be an array of { email, role_slugs?: string[], name?: string (≤ 256 characters), locale?: string, expires_in_days?, expires_in_minutes?: whole numbers }.';

/** Reads the body into entries (seeds/004, plus the kit's `name`), or says why it cannot. */
function decodeEntries(data: unknown): Decoded[] | string {
  if (!Array.isArray(data)) return SHAPE;
  const entries: Decoded[] = [];
  for (const item of data) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return SHAPE;
    const [email, name, roles, locale, days, minutes] = ['email', 'name', 'role_slugs', ...SHARED].map((key) => own(item, key));
    if (
      (roles != null && !(Array.isArray(roles) && roles.every((slug) => typeof slug === 'string'))) ||
      !(name === undefined || (typeof name === 'string' && name.length <= 256)) ||
      !(locale === undefined || typeof locale === 'string') ||
      !isCount(days) ||
      !isCount(minutes)
    ) {
      return SHAPE;
    }
    if (SHARED.some((key) => own(item, key) !== own(data[0], key))) return 'The locale and lifetime must be the same on every invitation of one request.';
    entries.push({
      // A missing or non-string address is the rules' invite.invalid_email, reported with its index.
      email: typeof email === 'string' ? email : '',
      ...(typeof name === 'string' && name.trim() && { name: name.trim() }),
      ...(Array.isArray(roles) && { roleSlugs: roles as string[] }),
    });
  }
  return entries;
}

const STOPPED = Symbol('stopped');

/** SHA-256 of `text`, hex: an opaque idempotency key for the vendor that carries no address. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface KeyedEntry {
  /** The entry's roles, name and request fields: another value under the same key is a reuse. */
  print: string;
  sending?: boolean;
  result?: InviteResult;
}

/**
 * The batch invitations API (seeds/004) as a handler `(Request) => Promise<Response>`.
 *
 * - `POST` only (405 otherwise), with `Content-Type: application/json` (415 otherwise): browsers
 *   send that type cross-site only after a CORS preflight your server does not grant, so a forged
 *   form cannot invite even when `authorize` reads a cookie. `GET …/capabilities` answers
 *   {@link InviteHandler.capabilities}. With `invitations`, also the kit's routes for sent
 *   invitations (`GET …/invitations`, `POST …/invitations/{invitationId}/resend|revoke`: see
 *   {@link InviteHandlerOptions.invitations}), under the same rules: `authorize` (told the
 *   `action`), `X-Org-ID`, the error body, request ids, the privilege guard.
 * - `authorize` runs first (see {@link InviteAuthorize}); the organization comes from the path
 *   `/orgs/{id}/invitations` or from `authorize`, and an `X-Org-ID` header must agree with both
 *   (403 `invite.org_mismatch`).
 * - The body is read as a stream up to `maxBodyBytes` (413) within `bodyTimeoutMs` (408). One that
 *   is not a JSON array of invitation objects is 400 `invite.decode_failed`; a batch that breaks a
 *   rule is 400 with its issues (at most `maxIssues`; 403 when they are all `insufficient_role`),
 *   checked by the very same `validateInviteBatch` as the browser, plus the transport's
 *   roles-per-invitation. Nothing is sent then.
 * - `onSend` gets the entries once (the client retries), with the `Idempotency-Key` as the request
 *   key and, per entry, an opaque key derived from it, the organization and the address (a hash:
 *   no address leaves in a key), so a retry of any subset keeps each entry's key.
 * - 200 answers the `invite_result` array. When every entry failed alike for a request-level
 *   reason, the answer is that status with the error body instead (429 with `Retry-After`, 500 …).
 *   Every answer carries `X-Request-ID`; an error body carries it as `error.requestId`, with a
 *   generic message: what a failure said goes to `onError`, not to the client.
 *
 * @throws TypeError at creation, without `authorize` (or `dangerouslyAllowAnyone: true`).
 * @example
 * // Next.js: app/api/orgs/[id]/invitations/route.ts
 * export const POST = createInviteHandler({
 *   onSend,
 *   authorize: async (request) => {
 *     const session = await getSession(request);
 *     return session ? { caller: { email: session.email, roleSlugs: session.roleSlugs }, callerId: session.userId } : null;
 *   },
 * });
 */
export function createInviteHandler(options: InviteHandlerOptions): InviteHandler {
  if (typeof options?.onSend !== 'function') throw new TypeError('createInviteHandler needs `onSend`.');
  const { authorize } = options;
  if (typeof authorize !== 'function' && options.dangerouslyAllowAnyone !== true) {
    throw new TypeError(
      'createInviteHandler needs `authorize`, or anyone who reaches the route can invite people. Add ' +
        '`authorize: async (request) => { const session = await getSession(request); return session ? { caller: { email: session.email, roleSlugs: session.roleSlugs } } : null; }` ' +
        '(null: 401), or, in a demo or a test only, `dangerouslyAllowAnyone: true`.',
    );
  }
  const {
    maxBodyBytes = 65_536,
    bodyTimeoutMs = 10_000,
    authorizeTimeoutMs = 10_000,
    maxIssues = 50,
    timeoutMs = 30_000,
  } = options;
  const inner = options.capabilities ?? options.onSend.capabilities;
  const maxBatchSize = options.policy?.maxBatchSize ?? 20;
  const sent = options.invitations;
  const told = sent?.capabilities;
  // Resend and revoke are served only with `get`: the invitation is checked before anything changes.
  const served = (call: 'list' | 'resend' | 'revoke') => !!sent?.[call] && told?.[call] !== false && (call === 'list' || !!sent.get);
  const invitationCapabilities: InvitationCapabilities = Object.freeze({
    list: served('list'),
    resend: served('resend'),
    revoke: served('revoke'),
    ...(told?.resendExpired && served('resend') && { resendExpired: true }),
    ...(told?.resendRenews && served('resend') && { resendRenews: true }),
  });
  const capabilities: InviteHandlerCapabilities = Object.freeze({
    roles: 'many',
    ...inner,
    idempotencyKeys: inner?.idempotencyKeys === true,
    maxBatchSize,
    invitations: invitationCapabilities,
  });
  const keyed = options.idempotency === false ? undefined : new Map<string, { actor: string | undefined; expires: number; slots: Map<string, KeyedEntry> }>();
  const ttlMs = (options.idempotency && options.idempotency.ttlMs) || 86_400_000;
  const maxKeys = (options.idempotency && options.idempotency.maxKeys) || 10_000;

  async function handle(request: Request, context: InviteErrorContext, report: (error: unknown, phase: InviteErrorContext['phase']) => void): Promise<Response> {
    const { requestId } = context;
    const json = (status: number, body: unknown, headers?: Record<string, string>) => toJson(status, body, requestId, headers);
    const fail = (status: number, code: string, message = messageOf(code), headers?: Record<string, string>) =>
      json(status, { error: { code, message, requestId } } satisfies InviteErrorBody, headers);
    const retryAfter = (ms: number | undefined): Record<string, string> => (ms === undefined ? {} : { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) });
    const { pathname } = new URL(request.url);

    if (request.method === 'GET' && /\/capabilities\/?$/.test(pathname)) return json(200, capabilities);
    const acting = /\/invitations\/([^/]+)\/(resend|revoke)\/?$/.exec(pathname);
    const action: InviteHandlerAction = request.method === 'GET' ? 'list' : ((acting?.[2] as 'resend' | 'revoke' | undefined) ?? 'invite');
    if (request.method !== 'POST' && !(action === 'list' && invitationCapabilities.list)) {
      const allow = invitationCapabilities.list ? 'GET, POST' : 'POST';
      return fail(405, 'method_not_allowed', `This route answers ${allow}.`, { allow });
    }
    if (action !== 'invite' && !invitationCapabilities[action]) return fail(501, 'invite.not_supported');

    // JSON only (any charset parameter is read as UTF-8, which fails loudly): the CSRF defence.
    if (action !== 'list' && !/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return fail(415, 'invite.unsupported_media_type', 'Send JSON: Content-Type: application/json.', { 'accept-post': 'application/json' });
    }
    const tooLarge = () => fail(413, 'invite.batch_too_large', `The request body is larger than ${maxBodyBytes} bytes.`);
    if (Number(request.headers.get('content-length')) > maxBodyBytes) return tooLarge();

    /** A signal that aborts after `ms` or when the client goes away; `end()` stops the clock. */
    const limit = (ms: number) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      const timer = setTimeout(stop, ms);
      // The listener goes with the request; the timer must not outlive the step.
      request.signal.addEventListener('abort', stop);
      const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(STOPPED)));
      // Handled here too: a client leaving after the step must not be an unhandled rejection.
      stopped.catch(() => {});
      return { signal: controller.signal, stopped, end: () => clearTimeout(timer) };
    };

    // ── Who asks ──
    let auth: InviteAuthorization = {};
    if (authorize) {
      const clock = limit(authorizeTimeoutMs);
      let said: InviteAuthorizeResult;
      try {
        said = await Promise.race([authorize(request, { signal: clock.signal, action }), clock.stopped]);
      } catch (thrown) {
        if (request.signal.aborted) return fail(503, 'invite.aborted');
        if (thrown instanceof Response) return thrown;
        const { code, status } = (thrown ?? {}) as { code?: string; status?: unknown };
        const explicit = AUTH_CODES.test(code!) ? code : status === 401 ? 'authorize.unauthenticated' : status === 403 ? 'authorize.forbidden' : undefined;
        if (explicit) return fail(INVITE_ERROR_CODES[explicit as InviteErrorCode].status!, explicit);
        report(thrown === STOPPED ? new Error(`authorize did not settle within ${authorizeTimeoutMs} ms.`) : thrown, 'authorize');
        return fail(500, 'invite.user_lookup_failed');
      } finally {
        clock.end();
      }
      if (said instanceof Response) return said;
      if (said === null) return fail(401, 'authorize.unauthenticated');
      if (said === false) return fail(403, 'authorize.forbidden');
      if (said && typeof said === 'object') auth = said;
    }

    // ── For which organization ──
    const segment = /\/orgs\/([^/]+)\/invitations(?:\/|$)/.exec(pathname)?.[1];
    let pathOrg: string | undefined;
    try {
      pathOrg = segment === undefined ? undefined : decodeURIComponent(segment);
    } catch {
      return fail(400, 'invite.invalid_org_id');
    }
    const headerOrg = request.headers.get('x-org-id') ?? undefined;
    const organizationId = pathOrg ?? auth.organizationId;
    context.organizationId = organizationId;
    const named = [pathOrg, auth.organizationId, headerOrg].filter((id) => id !== undefined);
    // A personal key must name the organization in X-Org-ID (seeds/004).
    if (named.some((id) => id !== organizationId) || (auth.key?.scope === 'personal' && !headerOrg)) return fail(403, 'invite.org_mismatch');

    // An organization key skips the privilege guard: its caller has no roles to check.
    const orgKey = auth.key?.scope === 'organization';
    const caller = auth.caller && (orgKey ? { ...(auth.caller.email && { email: auth.caller.email }) } : auth.caller);
    // Whether the caller may see an invitation's accept link: only one they could resend (the privilege rule).
    const mayLink = (invitation: Invitation) => !(invitation.roleSlugs ?? []).some((slug) => roleGuard(slug, caller));

    /** Runs a call of `options.invitations` within `timeoutMs`; what it rejects with becomes the error answer. */
    const manage = async <T>(run: (call: InvitationCallContext) => Promise<T>): Promise<T | Response> => {
      const clock = limit(timeoutMs);
      const key = request.headers.get('idempotency-key')?.trim().slice(0, 255);
      try {
        return await Promise.race([run({ signal: clock.signal, ...(organizationId !== undefined && { organizationId }), ...(key && { idempotencyKey: key }) }), clock.stopped]);
      } catch (thrown) {
        const failure = toInvitationFailure(thrown === STOPPED ? new DOMException('', request.signal.aborted ? 'AbortError' : 'TimeoutError') : thrown);
        const status = INVITATION_ERROR_CODES[failure.code as InvitationErrorCode]?.status ?? statusOf(failure);
        // A refusal (not pending, not found …) is an answer; a failure is the server's to log.
        if (status >= 500) report(thrown, 'invitations');
        const told = failure.invitation && readInvitation(failure.invitation);
        return json(status, { error: { code: failure.code, message: messageOf(failure.code), requestId }, ...(told && { invitation: toWire(told, undefined, mayLink(told)) }) }, retryAfter(failure.retryAfterMs));
      } finally {
        clock.end();
      }
    };

    // ── The list: GET …/invitations?limit=&after=&email= ──
    if (action === 'list') {
      const query = new URL(request.url).searchParams;
      const limitText = query.get('limit');
      const pageSize = limitText === null ? undefined : Number(limitText);
      const after = query.get('after') || undefined;
      const emailText = query.get('email');
      const email = emailText === null ? undefined : normalizeEmail(emailText);
      if ((pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100)) || (after && after.length > 255)) {
        return fail(400, 'invite.decode_failed', 'limit is a whole number from 1 to 100; after is a cursor from list_metadata.');
      }
      if (email === null) return fail(400, 'invite.invalid_email');
      const page = await manage((call) => sent!.list!({ ...(organizationId !== undefined && { organizationId }), ...(pageSize && { limit: pageSize }), ...(after && { cursor: after }), ...(email && { email }) }, call));
      if (page instanceof Response) return page;
      const data = (Array.isArray(page?.invitations) ? page.invitations : []).flatMap((value) => {
        const invitation = readInvitation(value);
        // Another organization's invitation never leaves, whatever the transport answered.
        return invitation && (!invitation.organizationId || !organizationId || invitation.organizationId === organizationId) ? [toWire(invitation, undefined, mayLink(invitation))] : [];
      });
      return json(200, { object: 'list', data, list_metadata: { after: page?.nextCursor || null } });
    }

    // ── What they ask for: read as a stream, cut at maxBodyBytes (the source is cancelled there) ──
    let data: unknown;
    let size = 0;
    const clock = limit(bodyTimeoutMs);
    try {
      // Firefox has no Request.body (a handler in a page or a service worker, as in the
      // Playground): there the body is read whole, then measured.
      const read =
        request.body === undefined
          ? request.arrayBuffer().then((bytes) => ((size = bytes.byteLength) > maxBodyBytes ? Promise.reject(STOPPED) : new TextDecoder().decode(bytes)))
          : new Response(
              request.body?.pipeThrough(
                new TransformStream<Uint8Array, Uint8Array>({
                  transform: (chunk, stream) => ((size += chunk.byteLength) > maxBodyBytes ? stream.error(STOPPED) : stream.enqueue(chunk)),
                }),
                { signal: clock.signal },
              ),
            ).text();
      const text = await Promise.race([read, clock.stopped]);
      // A resend or a revoke may come without a body.
      data = action !== 'invite' && !text.trim() ? {} : JSON.parse(text);
    } catch {
      if (size > maxBodyBytes) return tooLarge();
      if (request.signal.aborted) return fail(503, 'invite.aborted');
      return clock.signal.aborted ? fail(408, 'invite.timeout', `The request body did not arrive within ${bodyTimeoutMs} ms.`) : fail(400, 'invite.decode_failed');
    } finally {
      clock.end();
    }
    // ── Resend or revoke: POST …/invitations/{invitationId}/resend|revoke ──
    if (action !== 'invite') {
      const locale = own(data, 'locale');
      if (!data || typeof data !== 'object' || Array.isArray(data) || !(locale === undefined || typeof locale === 'string')) {
        return fail(400, 'invite.decode_failed', 'The body must be a JSON object: { locale?: string } to resend, {} to revoke.');
      }
      let id = '';
      try {
        id = decodeURIComponent(acting![1]!);
      } catch {
        // A broken escape names no invitation.
      }
      const found = id && id.length <= 255 ? await manage((call) => sent!.get!(id, call)) : undefined;
      if (found instanceof Response) return found;
      const invitation = readInvitation(found);
      // One of another organization is as good as none: its existence is not for this caller.
      if (!invitation || (invitation.organizationId && organizationId && invitation.organizationId !== organizationId)) return fail(404, 'invite.invitation_not_found');
      const state = invitationTimeline(invitation, Date.now()).state;
      // A resend of an expired invitation is its re-invite, where the API renews expired ones.
      const permission = checkInvitationAction(action === 'resend' && state === 'expired' ? 'reinvite' : action, { ...invitation, state }, { caller, capabilities: invitationCapabilities });
      if (!permission.allowed || ('via' in permission && permission.via !== 'resend')) {
        const reason = permission.allowed ? 'not_pending' : permission.reason;
        if (reason === 'above_level' || reason === 'not_held') return fail(403, 'invite.insufficient_role', 'This invitation is for a role above your own.');
        const code = state === 'pending' ? 'invite.not_pending' : `invite.invitation_${state}`;
        return json(409, { error: { code, message: messageOf(code), requestId }, invitation: toWire({ ...invitation, state }, undefined, mayLink(invitation)) });
      }
      const target = { id: invitation.id, email: invitation.email, ...((locale || invitation.locale) && { locale: (locale as string) || invitation.locale }) };
      const done = await manage((call) => sent![action]!(target, call));
      const audit = options.onInvitationAction;
      if (audit) {
        const code = done instanceof Response ? ((await done.clone().json()) as InviteErrorBody).error.code : undefined;
        try {
          await audit({ requestId, organizationId, callerId: auth.callerId, keyId: auth.key?.id, action, invitationId: invitation.id, success: !code, ...(code && { code }) });
        } catch (error) {
          report(error, 'audit');
        }
      }
      if (done instanceof Response) return done;
      const now = readInvitation(done || undefined) ?? { ...invitation, state: action === 'revoke' ? 'revoked' : 'pending' };
      return json(200, toWire(now, undefined, mayLink(now)));
    }

    const entries = decodeEntries(data);
    if (typeof entries === 'string') return fail(400, 'invite.decode_failed', entries);

    const policy: InvitePolicy = { ...options.policy, ...auth.policy, ...(caller && { caller }) };
    const issues: InviteIssue[] = validateInviteBatch(entries, { ...policy, rolesPerInvitation: capabilities.roles });
    if (issues.length > 0) {
      const first = issues[0]!;
      const statuses = issues.map((i) => INVITE_ERROR_CODES[i.code].status ?? 400);
      const listed = issues.slice(0, Math.max(1, maxIssues));
      return json(statuses.includes(400) ? 400 : statuses[0]!, {
        error: { code: first.code, message: first.message, requestId },
        issues: listed,
        ...(issues.length > listed.length && { omittedIssues: issues.length - listed.length }),
      } satisfies InviteErrorBody);
    }

    const [locale, expiresInDays, expiresInMinutes] = SHARED.map((key) => own((data as unknown[])[0], key)) as [string?, number?, number?];
    const sendFields: Omit<InviteSendRequest, 'entries'> = {
      ...(locale && { locale }),
      ...(expiresInDays && { expiresInDays }),
      ...(expiresInMinutes && { expiresInMinutes }),
      ...options.request,
      ...auth.request,
    };
    if (orgKey) delete sendFields.inviterUserId;

    // ── Idempotency: the same key means the same request (IETF Idempotency-Key draft) ──
    const given = request.headers.get('idempotency-key')?.trim();
    // Remembered per process: a key longer than any UUID-like key is refused, not stored.
    if (given && given.length > 255) return fail(400, 'invite.decode_failed', 'An Idempotency-Key has at most 255 characters.');
    const requestKey = given || crypto.randomUUID();
    const scope = `${organizationId ?? ''}\n${requestKey}`;
    const keys = entries.map((entry) => emailKey(entry.email));
    const prints = entries.map((entry) => JSON.stringify([[...resolveRoleSlugs(entry.roleSlugs)].sort(), entry.name, sendFields]));
    const actor = auth.key?.id ?? auth.callerId ?? auth.caller?.email?.toLowerCase();
    const now = Date.now();
    let record = given ? keyed?.get(scope) : undefined;
    if (record && record.expires > now) {
      const known = record.slots;
      if (record.actor !== actor || keys.some((key, i) => known.get(key)?.print !== prints[i])) return fail(422, 'invite.idempotency_key_reused', 'This Idempotency-Key was used for another request.');
      if (keys.some((key) => known.get(key)!.sending)) {
        return fail(409, 'invite.request_in_progress', 'These invitations are still being sent. Try again in a moment.', { 'retry-after': '1' });
      }
    } else if (given && keyed) {
      // Oldest first: drop the expired ones and those beyond the limit.
      for (const [key, old] of keyed) {
        if (old.expires > now && keyed.size < maxKeys) break;
        keyed.delete(key);
      }
      keyed.set(scope, (record = { actor, expires: now + ttlMs, slots: new Map(keys.map((key, i) => [key, { print: prints[i]! }])) }));
    }

    // Without a key, throwaway slots: nothing is remembered.
    const slots: KeyedEntry[] = keys.map((key) => record?.slots.get(key) ?? { print: '' });
    // Entries with a final outcome are answered from memory; the others are sent.
    const toSend = entries.flatMap((_, i) => (slots[i]!.result ? [] : [i]));
    const final = slots.map((slot) => slot.result) as InviteResult[];
    for (const i of toSend) slots[i]!.sending = true;
    try {
      if (toSend.length > 0) {
        // What onSend throws goes to onError; the send loop turns it into a generic outcome.
        const onSend: OnSend = async (batch, sendContext) => {
          try {
            return await options.onSend(batch, sendContext);
          } catch (error) {
            report(error, 'send');
            throw error;
          }
        };
        const sent = await sendInviteRequest(
          await Promise.all(
            toSend.map(async (i) => ({
              ...entries[i]!,
              email: normalizeEmail(entries[i]!.email) ?? entries[i]!.email,
              idempotencyKey: await digest(`${scope}\n${keys[i]}`),
            })),
          ),
          onSend,
          { request: { ...sendFields, organizationId }, idempotencyKey: requestKey, signal: request.signal, timeoutMs },
        );
        toSend.forEach((i, n) => {
          const result = (final[i] = sent[n]!);
          // A final outcome is kept for the next try with this key; anything worth retrying is sent again.
          if (result.success || !result.error.retryable) slots[i]!.result = result;
        });
      }
    } finally {
      for (const slot of slots) slot.sending = false;
    }

    if (options.onInvited && toSend.length > 0) {
      try {
        // Unset ids stay undefined: the event is plain data, logged or stored as it is.
        await options.onInvited({
          requestId,
          organizationId,
          callerId: auth.callerId,
          keyId: auth.key?.id,
          outcomes: final.map((result, index) => {
            const replayed = !toSend.includes(index);
            return result.success
              ? { index, success: true, invitationId: result.invitation?.id, replayed }
              : { index, success: false, code: result.error.code, replayed };
          }),
        });
      } catch (error) {
        report(error, 'audit');
      }
    }

    const failed = requestFailure(final);
    // The catalog's words, never what a failure said: that may be internal text.
    if (failed) return fail(statusOf(failed), failed.code, messageOf(failed.code), retryAfter(failed.retryAfterMs));

    const waits = final.flatMap((r) => (!r.success && r.error.retryAfterMs !== undefined ? [r.error.retryAfterMs] : []));
    const body: BatchApiResult[] = final.map((result, i) => {
      // Answer with the address as the client wrote it, so it can match by string too.
      const email = entries[i]!.email;
      if (!result.success) return { object: 'invite_result', email, success: false, error: result.error.code };
      const inv = result.invitation;
      // The inviter may copy the link of what they just sent.
      return { object: 'invite_result', email, success: true, ...(inv && { invitation: toWire(inv, entries[i]!.roleSlugs, true) }), error: '' };
    });
    return json(200, body, retryAfter(waits.length ? Math.max(...waits) : undefined));
  }

  const handler = async (request: Request): Promise<Response> => {
    // Server runtimes (Node 19+, Deno, Bun, workers) all have randomUUID.
    const requestId = crypto.randomUUID();
    const context: InviteErrorContext = { requestId, phase: 'internal' };
    const report = (error: unknown, phase: InviteErrorContext['phase']) => {
      let whole = false;
      try {
        whole = process.env.NODE_ENV !== 'production';
      } catch {
        // No `process`: treated as production.
      }
      try {
        if (options.onError) options.onError(error, { ...context, phase });
        // Without onError: the error's name only, since its message may quote an address; all of it in development.
        else console.error(`[invite-kit] ${phase} failed (request ${requestId}):`, whole ? error : (error as Error | null)?.name);
      } catch {
        // A failing error reporter must not turn one failure into two.
      }
    };
    try {
      return await handle(request, context, report);
    } catch (error) {
      // A bug or a broken body stream: answer like the API does, never leak a stack.
      report(error, 'internal');
      return toJson(500, { error: { code: 'invite.send_failed', message: messageOf('invite.send_failed'), requestId } } satisfies InviteErrorBody, requestId);
    }
  };
  return Object.assign(handler, { capabilities });
}
