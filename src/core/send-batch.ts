/**
 * The send loop: splits a batch into requests, runs them with bounded concurrency, retries what is
 * transient with the same idempotency keys, and reconciles whatever the transport answers back onto
 * the entries. Framework-free: no React, no DOM.
 * @module
 */
import { warnDev } from './dev';
import { emailKey } from './email';
import { isRecord } from './guards';
import { INVITE_ERROR_CODES, isInviteErrorCode } from './error-codes';
import { createIdempotencyKey } from './idempotency';
import { parseRetryAfter } from './retry-after';
import { resolveRoleSlugs } from './roles';
import type {
  InviteErrorCode,
  InviteResult,
  InviteResultError,
  InviteSendEntry,
  InviteSendRequest,
  Invitation,
  InvitationInviter,
  OnSend,
} from './types';

// Read only as `process.env.NODE_ENV`, which bundlers replace at build time; typed here so the kit
// needs no Node types (a runtime without `process` throws, and every reader catches that).
declare const process: { env: { NODE_ENV?: string } };

// ─── Errors ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A result error for a catalog code, with the catalog's message and retryable flag.
 * @example createInviteError('invite.timeout', { uncertain: true })
 */
export function createInviteError(code: InviteErrorCode, extra?: Partial<InviteResultError>): InviteResultError {
  const info = INVITE_ERROR_CODES[code];
  return { code, message: info.message, retryable: info.retryable, ...extra };
}

// A status without a code in the body still says something precise about these.
const STATUS_CODES: Partial<Record<number, InviteErrorCode>> = {
  401: 'authorize.unauthenticated',
  403: 'authorize.forbidden',
  404: 'invite.org_not_found',
  408: 'invite.timeout',
  429: 'invite.ip_rate_limited',
};

const isTransientStatus = (status: number) => status === 408 || status === 429 || status >= 500;

// 5xx answers given before anything was sent: the server could not tell who asks, or it is set up wrong.
const NEVER_APPLIED = /lookup_failed|misconfigured/;

/**
 * Turns an HTTP status (and what the body said) into a result error.
 *
 * - `code`: the body's code when there is one; else 401 → `authorize.unauthenticated`, 403 →
 *   `authorize.forbidden`, 404 → `invite.org_not_found`, 408 → `invite.timeout`, 429 →
 *   `invite.ip_rate_limited`, anything else → `invite.send_failed`.
 * - `retryable`: the catalog's flag for a known code; for other codes, whether the status is
 *   transient (408, 429, 5xx).
 * - `uncertain`: `true` for 5xx and 408 (the server may have applied the request before failing),
 *   except codes that say it failed first (`invite.user_lookup_failed`, `invite.member_lookup_failed`,
 *   `invite.server_misconfigured`); `false` for other statuses (the server refused it).
 *
 * @example errorFromStatus(429, 'invite.org_rate_limited', undefined, 5000)
 */
export function errorFromStatus(status: number, code?: string, message?: string, retryAfterMs?: number): InviteResultError {
  const given = typeof code === 'string' && code.length > 0;
  const resolved = given ? code : (STATUS_CODES[status] ?? 'invite.send_failed');
  const info = isInviteErrorCode(resolved) ? INVITE_ERROR_CODES[resolved] : undefined;
  // A bare 4xx that the table above does not name is a refusal, not a delivery failure to retry.
  const refused = !given && !STATUS_CODES[status] && !isTransientStatus(status);
  const error: InviteResultError = {
    code: resolved,
    message: message?.trim() ? message : refused || !info ? `The server refused the request (HTTP ${status}).` : info.message,
    retryable: info && !refused ? info.retryable : isTransientStatus(status),
    status,
    uncertain: (status >= 500 || status === 408) && !NEVER_APPLIED.test(resolved),
  };
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}

const headerOf = (headers: unknown, name: string): string | null => {
  if (!headers || typeof headers !== 'object') return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return typeof value === 'string' ? value : null;
  return null;
};

const errorName = (value: unknown) =>
  value !== null && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : '';

const isTimeoutReason = (reason: unknown) => errorName(reason) === 'TimeoutError';

// What a body may say about a whole-request failure: the batch API's { error: { code, message } }
// or a flat { code, message }.
const readBodyError = (body: unknown): { code?: string; message?: string } => {
  if (!body || typeof body !== 'object') return {};
  const nested = (body as { error?: unknown }).error;
  const source = (nested && typeof nested === 'object' ? nested : body) as { code?: unknown; message?: unknown };
  return {
    ...(typeof source.code === 'string' && { code: source.code }),
    ...(typeof source.message === 'string' && { message: source.message }),
  };
};

const sendFailed = () => createInviteError('invite.send_failed', { uncertain: true });

/**
 * Normalizes whatever `onSend` rejected with (F03): never `[object Object]`, never a crash on
 * `.message` of `undefined`. A thrown `Response` or `{ status, headers }` object is read by its
 * status and `Retry-After`; a `TypeError` is the network failing (fetch's only failure type).
 * Reading it may throw (a revoked Proxy, a throwing getter): the caller then reports `send_failed`.
 */
async function errorFromRejection(reason: unknown): Promise<InviteResultError> {
  const name = errorName(reason);
  if (name === 'TimeoutError') return createInviteError('invite.timeout', { uncertain: true });
  if (name === 'AbortError') return createInviteError('invite.aborted', { uncertain: true });
  if (reason instanceof TypeError) return createInviteError('invite.network_error', { uncertain: true });
  if (reason && typeof reason === 'object') {
    const r = reason as { status?: unknown; code?: unknown; message?: unknown; headers?: unknown; retryAfterMs?: unknown };
    const retryAfter =
      typeof r.retryAfterMs === 'number' && r.retryAfterMs >= 0
        ? r.retryAfterMs
        : parseRetryAfter(headerOf(r.headers, 'retry-after'), Date.now(), headerOf(r.headers, 'date'));
    let code = typeof r.code === 'string' ? r.code : undefined;
    let message = typeof r.message === 'string' ? r.message : undefined;
    if (typeof Response !== 'undefined' && reason instanceof Response) {
      code = message = undefined;
      try {
        ({ code, message } = readBodyError(JSON.parse(await reason.clone().text())));
      } catch {
        // A body that is not JSON (or was read already) says nothing more than the status does.
      }
      return errorFromStatus(reason.status, code, message, retryAfter);
    }
    if (typeof r.status === 'number' && r.status >= 400) return errorFromStatus(r.status, code, message, retryAfter);
    if (code && isInviteErrorCode(code)) {
      return createInviteError(code, { ...(message && { message }), ...(retryAfter !== undefined && { retryAfterMs: retryAfter }) });
    }
    // The request may have reached the server before it failed (F02).
    if (reason instanceof Error && message) return createInviteError('invite.send_failed', { message, uncertain: true });
  }
  return sendFailed();
}

// ─── Result validation ───────────────────────────────────────────────────────────────────────────

// Hand-written guards rather than a zod schema: this runs in the browser bundle, where zod's
// runtime would cost more than the whole send loop (DESIGN.md, performance budget).
type Fields = Record<string, unknown>;

const isOptional = (value: unknown, type: 'string' | 'number' | 'boolean') => value === undefined || typeof value === type;
const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Copies the named fields that are present, dropping everything else the transport sent. */
function pick<T>(source: Fields, keys: ReadonlyArray<keyof T & string>): Partial<T> {
  const out: Fields = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as Partial<T>;
}

/** The invitation record of a success, or `undefined` when it is malformed (the success stands). */
function readInvitation(value: unknown): Invitation | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.email !== 'string') return undefined;
  if (!INVITATION_TEXT.every((key) => isOptional(value[key], 'string'))) return undefined;
  if (value.roleSlugs !== undefined && !isStringArray(value.roleSlugs)) return undefined;
  const invitation = pick<Invitation>(value, ['id', 'email', 'roleSlugs', ...INVITATION_TEXT]) as Invitation;
  // Who invited, when it says: its text fields only.
  const by = value.inviter;
  if (isRecord(by)) {
    const inviter: InvitationInviter = {};
    for (const key of ['id', 'email', 'name'] as const) if (typeof by[key] === 'string') inviter[key] = by[key];
    if (Object.keys(inviter).length > 0) invitation.inviter = inviter;
  }
  return invitation;
}

// The text fields of an invitation a transport may report (a wrong type makes it malformed).
const INVITATION_TEXT = ['state', 'expiresAt', 'createdAt', 'acceptedAt', 'revokedAt', 'organizationId', 'locale', 'acceptUrl'] as const;

/** One well-formed result item as the transport gave it, or `undefined` (ignored: F11). */
function readItem(value: unknown): { email: string; success: true; invitation?: unknown } | { email: string; success: false; error: Fields & { code: string } } | undefined {
  if (!isRecord(value) || typeof value.email !== 'string') return undefined;
  if (value.success === true) return { email: value.email, success: true, invitation: value.invitation };
  const e = value.error;
  if (value.success !== false || !isRecord(e) || typeof e.code !== 'string' || e.code === '') return undefined;
  const typed =
    isOptional(e.message, 'string') &&
    isOptional(e.retryable, 'boolean') &&
    isOptional(e.status, 'number') &&
    isOptional(e.requestId, 'string') &&
    isOptional(e.uncertain, 'boolean') &&
    (e.retryAfterMs === undefined || (typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0));
  return typed ? { email: value.email, success: false, error: e as Fields & { code: string } } : undefined;
}

type ResultItem = NonNullable<ReturnType<typeof readItem>>;

// The codes that say "may have been applied" (the outcome groups' `uncertain`), without the whole table.
const UNCERTAIN_CODES = /network_error|timeout|invalid_response/;

function toResult(email: string, item: ResultItem): InviteResult {
  if (item.success) {
    const invitation = readInvitation(item.invitation);
    return invitation ? { email, success: true, invitation } : { email, success: true };
  }
  const e = item.error as Partial<InviteResultError> & { code: string };
  const info = isInviteErrorCode(e.code) ? INVITE_ERROR_CODES[e.code] : undefined;
  const error: InviteResultError = {
    code: e.code,
    message: e.message?.trim() ? e.message : (info?.message ?? 'The invitation was not sent.'),
    retryable: e.retryable ?? info?.retryable ?? false,
    // When the transport does not say, the code tells whether the request may have been applied.
    uncertain: e.uncertain ?? UNCERTAIN_CODES.test(e.code),
  };
  return { email, success: false, error: { ...error, ...pick<InviteResultError>(e, ['retryAfterMs', 'status', 'requestId']) } };
}

const sameOutcome = (a: InviteResult, b: InviteResult) =>
  a.success === b.success && (a.success || b.success || a.error.code === b.error.code);

/**
 * Matches what `onSend` resolved with to the request's entries by address key, never by position
 * (F09, F10). Strangers and malformed items are ignored (F08, F11); an entry with no result, or
 * with two results that disagree, is `invite.invalid_response` (F07, F11).
 */
function reconcile(value: unknown, entries: readonly InviteSendEntry[]): InviteResult[] {
  const invalid = (email: string): InviteResult => ({
    email,
    success: false,
    error: createInviteError('invite.invalid_response', { uncertain: true }),
  });
  if (value === undefined) return entries.map((e) => ({ email: e.email, success: true }));
  if (!Array.isArray(value)) {
    try {
      if (process.env.NODE_ENV !== 'production') warnDev(`onSend resolved ${value === null ? 'null' : typeof value}, not an array of results.`);
    } catch {
      // No bundler and no `process`: quiet, as in production.
    }
    return entries.map((e) => invalid(e.email));
  }
  // An address listed twice in one request gets the one answer given for it, at both places.
  const positions = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const key = emailKey(e.email);
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const found: Array<InviteResult | undefined> = [];
  const conflicting = new Set<number>();
  for (const item of value) {
    const parsed = readItem(item);
    if (!parsed) continue;
    for (const i of positions.get(emailKey(parsed.email)) ?? []) {
      const result = toResult(entries[i]!.email, parsed);
      const earlier = found[i];
      if (earlier && !sameOutcome(earlier, result)) conflicting.add(i);
      found[i] ??= result;
    }
  }
  try {
    // Counts only: the addresses stay out of the console (F07, F08, F11).
    if (process.env.NODE_ENV !== 'production') {
      const parsed = value.map(readItem);
      const malformed = parsed.filter((item) => !item).length;
      const strangers = parsed.filter((item) => item && !positions.has(emailKey(item.email))).length;
      const missing = entries.filter((_, i) => !found[i]).length;
      if (malformed || strangers || missing || conflicting.size) {
        warnDev(
          `onSend answered ${value.length} results for ${entries.length} entries: ${missing} missing, ${conflicting.size} conflicting, ${malformed} malformed, ${strangers} for addresses not in the request.`,
        );
      }
    }
  } catch {
    // No bundler and no `process`: quiet, as in production.
  }
  return entries.map((e, i) => (conflicting.has(i) ? invalid(e.email) : (found[i] ?? invalid(e.email))));
}

// ─── Scheduling ──────────────────────────────────────────────────────────────────────────────────

/**
 * Runs `task` over `items` with at most `limit` in flight, and stops starting new ones once
 * `signal` aborts (those slots stay `undefined`). Results come back in the items' order.
 * `task` should not reject: a rejection rejects the whole run.
 * @example await runWithConcurrency(entries, 4, (entry) => post(entry));
 */
export async function runWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<Array<R | undefined>> {
  const out: Array<R | undefined> = new Array(items.length).fill(undefined);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  const width = Math.max(1, Math.min(items.length, Math.floor(limit) || 1));
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

/** Resolves `true` after `ms`, or `false` as soon as `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// Failures worth trying again unchanged; everything else needs the person first.
const TRANSIENT_CODES = /* @__PURE__ */ new Set<string>([
  'invite.network_error',
  'invite.timeout',
  'invite.send_failed',
  'invite.ip_rate_limited',
  'invite.org_rate_limited',
  'invite.user_lookup_failed',
  'invite.member_lookup_failed',
]);

/**
 * Whether the send loop may retry this failure on its own: network, timeout, 5xx and 429 failures
 * that are marked retryable, and `invite.request_in_progress` (409: the same key is still running). Validation codes, `already_*`, `authorize.*`, `mfa.step_up_required`,
 * `invite.aborted` and `invite.invalid_response` never are.
 */
export function isTransientError(error: InviteResultError): boolean {
  // A 409 for a key whose first request is still running: this try applied nothing.
  if (error.code === 'invite.request_in_progress') return true;
  if (!error.retryable) return false;
  if (error.status !== undefined && !isTransientStatus(error.status)) return false;
  return isInviteErrorCode(error.code) ? TRANSIENT_CODES.has(error.code) : error.status !== undefined;
}

// ─── The loop ────────────────────────────────────────────────────────────────────────────────────

/** One entry handed to {@link sendInviteBatch}. */
export interface SendInviteBatchEntry {
  email: string;
  name?: string;
  /** @default ['member'] */
  roleSlugs?: readonly string[];
  /** Minted when absent. Pass the entry's own key so a later manual retry reuses it. */
  idempotencyKey?: string;
}

/** How {@link sendInviteBatch} sends. */
export interface SendInviteBatchOptions {
  /** The request-level fields every request carries (organization, expiry, locale, inviter). */
  request?: Omit<InviteSendRequest, 'entries'>;
  /**
   * The most entries one `onSend` call gets.
   * @default 20
   */
  maxBatchSize?: number;
  /**
   * How many requests may be in flight at once.
   * @default 4
   */
  concurrency?: number;
  /**
   * Automatic retries of a request's transient failures (so at most `retries + 1` calls).
   * @default 2
   */
  retries?: number;
  /**
   * Base of the exponential backoff: retry n waits `random(0, min(maxRetryDelayMs, retryDelayMs·2^(n-1)))`.
   * @default 500
   */
  retryDelayMs?: number;
  /**
   * Cap of one backoff wait.
   * @default 30000
   */
  maxRetryDelayMs?: number;
  /**
   * The longest `Retry-After` the loop waits out by itself. A longer one ends the entry with
   * `retryAfterMs` set, so the UI can show when to try again.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * How long one `onSend` call may take before its signal aborts with a `TimeoutError` and its
   * entries become `invite.timeout` (uncertain).
   * @default 30000
   */
  timeoutMs?: number;
  /** Aborts the whole send: unsettled entries become `invite.aborted`. */
  signal?: AbortSignal;
  /**
   * The first request's `context.idempotencyKey` (request n > 0 gets `${key}.${n}`).
   * @default a fresh UUID per request
   */
  idempotencyKey?: string;
  /**
   * Whether failures that may have reached the server (timeouts, network errors, 5xx) are retried
   * automatically. Only safe when the API honours idempotency keys (RFC 9110 §9.2.2, FAULTS F15), so
   * a transport that does not declare it is never retried blind; failures that provably never left
   * (a synchronous throw, a 429) are retried either way.
   * @default onSend.capabilities?.idempotencyKeys === true
   */
  retryUncertain?: boolean;
  /** Called once per entry as soon as its final result is known (not for tries that will be retried). */
  onProgress?: (result: InviteResult, index: number) => void;
}

const ABORTED = /* @__PURE__ */ Symbol('aborted');

const failAll = (batch: readonly InviteSendEntry[], error: () => InviteResultError): InviteResult[] =>
  batch.map((e) => ({ email: e.email, success: false, error: error() }));

/**
 * One `onSend` call: its own controller, a timeout, and a race against abort (F04, F05). `ABORTED`
 * when `signal` aborted it; `left` is called once the request may have reached the server.
 */
async function callOnce(
  batch: InviteSendEntry[],
  onSend: OnSend,
  fields: SendInviteBatchOptions['request'],
  key: string,
  attempt: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  left: () => void,
): Promise<InviteResult[] | typeof ABORTED> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${timeoutMs} ms.`, 'TimeoutError')), timeoutMs);
  try {
    const request = Object.freeze({ ...fields, entries: Object.freeze(batch) as InviteSendEntry[] });
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(onSend(request, { signal: controller.signal, idempotencyKey: key, attempt }));
    } catch {
      // F01: a synchronous throw means nothing left the client.
      return failAll(batch, () => createInviteError('invite.send_failed', { uncertain: false }));
    }
    left();
    type Settled = { value: unknown } | { error: InviteResultError } | typeof ABORTED;
    const settled = await new Promise<Settled>((resolve) => {
      if (controller.signal.aborted) return resolve(ABORTED);
      controller.signal.addEventListener('abort', () => resolve(ABORTED), { once: true });
      pending.then(
        (value) => resolve({ value }),
        // errorFromRejection never throws; the fallback is for the day it does: no unhandled rejection.
        (reason: unknown) => errorFromRejection(reason).then((error) => resolve({ error }), () => resolve({ error: sendFailed() })),
      );
    });
    if (settled === ABORTED) return signal?.aborted ? ABORTED : failAll(batch, () => createInviteError('invite.timeout', { uncertain: true }));
    if ('error' in settled) return failAll(batch, () => ({ ...settled.error }));
    try {
      return reconcile(settled.value, batch);
    } catch {
      // A resolved value that throws when read (a revoked Proxy, a throwing getter) is no answer.
      return failAll(batch, () => createInviteError('invite.invalid_response', { uncertain: true }));
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/** How {@link sendInviteRequest} sends: the request's key is required (a server has the client's). */
export type SendInviteRequestOptions = Pick<SendInviteBatchOptions, 'request' | 'timeoutMs' | 'signal'> & { idempotencyKey: string };

/**
 * One `onSend` call for `entries`, its answer reconciled to them: {@link sendInviteBatch} without
 * the splitting and the retries, for a server answering one request (`createInviteHandler`).
 * Never rejects; when `signal` aborts, every entry is `invite.aborted`, uncertain.
 * @example const results = await sendInviteRequest(entries, onSend, { idempotencyKey, signal: request.signal });
 */
export async function sendInviteRequest(
  entries: ReadonlyArray<SendInviteBatchEntry & { idempotencyKey: string }>,
  onSend: OnSend,
  options: SendInviteRequestOptions,
): Promise<InviteResult[]> {
  const batch = entries.map((entry) => prepare(entry, entry.idempotencyKey));
  const results = await callOnce(batch, onSend, options.request, options.idempotencyKey, 1, options.timeoutMs ?? 30_000, options.signal, () => {});
  return results === ABORTED ? failAll(batch, () => createInviteError('invite.aborted', { uncertain: true })) : results;
}

// A frozen snapshot: a transport that mutates what it was given cannot change a retry.
const prepare = (entry: SendInviteBatchEntry, idempotencyKey: string): InviteSendEntry =>
  Object.freeze({
    email: entry.email,
    ...(typeof entry.name === 'string' && { name: entry.name }),
    roleSlugs: Object.freeze(resolveRoleSlugs(entry.roleSlugs)) as string[],
    idempotencyKey,
  });

/**
 * Sends invitations through `onSend` and resolves one result per entry, in the entries' order.
 * Never rejects.
 *
 * - Splits the entries into requests of at most `maxBatchSize`, at most `concurrency` at a time.
 * - Retries transient failures (network, timeout, 5xx, 429) up to `retries` times with full-jitter
 *   exponential backoff, or after `Retry-After` when the server gave one; only the entries still
 *   failing, with the same request key and the same entry keys. An entry that succeeded is never
 *   sent again.
 * - Every failed result carries `uncertain`: `true` when the entry may have been invited anyway
 *   (timeout, lost response, 5xx — on any try, so an `already_pending` after a timed-out try is
 *   marked uncertain too), `false` when it provably was not.
 * - An abort stops at once: entries not yet settled become `invite.aborted` (uncertain when their
 *   request was in flight); if the signal is already aborted, `onSend` is never called.
 *
 * @example
 * const results = await sendInviteBatch([{ email: 'jane@acme.com' }], onSend, {
 *   request: { organizationId: 'org_123' },
 *   signal: controller.signal,
 * });
 */
export async function sendInviteBatch(
  entries: ReadonlyArray<SendInviteBatchEntry>,
  onSend: OnSend,
  options: SendInviteBatchOptions = {},
): Promise<InviteResult[]> {
  const {
    maxBatchSize = 20,
    concurrency = 4,
    retries = 2,
    retryDelayMs = 500,
    maxRetryDelayMs = 30_000,
    maxRetryAfterMs = 60_000,
    timeoutMs = 30_000,
    signal,
    onProgress,
  } = options;
  const retryUncertain = options.retryUncertain ?? onSend.capabilities?.idempotencyKeys === true;

  const prepared = entries.map((entry) => prepare(entry, entry.idempotencyKey || createIdempotencyKey()));
  const results: Array<InviteResult | undefined> = new Array(prepared.length).fill(undefined);
  // Whether each entry may have reached the server on some try so far.
  const maybeSent: boolean[] = new Array(prepared.length).fill(false);

  const settle = (i: number, result: InviteResult) => {
    if (results[i]) return;
    results[i] = result;
    try {
      onProgress?.(result, i);
    } catch {
      // A failing progress callback must not cost the person their results.
    }
  };

  const attemptOnce = (indices: number[], key: string, attempt: number) =>
    callOnce(indices.map((i) => prepared[i]!), onSend, options.request, key, attempt, timeoutMs, signal, () => {
      for (const i of indices) maybeSent[i] = true;
    });

  async function sendRequest(indices: number[], key: string): Promise<void> {
    let pending = indices;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) return;
      const before = pending.map((i) => maybeSent[i]!);
      const outcome = await attemptOnce(pending, key, attempt);
      if (outcome === ABORTED) return;
      const again: number[] = [];
      let hint: number | undefined;
      outcome.forEach((result, n) => {
        const i = pending[n]!;
        if (result.success) return settle(i, result);
        const error = result.error;
        error.uncertain = error.uncertain === true || before[n]!;
        maybeSent[i] = error.uncertain;
        const waitable = error.retryAfterMs === undefined || error.retryAfterMs <= maxRetryAfterMs;
        if (attempt <= retries && waitable && isTransientError(error) && (retryUncertain || !error.uncertain)) {
          again.push(i);
          if (error.retryAfterMs !== undefined) hint = Math.max(hint ?? 0, error.retryAfterMs);
        } else settle(i, result);
      });
      if (again.length === 0) return;
      // Full jitter (random between 0 and the exponential cap) unless the server said how long.
      const delay = hint ?? Math.random() * Math.min(maxRetryDelayMs, retryDelayMs * 2 ** (attempt - 1));
      if (!(await sleep(delay, signal))) return;
      pending = again;
    }
  }

  const size = Math.max(1, Math.floor(maxBatchSize) || 1);
  const requests: number[][] = [];
  for (let start = 0; start < prepared.length; start += size) {
    requests.push(prepared.slice(start, start + size).map((_, k) => start + k));
  }
  await runWithConcurrency(
    requests,
    concurrency,
    (indices, n) =>
      sendRequest(indices, options.idempotencyKey ? (n === 0 ? options.idempotencyKey : `${options.idempotencyKey}.${n}`) : createIdempotencyKey()),
    signal,
  );

  // Whatever is still open was cut short by the abort.
  const timedOut = isTimeoutReason(signal?.reason);
  prepared.forEach((entry, i) => {
    if (results[i]) return;
    const code = maybeSent[i] && timedOut ? 'invite.timeout' : 'invite.aborted';
    settle(i, { email: entry.email, success: false, error: createInviteError(code, { uncertain: maybeSent[i]! }) });
  });
  return results as InviteResult[];
}
