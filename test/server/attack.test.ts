// @vitest-environment node
/**
 * The handler under attack: what a hostile client, a misbehaving transport or a broken host can
 * send it. Every case holds the same promises: nothing is sent that should not be, the answer is
 * bounded and says nothing internal, and the process never crashes (no unhandled rejection).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InviteResult, OnSend } from '../../src/core/types';
import { createInviteHandler, type InviteHandlerOptions } from '../../src/server/handler';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { asAdmin, post, readError, streamed, URL_ORG } from './harness';

const unhandled = vi.fn();
beforeEach(() => {
  unhandled.mockClear();
  process.on('unhandledRejection', unhandled);
});
afterEach(async () => {
  vi.useRealTimers();
  // A stray rejection needs a few turns to surface.
  await new Promise((resolve) => setTimeout(resolve, 5));
  process.off('unhandledRejection', unhandled);
  expect(unhandled).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

const setup = (options: Partial<InviteHandlerOptions> = {}) => {
  const api = createMemoryInvitationApi();
  const onSend = Object.assign(vi.fn<OnSend>((request, context) => api.onSend(request, context)), { capabilities: api.onSend.capabilities });
  const authorize = vi.fn(() => ({ caller: { email: 'me@acme.com', roleSlugs: ['member'] }, callerId: 'user_me' }));
  const onError = vi.fn();
  const handler = createInviteHandler({ onSend, authorize, onError, ...options } as InviteHandlerOptions);
  return { api, onSend, authorize, onError, handler };
};

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** A body stream that counts what was pulled from it, and whether it was cancelled; `'stall'` never answers. */
function source(chunks: () => Uint8Array | 'stall' | undefined) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks();
      if (chunk === 'stall') return new Promise<void>(() => {});
      if (!chunk) return controller.close();
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe('createInviteHandler under attack', () => {
  describe('content types (CSRF: a cross-site form cannot send JSON)', () => {
    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['no Content-Type', undefined],
      ['JSON-like', 'application/jsonp'],
      ['text/json', 'text/json'],
      ['another JSON type', 'application/json-patch+json'],
    ])('refuses %s with 415 before asking authorize, inviting nobody', async (_, type) => {
      const { handler, onSend, authorize } = setup();
      const request = new Request(URL_ORG, { method: 'POST', body: '[{"email":"a@x.com"}]', headers: type ? { 'content-type': type } : {} });
      if (!type) request.headers.delete('content-type');
      const response = await handler(request);
      expect(response.status).toBe(415);
      expect(response.headers.get('accept-post')).toBe('application/json');
      expect((await readError(response)).error.code).toBe('invite.unsupported_media_type');
      expect(authorize).not.toHaveBeenCalled();
      expect(onSend).not.toHaveBeenCalled();
    });

    it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'])('takes %s', async (type) => {
      const { handler } = setup();
      expect((await handler(post([{ email: 'a@x.com' }], { headers: { 'content-type': type } }))).status).toBe(200);
    });
  });

  describe('nesting and shapes', () => {
    it('answers a deeply nested array with 400, not a crash', async () => {
      const depth = 30_000;
      const { handler, onSend } = setup();
      const response = await handler(post('['.repeat(depth) + ']'.repeat(depth), { raw: true }));
      expect(response.status).toBe(400);
      expect((await readError(response)).error.code).toBe('invite.decode_failed');
      expect(onSend).not.toHaveBeenCalled();
    });

    it.each<[string, unknown]>([
      ['an address that is an object', [{ email: { toString: 'a@x.com' } }]],
      ['roles nested in lists', [{ email: 'a@x.com', role_slugs: [['owner']] }]],
      ['a null entry', [null]],
      ['a number', 42],
    ])('refuses %s without sending', async (_, body) => {
      const { handler, onSend } = setup();
      expect((await handler(post(body))).status).toBe(400);
      expect(onSend).not.toHaveBeenCalled();
    });
  });

  describe('prototype keys', () => {
    it('gives no roles through __proto__: the entry is a member, the guard untouched', async () => {
      const { handler, onSend } = setup();
      const response = await handler(post('[{"email":"a@x.com","__proto__":{"role_slugs":["owner"]}}]', { raw: true }));
      expect(response.status).toBe(200);
      expect(onSend.mock.calls[0]![0].entries[0]!.roleSlugs).toEqual(['member']);
    });

    it('reads own properties only, even when Object.prototype is polluted', async () => {
      const { handler, onSend } = setup();
      Object.defineProperty(Object.prototype, 'role_slugs', { value: ['owner'], configurable: true, writable: true });
      try {
        const response = await handler(post('[{"email":"a@x.com"}]', { raw: true }));
        expect(response.status).toBe(200);
        expect(onSend.mock.calls[0]![0].entries[0]!.roleSlugs).toEqual(['member']);
      } finally {
        delete (Object.prototype as Record<string, unknown>).role_slugs;
      }
    });

    it('pollutes nothing with constructor.prototype keys', async () => {
      const { handler } = setup();
      await handler(post('[{"email":"a@x.com","constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}]', { raw: true }));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('huge bodies', () => {
    it('stops reading a 50 MB stream at maxBodyBytes and cancels it: 413', async () => {
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      let left = 800;
      const { stream, stats } = source(() => (left-- > 0 ? chunk : undefined));
      const { handler, onSend } = setup({ maxBodyBytes: 100_000 });
      const response = await handler(streamed(stream));
      expect(response.status).toBe(413);
      // What was pulled: the limit and at most the stream's read-ahead, never the 50 MB.
      expect(stats.pulled).toBeLessThan(400_000);
      expect(stats.cancelled).toBe(true);
      expect(onSend).not.toHaveBeenCalled();
    });

    it('bounds the answer to 10,000 junk entries (a 400 of at most maxIssues issues)', async () => {
      const junk = JSON.stringify(Array.from({ length: 10_000 }, () => ({ email: 'x' })));
      const { handler } = setup({ maxBodyBytes: 1_000_000 });
      const response = await handler(post(junk, { raw: true }));
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text.length).toBeLessThan(10_000);
      expect(JSON.parse(text)).toMatchObject({ omittedIssues: 10_001 - 50 });
    });

    it('refuses an Idempotency-Key too long to remember', async () => {
      const { handler, onSend } = setup();
      const response = await handler(post([{ email: 'a@x.com' }], { headers: { 'Idempotency-Key': 'k'.repeat(300) } }));
      expect(response.status).toBe(400);
      expect(onSend).not.toHaveBeenCalled();
    });
  });

  describe('slow bodies and slow hosts', () => {
    it('gives up on a body that stops arriving: 408, the stream cancelled', async () => {
      vi.useFakeTimers();
      let sent = false;
      const { stream, stats } = source(() => {
        if (sent) return 'stall';
        sent = true;
        return new TextEncoder().encode('[{"email":');
      });
      const { handler, onSend } = setup({ bodyTimeoutMs: 2_000 });
      const pending = handler(streamed(stream));
      await vi.advanceTimersByTimeAsync(2_000);
      const response = await pending;
      expect(response.status).toBe(408);
      expect(stats.cancelled).toBe(true);
      expect(onSend).not.toHaveBeenCalled();
    });

    it('ends the work when the client goes away mid-send: onSend’s signal aborts', async () => {
      const client = new AbortController();
      let signal: AbortSignal | undefined;
      const { handler } = setup({
        onSend: async (_, context) => {
          signal = context.signal;
          client.abort();
          return new Promise(() => {});
        },
      });
      const response = await handler(post([{ email: 'a@x.com' }], { signal: client.signal }));
      expect(signal!.aborted).toBe(true);
      expect(response.status).toBe(503);
    });

    it('lets a client leave after the answer without an unhandled rejection', async () => {
      const client = new AbortController();
      const { handler } = setup();
      expect((await handler(post([{ email: 'a@x.com' }], { signal: client.signal }))).status).toBe(200);
      client.abort();
    });
  });

  describe('exotic rejections (FAULTS F03)', () => {
    it.each<[string, () => unknown]>([
      ['a revoked Proxy', revoked],
      ['a throwing status getter', () => Object.defineProperty({}, 'status', { get: () => { throw new Error('status'); } })],
      ['a throwing headers getter', () => Object.defineProperty({ status: 429 }, 'headers', { get: () => { throw new Error('headers'); } })],
      ['a throwing name getter', () => Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('name'); } })],
      ['undefined', () => undefined],
    ])('onSend rejecting with %s is a 500 with a generic message, reported to onError', async (_, make) => {
      const reason = make();
      const { handler, onError } = setup({ onSend: () => Promise.reject(reason) });
      const response = await handler(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(500);
      expect((await readError(response)).error).toMatchObject({ code: 'invite.send_failed', message: 'The invitation could not be delivered. Try again.' });
      // Compared by identity: a matcher would read the hostile object's properties itself.
      expect(onError.mock.calls[0]![0] === reason).toBe(true);
      expect(onError.mock.calls[0]![1]).toMatchObject({ phase: 'send' });
    });

    it('onSend resolving what throws when read is a 502 invalid_response', async () => {
      const hostile = new Proxy([], { get: (_, key) => { if (key === 'then') return undefined; throw new Error('no'); } });
      const { handler } = setup({ onSend: async () => hostile as InviteResult[] });
      const response = await handler(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(502);
      expect((await readError(response)).error.code).toBe('invite.invalid_response');
    });

    it.each<[string, () => unknown]>([
      ['throws a revoked Proxy', () => { throw revoked(); }],
      ['returns a revoked Proxy', revoked],
      ['rejects with an object whose code getter throws', () => Promise.reject(Object.defineProperty({}, 'code', { get: () => { throw new Error('code'); } }))],
    ])('authorize that %s is a 500 that invites nobody', async (_, authorize) => {
      const { handler, onSend } = setup({ authorize: authorize as never });
      const response = await handler(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(500);
      expect(onSend).not.toHaveBeenCalled();
    });

    it('an onError that throws changes nothing', async () => {
      const { handler } = setup({ onSend: () => Promise.reject(new Error('x')), onError: () => { throw new Error('logger down'); } });
      expect((await handler(post([{ email: 'a@x.com' }]))).status).toBe(500);
    });
  });

  describe('key reuse', () => {
    it('lets one of two concurrent requests with the same key send, and answers the other 409', async () => {
      let release!: () => void;
      const { handler, onSend, api } = setup();
      onSend.mockImplementationOnce(async (request, context) => {
        await new Promise<void>((resolve) => (release = resolve));
        return api.onSend(request, context);
      });
      const send = () => handler(post([{ email: 'a@x.com' }], { headers: { 'Idempotency-Key': 'k1' } }));
      const first = send();
      await vi.waitFor(() => expect(onSend).toHaveBeenCalledTimes(1));
      const second = await send();
      release();
      expect(second.status).toBe(409);
      expect((await first).status).toBe(200);
      expect(api.invitations).toHaveLength(1);
    });

    it('answers a key replayed with other roles 422, and invites nobody at that level', async () => {
      const { handler, api } = setup({ authorize: () => asAdmin() });
      await handler(post([{ email: 'a@x.com' }], { headers: { 'Idempotency-Key': 'k2' } }));
      const response = await handler(post([{ email: 'a@x.com', role_slugs: ['admin'] }], { headers: { 'Idempotency-Key': 'k2' } }));
      expect(response.status).toBe(422);
      expect(api.invitations.map((i) => i.roleSlugs)).toEqual([['member']]);
    });

    it('keeps keys apart per organization: the same key in another organization is a new request', async () => {
      const { handler, onSend } = setup();
      await handler(post([{ email: 'a@x.com' }], { headers: { 'Idempotency-Key': 'k3' } }));
      const other = await handler(post([{ email: 'b@x.com' }], { url: 'https://app.example/api/orgs/org_2/invitations', headers: { 'Idempotency-Key': 'k3' } }));
      expect(other.status).toBe(200);
      expect(onSend).toHaveBeenCalledTimes(2);
    });
  });

  describe('invalid UTF-8', () => {
    it('never invites an address that came in broken', async () => {
      const bytes = new Uint8Array([...new TextEncoder().encode('[{"email":"a'), 0xff, ...new TextEncoder().encode('@x.com"}]')]);
      const { handler, onSend } = setup();
      const response = await handler(new Request(URL_ORG, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }));
      expect(response.status).toBe(400);
      expect(onSend).not.toHaveBeenCalled();
    });
  });
  describe('the invitation routes', () => {
    const managed = (options: Partial<InviteHandlerOptions> = {}) => {
      const api = createMemoryInvitationApi({ invitations: [{ email: 'ana@acme.com', organizationId: 'org_1', locale: 'fr' }, { email: 'boss@acme.com', organizationId: 'org_1', roleSlugs: ['owner'] }] });
      const get = vi.fn(api.get);
      const revoke = vi.fn(api.revoke);
      const resend = vi.fn(api.resend);
      const authorize = vi.fn(() => ({ caller: { email: 'me@acme.com', roleSlugs: ['admin'] }, callerId: 'user_me' }));
      const onError = vi.fn();
      const handler = createInviteHandler({ onSend: api.onSend, invitations: { ...api, get, revoke, resend }, authorize, onError, ...options } as InviteHandlerOptions);
      const id = api.invitations[0]!.id;
      return { api, get, revoke, resend, authorize, onError, handler, id };
    };
    const action = (path: string, body: BodyInit | null = '{}', type: string | null = 'application/json') =>
      new Request(`${URL_ORG}/${path}`, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['no Content-Type', null],
    ])('refuses a revoke sent as %s with 415 before authorize, revoking nothing', async (_, type) => {
      const { handler, authorize, get, revoke, id } = managed();
      const request = action(`${id}/revoke`, '{}', type);
      if (!type) request.headers.delete('content-type');
      const response = await handler(request);
      expect(response.status).toBe(415);
      expect(authorize).not.toHaveBeenCalled();
      expect(get).not.toHaveBeenCalled();
      expect(revoke).not.toHaveBeenCalled();
    });

    it.each([
      ['an id escaping its path', `${encodeURIComponent('x/../../org_2/invitations/y')}/revoke`],
      ['a broken escape', '%E0%A4%A/revoke'],
      ['an id longer than any', `${'i'.repeat(1_000)}/revoke`],
    ])('finds nothing for %s: 404, nothing revoked', async (_, path) => {
      const { handler, revoke, api } = managed();
      const response = await handler(action(path));
      expect(response.status).toBe(404);
      expect(revoke).not.toHaveBeenCalled();
      expect(api.invitations.every((i) => i.state === 'pending')).toBe(true);
    });

    it('asks nothing of the transport for an X-Org-ID of another organization', async () => {
      const { handler, get, id } = managed();
      const response = await handler(new Request(`${URL_ORG}/${id}/revoke`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-org-id': 'org_2' } }));
      expect(response.status).toBe(403);
      expect(get).not.toHaveBeenCalled();
    });

    it.each<[string, string]>([
      ['an array', '[]'],
      ['a string', '"fr"'],
      ['a locale that is an object', '{"locale":{"toString":"fr"}}'],
      ['JSON that does not parse', '{"locale":'],
    ])('refuses a resend body that is %s: 400, nothing resent', async (_, body) => {
      const { handler, resend, id } = managed();
      const response = await handler(action(`${id}/resend`, body));
      expect(response.status).toBe(400);
      expect((await readError(response)).error.code).toBe('invite.decode_failed');
      expect(resend).not.toHaveBeenCalled();
    });

    it('takes no locale from __proto__: the invitation keeps its own', async () => {
      const { handler, api, id } = managed();
      expect((await handler(action(`${id}/resend`, '{"__proto__":{"locale":"xx"}}'))).status).toBe(200);
      expect(api.invitations[0]!.locale).toBe('fr');
    });

    it('stops reading a huge revoke body at maxBodyBytes: 413, nothing revoked', async () => {
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      let left = 200;
      const { stream, stats } = source(() => (left-- > 0 ? chunk : undefined));
      const { handler, revoke, id } = managed({ maxBodyBytes: 10_000 });
      const response = await handler(new Request(`${URL_ORG}/${id}/revoke`, { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit));
      expect(response.status).toBe(413);
      expect(stats.cancelled).toBe(true);
      expect(revoke).not.toHaveBeenCalled();
    });

    it('refuses a revoke for a role above the caller, even one the transport would allow', async () => {
      const { handler, revoke, api } = managed();
      const response = await handler(action(`${api.invitations[1]!.id}/revoke`));
      expect(response.status).toBe(403);
      expect(revoke).not.toHaveBeenCalled();
    });

    it.each<[string, () => unknown]>([
      ['a revoked Proxy', revoked],
      ['undefined', () => undefined],
      ['an object whose code getter throws', () => Object.defineProperty({}, 'code', { get: () => { throw new Error('code'); } })],
    ])('a list rejecting with %s is a 500 with a generic message, reported to onError', async (_, make) => {
      const reason = make();
      const { handler, onError } = managed({ invitations: { list: () => Promise.reject(reason) } });
      const response = await handler(new Request(URL_ORG));
      expect(response.status).toBe(500);
      expect((await readError(response)).error.message).toBe('The invitation could not be delivered. Try again.');
      expect(onError.mock.calls[0]![0] === reason).toBe(true);
    });

    it('a list answering a hostile page is a 500, not a crash', async () => {
      const hostile = Object.defineProperty({}, 'invitations', { get: () => { throw new Error('no'); } });
      const { handler } = managed({ invitations: { list: async () => hostile as never } });
      expect((await handler(new Request(URL_ORG))).status).toBe(500);
    });

    it('a get answering something that is no invitation is a 404, not a crash', async () => {
      const revoke = vi.fn(async () => undefined);
      const { handler } = managed({ invitations: { get: async () => ({ id: 5 }) as never, revoke } });
      const response = await handler(action('inv_1/revoke'));
      expect(response.status).toBe(404);
      expect(revoke).not.toHaveBeenCalled();
    });

    it('an onInvitationAction that throws costs nothing but a report', async () => {
      const { handler, onError, id, api } = managed({ onInvitationAction: () => { throw new Error('audit down'); } });
      expect((await handler(action(`${id}/revoke`))).status).toBe(200);
      expect(api.invitations[0]!.state).toBe('revoked');
      expect(onError.mock.calls[0]![1]).toMatchObject({ phase: 'audit' });
    });
  });
});
