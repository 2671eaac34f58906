import type { InviteErrorBody } from '../../src/server/handler';

export const URL_ORG = 'https://app.example/api/orgs/org_1/invitations';

/** A JSON POST to the handler; `raw` sends `body` as it is. */
export const post = (body: unknown, init: { url?: string; headers?: Record<string, string>; raw?: boolean; signal?: AbortSignal } = {}) =>
  new Request(init.url ?? URL_ORG, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.raw ? (body as string) : JSON.stringify(body),
    ...(init.signal && { signal: init.signal }),
  });

/** A POST whose body is `stream` (no Content-Length), as a runtime hands a chunked upload over. */
export const streamed = (stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  new Request(URL_ORG, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: stream,
    duplex: 'half',
    ...(signal && { signal }),
  } as RequestInit);

export const readError = async (response: Response) => (await response.json()) as InviteErrorBody;

/** An `authorize` for a signed-in admin. */
export const asAdmin = () => ({ caller: { email: 'me@acme.com', roleSlugs: ['admin'] }, callerId: 'user_me' });
