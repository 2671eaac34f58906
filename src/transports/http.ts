/**
 * The one place the transports touch the network: a JSON POST that never throws and never logs
 * an address. Every failure comes back as an {@link InviteResultError} the send loop understands.
 * @module
 */
import { warnDev } from '../core/dev';
import { parseRetryAfter } from '../core/retry-after';
import { createInviteError, runWithConcurrency } from '../core/send-batch';
import type { InviteResult, InviteResultError, InviteSendEntry } from '../core/types';
import { isRecord } from '../core/guards';

// Read only as `process.env.NODE_ENV`, which bundlers replace at build time; typed here so the kit
// needs no Node types (a runtime without `process` throws, and every reader catches that).
declare const process: { env: { NODE_ENV?: string } };

/** A `fetch`-compatible function; inject one for tests, proxies or a server runtime. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Extra request headers: a record, a `Headers`, entry pairs, or a function returning one of those
 * (called before every request, so a short-lived token can be refreshed).
 */
export type HeadersOption = HeadersInput | (() => HeadersInput | Promise<HeadersInput>);

/**
 * What `new Headers()` takes: a record, a `Headers`, or name/value pairs. The DOM's `HeadersInit`,
 * spelled so that a server compiled without the DOM lib (Node's types only) can name it too.
 */
export type HeadersInput = ConstructorParameters<typeof Headers>[0];

/** A response that arrived, its body parsed. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; `undefined` when empty or not JSON (see `malformed`). */
  body: unknown;
  /** `true` when there was a body and it was not JSON. */
  malformed: boolean;
  /** The wait `Retry-After` asked for, in ms. */
  retryAfterMs?: number;
}

/** What {@link postJson} yields: the response, or the failure that kept one from arriving. */
export type PostOutcome = { response: JsonResponse } | { error: InviteResultError };

const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/**
 * POSTs `body` as JSON and reads the answer. Never throws:
 * - the signal aborting gives `invite.timeout` (reason `TimeoutError`) or `invite.aborted`;
 * - a `TypeError` from fetch (offline, DNS, CORS, a dropped connection) gives `invite.network_error`;
 * all three `uncertain`, since the request may have reached the server.
 * @example
 * const outcome = await postJson(fetch, url, [{ email, role_slugs }], { headers: { 'Idempotency-Key': key }, signal });
 */
export async function postJson(
  fetchImpl: FetchLike | undefined,
  url: string,
  body: unknown,
  init: { headers?: HeadersOption; extraHeaders?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<PostOutcome> {
  let headers: Headers;
  try {
    headers = new Headers(typeof init.headers === 'function' ? await init.headers() : init.headers);
  } catch {
    // The host's headers function failed (a token refresh, say): nothing was sent.
    return { error: createInviteError('invite.send_failed', { uncertain: false }) };
  }
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  for (const [name, value] of Object.entries(init.extraHeaders ?? {})) headers.set(name, value);
  try {
    const response = await (fetchImpl ?? defaultFetch)(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      ...(init.signal && { signal: init.signal }),
    });
    const text = await response.text();
    let parsed: unknown;
    let malformed = false;
    if (text.trim()) {
      try {
        parsed = JSON.parse(text);
      } catch {
        malformed = true;
      }
    }
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now(), response.headers.get('date'));
    return {
      response: {
        status: response.status,
        headers: response.headers,
        body: parsed,
        malformed,
        ...(retryAfterMs !== undefined && { retryAfterMs }),
      },
    };
  } catch (reason) {
    return { error: errorFromFetchFailure(reason, init.signal) };
  }
}

/** Classifies a rejected `fetch` (or a body that stopped arriving) without reading its message text. */
export function errorFromFetchFailure(reason: unknown, signal?: AbortSignal): InviteResultError {
  if (signal?.aborted) {
    const timedOut = (signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
    return createInviteError(timedOut ? 'invite.timeout' : 'invite.aborted', { uncertain: true });
  }
  if (reason instanceof TypeError) return createInviteError('invite.network_error', { uncertain: true });
  const name = (reason as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return createInviteError('invite.timeout', { uncertain: true });
  if (name === 'AbortError') return createInviteError('invite.aborted', { uncertain: true });
  // Anything else thrown by an injected fetch: treat it like the network failing.
  return createInviteError('invite.network_error', { uncertain: true });
}

/**
 * The error for a 2xx answer that is not the API's (a wrong `baseUrl` hitting a single-page app's
 * fallback page, a proxy's HTML, JSON of another shape): `invite.invalid_response`, uncertain, with
 * a message that says what came back. In development it also warns, naming the URL (never an address).
 * @param source who speaks, for the warning (`createWorkOSTransport`)
 * @param expected what a success looks like (`a WorkOS invitation object`)
 */
export function unexpectedAnswer(source: string, url: string, response: JsonResponse, expected: string): InviteResultError {
  const { status, body } = response;
  const what = `The server answered ${status} with ${
    response.malformed ? `${response.headers.get('content-type')?.split(';')[0] || 'a body'} that is not JSON` : body === undefined ? 'an empty body' : `JSON that is not ${expected}`
  }`;
  try {
    if (process.env.NODE_ENV !== 'production') {
      warnDev(`${source}: POST ${url.split('?')[0]}: ${what}. Is the URL right? A single-page app's fallback page answers 200 text/html.`);
    }
  } catch {
    // No bundler and no `process`: quiet, as in production.
  }
  return createInviteError('invite.invalid_response', { status, uncertain: true, message: `${what}. It may have been sent.` });
}

/** A failed result for `email`, with its own copy of `error`. */
export const failure = (email: string, error: InviteResultError): InviteResult => ({ email, success: false, error: { ...error } });

/** Whether `value` is a plain JSON object. */
/** A plain object (not `null`, not an array). */
export { isRecord };

/** A string field of a JSON object, or `undefined`. */
export const stringField = (value: unknown, key: string): string | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

/**
 * Sends a request's entries one HTTP call each, at most `concurrency` at a time, and reports in the
 * entries' order. Entries not started when the signal aborts come back `invite.aborted`, not sent.
 */
export async function sendEach(
  entries: readonly InviteSendEntry[],
  concurrency: number,
  signal: AbortSignal,
  sendOne: (entry: InviteSendEntry) => Promise<InviteResult>,
): Promise<InviteResult[]> {
  const results = await runWithConcurrency(entries, concurrency, sendOne, signal);
  return entries.map(
    (entry, i) => results[i] ?? failure(entry.email, createInviteError('invite.aborted', { uncertain: false })),
  );
}
