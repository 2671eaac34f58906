import type { InviteSendContext, InviteSendEntry, InviteSendRequest } from '../../src/core/types';
import type { FetchLike } from '../../src/transports/http';

/** One request a {@link recordingFetch} saw. */
export interface Seen {
  request: Request;
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A `fetch` that records each Request and answers with `respond`. */
export function recordingFetch(respond: (seen: Seen, n: number) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (input, init) => {
    // Relative URLs are the app's own routes; resolve them as a browser would.
    const request = new Request(new URL(input, 'http://app.test'), init);
    const text = await request.clone().text();
    const entry: Seen = { request, url: request.url, method: request.method, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    seen.push(entry);
    return respond(entry, seen.length);
  };
  return { fetch, seen };
}

/** A JSON response. */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A send request with stable per-entry keys `key-<email>`. */
export function sendRequest(emails: string[], extra: Omit<InviteSendRequest, 'entries'> = {}, roles?: string[][]): InviteSendRequest {
  const entries: InviteSendEntry[] = emails.map((email, i) => ({ email, roleSlugs: roles?.[i] ?? ['member'], idempotencyKey: `key-${email}` }));
  return { entries, ...extra };
}

/** A send context with the request key `req-key`. */
export const context = (over: Partial<InviteSendContext> = {}): InviteSendContext => ({
  signal: new AbortController().signal,
  idempotencyKey: 'req-key',
  attempt: 1,
  ...over,
});
