/**
 * The batch invitations API (seeds/004) as a Fetch-standard handler: `(Request) => Promise<Response>`.
 * Runs in any runtime with `Request`/`Response` (Node 20, Deno, Bun, workers, Next.js route handlers).
 * @module
 */
import { emailKey, normalizeEmail } from '../core/email';
import { INVITE_ERROR_CODES, isInviteErrorCode } from '../core/error-codes';
import { createIdempotencyKey } from '../core/idempotency';
import { validateInviteBatch } from '../core/rules';
import { sendInviteBatch } from '../core/send-batch';
import type {
  InviteCaller,
  InviteErrorCode,
  InviteIssue,
  InvitePolicy,
  InviteResult,
  InviteResultError,
  InviteSendRequest,
  OnSend,
} from '../core/types';
import type { BatchApiResult } from '../transports/batch-api';

/** What `authorize` learned about the caller. */
export interface InviteAuthorization {
  /** Who is inviting: turns on the self-invite guard and, with `roleSlugs`, the privilege guard. */
  caller?: InviteCaller;
  /** The organization the caller acts for; must agree with `/orgs/{id}/…` in the path when both exist. */
  organizationId?: string;
  /** Policy for this caller, merged over the handler's. */
  policy?: InvitePolicy;
  /** Request fields for this caller, such as `inviterUserId`. */
  request?: Omit<InviteSendRequest, 'entries' | 'organizationId'>;
}

/**
 * Decides whether a request may invite. Return (or resolve) what it learned, or `undefined` to
 * allow with nothing learned. Return `false` to refuse (403 `authorize.forbidden`), or return or
 * throw a `Response` to answer with it as is. Anything else thrown is a 401
 * `authorize.unauthenticated`, unless it carries `code: 'authorize.forbidden'` /
 * `'mfa.step_up_required'` or `status: 403`.
 */
export type InviteAuthorize = (
  request: Request,
) => InviteAuthorization | Response | false | void | Promise<InviteAuthorization | Response | false | void>;

/** Options of {@link createInviteHandler}. */
export interface InviteHandlerOptions {
  /** Where the invitations go: any transport, or `createMemoryInvitationApi().onSend`. */
  onSend: OnSend;
  /** The rules every batch is checked against, the same as in the browser. */
  policy?: InvitePolicy;
  /** Authentication and authorization; without it every request is allowed. */
  authorize?: InviteAuthorize;
  /** Request fields for every call (`expiresInDays`, `locale` …). */
  request?: Omit<InviteSendRequest, 'entries' | 'organizationId'>;
  /**
   * How long `onSend` may take.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * The largest body read, in bytes (UTF-8); a larger one is refused with 413.
   * @default 65536
   */
  maxBodyBytes?: number;
}

/** The error body of every non-200 answer. */
export interface InviteErrorBody {
  error: { code: string; message: string };
  issues?: Array<{ index?: number; email?: string; code: string; message: string }>;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });

const messageOf = (code: string) => (isInviteErrorCode(code) ? INVITE_ERROR_CODES[code].message : 'The request failed.');

const errorResponse = (status: number, code: string, message = messageOf(code), headers?: Record<string, string>) =>
  json(status, { error: { code, message } } satisfies InviteErrorBody, headers);

const isResponse = (value: unknown): value is Response => typeof Response !== 'undefined' && value instanceof Response;

const retryAfterHeader = (ms: number | undefined): Record<string, string> =>
  ms === undefined ? {} : { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) };

/** Maps what `authorize` threw to 401 or 403. */
function authorizeFailure(reason: unknown): Response {
  const r = (reason && typeof reason === 'object' ? reason : {}) as { code?: unknown; status?: unknown };
  if (r.code === 'mfa.step_up_required') return errorResponse(403, 'mfa.step_up_required');
  if (r.code === 'authorize.forbidden' || r.status === 403) return errorResponse(403, 'authorize.forbidden');
  return errorResponse(401, 'authorize.unauthenticated');
}

// Outcomes about one address; every other failure shared by all entries is the request failing.
const PER_ENTRY_CODES = new Set<string>([
  'invite.already_member',
  'invite.already_pending',
  'invite.invalid_email',
  'invite.duplicate_email',
  'invite.self_invite',
  'invite.invalid_role',
  'invite.no_system_role',
  'invite.multiple_system_roles',
  'invite.custom_roles_not_allowed',
  'invite.insufficient_role',
  'invite.role_resolve_failed',
]);

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
  if (!first || PER_ENTRY_CODES.has(first.code) || errors.some((e) => e?.code !== first.code)) return undefined;
  const waits = errors.map((e) => e?.retryAfterMs).filter((ms): ms is number => ms !== undefined);
  return waits.length ? { ...first, retryAfterMs: Math.max(...waits) } : first;
}

type Decoded = { email: string; name?: string; roleSlugs?: string[] };

/** Reads the body into entries, or `undefined` when it is not an array of invitation objects. */
function decodeEntries(data: unknown): Decoded[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const entries: Decoded[] = [];
  for (const item of data) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const { email, name, role_slugs: roles } = item as Record<string, unknown>;
    if (roles != null && !(Array.isArray(roles) && roles.every((s) => typeof s === 'string'))) return undefined;
    entries.push({
      // A missing or non-string address is the rules' invite.invalid_email, reported with its index.
      email: typeof email === 'string' ? email : '',
      ...(typeof name === 'string' && { name }),
      ...(Array.isArray(roles) && { roleSlugs: roles as string[] }),
    });
  }
  return entries;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The batch invitations API (seeds/004) as a handler `(Request) => Promise<Response>`.
 *
 * - Only `POST` (405 otherwise). `authorize` runs first: 401 / 403 on failure.
 * - The organization comes from the path `/orgs/{id}/invitations` or from `authorize`
 *   (403 `invite.org_mismatch` when they disagree).
 * - A body that is not a JSON array of objects is 400 `invite.decode_failed`; a batch that breaks
 *   a rule is 400 with every issue listed (403 when the only issues are `insufficient_role`),
 *   checked by the very same `validateInviteBatch` as the browser. Nothing is sent then.
 * - Otherwise `onSend` gets the entries once (no retries: the client retries), with the
 *   `Idempotency-Key` header as the request key and per-entry keys derived from it and each
 *   address, so a client's retry of any subset replays instead of inviting twice.
 * - 200 answers the `invite_result` array. When every entry failed alike for a request-level
 *   reason (rate limit, outage), the answer is that status with the error body instead (429 with
 *   `Retry-After`, 500 `invite.send_failed` …).
 *
 * @example
 * // Next.js: app/api/orgs/[id]/invitations/route.ts
 * export const POST = createInviteHandler({ onSend, authorize: async (req) => ({ caller: await callerOf(req) }) });
 */
export function createInviteHandler(options: InviteHandlerOptions): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;

  async function handle(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return json(405, { error: { code: 'method_not_allowed', message: 'Send invitations with POST.' } }, { allow: 'POST' });
    }

    let auth: InviteAuthorization = {};
    if (options.authorize) {
      try {
        const said = await options.authorize(request);
        if (isResponse(said)) return said;
        if (said === false) return errorResponse(403, 'authorize.forbidden');
        if (said) auth = said;
      } catch (reason) {
        return isResponse(reason) ? reason : authorizeFailure(reason);
      }
    }

    const segment = /\/orgs\/([^/]+)\/invitations\/?$/.exec(new URL(request.url).pathname)?.[1];
    let pathOrg: string | undefined;
    try {
      pathOrg = segment === undefined ? undefined : decodeURIComponent(segment);
    } catch {
      return errorResponse(400, 'invite.invalid_org_id');
    }
    if (pathOrg !== undefined && auth.organizationId !== undefined && pathOrg !== auth.organizationId) {
      return errorResponse(403, 'invite.org_mismatch');
    }
    const organizationId = pathOrg ?? auth.organizationId;

    const text = await request.text();
    if (utf8Length(text) > maxBodyBytes) {
      return errorResponse(413, 'invite.batch_too_large', `The request body is larger than ${maxBodyBytes} bytes.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return errorResponse(400, 'invite.decode_failed');
    }
    const entries = decodeEntries(data);
    if (!entries) return errorResponse(400, 'invite.decode_failed', 'The body must be a JSON array of invitations.');

    const policy: InvitePolicy = { ...options.policy, ...auth.policy, ...(auth.caller && { caller: auth.caller }) };
    const issues: InviteIssue[] = validateInviteBatch(entries, policy);
    if (issues.length > 0) {
      const first = issues[0]!;
      const statuses = issues.map((i) => INVITE_ERROR_CODES[i.code].status ?? 400);
      const status = statuses.includes(400) ? 400 : statuses[0]!;
      const body: InviteErrorBody = {
        error: { code: first.code, message: first.message },
        issues: issues.map(({ index, email, code, message }) => ({
          ...(index !== undefined && { index }),
          ...(email !== undefined && { email }),
          code,
          message,
        })),
      };
      return json(status, body);
    }

    const requestKey = request.headers.get('idempotency-key')?.trim() || createIdempotencyKey();
    // Scoped by organization and address (not position), so a retry of a subset keeps each key.
    const scope = `${organizationId ?? ''}:${requestKey}`;
    const results = await sendInviteBatch(
      entries.map((entry) => ({
        ...entry,
        email: normalizeEmail(entry.email) ?? entry.email,
        idempotencyKey: `${scope}:${emailKey(entry.email)}`,
      })),
      options.onSend,
      {
        request: { ...options.request, ...auth.request, ...(organizationId !== undefined && { organizationId }) },
        retries: 0,
        maxBatchSize: entries.length,
        concurrency: 1,
        idempotencyKey: requestKey,
        signal: request.signal,
        timeoutMs: options.timeoutMs ?? 30_000,
      },
    );

    const failed = requestFailure(results);
    if (failed) return errorResponse(statusOf(failed), failed.code, failed.message, retryAfterHeader(failed.retryAfterMs));

    const waits = results.flatMap((r) => (!r.success && r.error.retryAfterMs !== undefined ? [r.error.retryAfterMs] : []));
    const body: BatchApiResult[] = results.map((result, i) => {
      // Answer with the address as the client wrote it, so it can match by string too.
      const email = entries[i]!.email;
      if (!result.success) return { object: 'invite_result', email, success: false, error: result.error.code };
      const inv = result.invitation;
      return {
        object: 'invite_result',
        email,
        success: true,
        ...(inv && {
          invitation: {
            object: 'invitation',
            id: inv.id,
            email: inv.email,
            state: inv.state ?? 'pending',
            role_slugs: inv.roleSlugs ?? entries[i]!.roleSlugs ?? ['member'],
            ...(inv.expiresAt !== undefined && { expires_at: inv.expiresAt }),
            ...(inv.createdAt !== undefined && { created_at: inv.createdAt }),
          } as NonNullable<BatchApiResult['invitation']>,
        }),
        error: '',
      };
    });
    return json(200, body, retryAfterHeader(waits.length ? Math.max(...waits) : undefined));
  }

  return async (request) => {
    try {
      return await handle(request);
    } catch {
      // A bug or a broken body stream: answer like the API does, never leak a stack.
      return errorResponse(500, 'invite.send_failed');
    }
  };
}
