// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InviteResult, OnSend } from '../../src/core/types';
import { createInviteHandler, type InviteAuditEvent, type InviteHandlerOptions } from '../../src/server/handler';
import { createBatchApiTransport, readCapabilities } from '../../src/transports/batch-api';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { createStytchTransport, STYTCH_CAPABILITIES } from '../../src/transports/stytch';
import { jsonResponse, recordingFetch } from '../transports/harness';
import { WORKOS_CAPABILITIES } from '../../src/transports/workos';
import { asAdmin, post, readError, URL_ORG } from './harness';

const anyone = { dangerouslyAllowAnyone: true } as const;
const sent = (onSend: ReturnType<typeof vi.fn<OnSend>>) => onSend.mock.calls.map(([request]) => request.entries.map((e) => e.email));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createInviteHandler', () => {
  describe('its creation: safe by default', () => {
    it('refuses to exist without authorize, saying exactly what to write', () => {
      const create = () => createInviteHandler({ onSend: vi.fn<OnSend>() } as unknown as InviteHandlerOptions);
      expect(create).toThrow(TypeError);
      expect(create).toThrow(/needs `authorize`, or anyone who reaches the route can invite people/);
      expect(create).toThrow(
        'Add `authorize: async (request) => { const session = await getSession(request); return session ? { caller: { email: session.email, roleSlugs: session.roleSlugs } } : null; }`',
      );
      expect(create).toThrow(/in a demo or a test only, `dangerouslyAllowAnyone: true`/);
    });

    it('refuses to exist without onSend', () => {
      expect(() => createInviteHandler({ dangerouslyAllowAnyone: true } as unknown as InviteHandlerOptions)).toThrow(/needs `onSend`/);
    });

    it('lets anyone invite only when told so by name', async () => {
      const handler = createInviteHandler({ onSend: vi.fn<OnSend>(async () => undefined), ...anyone });
      expect((await handler(post([{ email: 'a@x.com' }]))).status).toBe(200);
    });
  });

  describe('given a request it cannot take', () => {
    it('answers 405 with Allow: POST to anything but POST', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), ...anyone })(new Request(URL_ORG));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it.each([
      ['not JSON', '{"email": '],
      ['an object', '{"email":"a@x.com"}'],
      ['an array of numbers', '[1, 2]'],
      ['role_slugs that are not a list of strings', '[{"email":"a@x.com","role_slugs":"admin"}]'],
      ['a name that is not a string', '[{"email":"a@x.com","name":{"first":"A"}}]'],
      ['a lifetime that is not a whole number', '[{"email":"a@x.com","expires_in_days":1.5}]'],
      ['lifetimes that differ between entries', '[{"email":"a@x.com","expires_in_days":3},{"email":"b@x.com","expires_in_days":4}]'],
      ['nothing', ''],
    ])('answers 400 invite.decode_failed to %s, sending nothing', async (_, body) => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend, ...anyone })(post(body, { raw: true }));
      expect(response.status).toBe(400);
      expect((await readError(response)).error.code).toBe('invite.decode_failed');
      expect(onSend).not.toHaveBeenCalled();
    });

    it('answers 413 to a body over the limit', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), maxBodyBytes: 100, ...anyone })(post([{ email: `${'a'.repeat(200)}@x.com` }]));
      expect(response.status).toBe(413);
    });
  });

  describe('given a runtime whose Request has no body stream (Firefox: a handler in a page or service worker)', () => {
    // Firefox's Request has no `body` getter at all; the Playground runs this handler there.
    const asInFirefox = (request: Request) => Object.defineProperty(request, 'body', { value: undefined });

    it('reads the batch all the same and sends it', async () => {
      const onSend = vi.fn<OnSend>(async () => undefined);
      const response = await createInviteHandler({ onSend, ...anyone })(asInFirefox(post([{ email: 'ana@x.com' }, { email: 'ben@x.com' }])));
      expect(response.status).toBe(200);
      expect(sent(onSend)).toEqual([['ana@x.com', 'ben@x.com']]);
    });

    it('still answers 413 to a body over the limit, sending nothing', async () => {
      const onSend = vi.fn<OnSend>();
      const request = asInFirefox(post([{ email: `${'a'.repeat(200)}@x.com` }]));
      // No Content-Length to refuse it by up front: the size is measured once read.
      request.headers.delete('content-length');
      const response = await createInviteHandler({ onSend, maxBodyBytes: 100, ...anyone })(request);
      expect(response.status).toBe(413);
      expect(onSend).not.toHaveBeenCalled();
    });
  });

  describe('given a batch that breaks the rules', () => {
    it('answers 400 listing every issue with index and address, sending nothing', async () => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend, ...anyone })(
        post([
          { email: 'not-an-address' },
          { email: 'a@x.com' },
          { email: 'A@x.com' },
          { email: 'b@x.com', role_slugs: ['admin', 'owner'] },
          { role_slugs: ['member'] },
        ]),
      );
      expect(response.status).toBe(400);
      const body = await readError(response);
      expect(body.error.code).toBe('invite.invalid_email');
      expect(body.issues!.map((i) => [i.index, i.code])).toEqual([
        [0, 'invite.invalid_email'],
        [2, 'invite.duplicate_email'],
        [3, 'invite.multiple_system_roles'],
        [4, 'invite.invalid_email'],
      ]);
      expect(body.issues![1]).toMatchObject({ email: 'A@x.com', message: expect.any(String) });
      expect(body).not.toHaveProperty('omittedIssues');
      expect(onSend).not.toHaveBeenCalled();
    });

    it.each([
      ['empty', [], 'invite.empty_batch'],
      ['too large', Array.from({ length: 21 }, (_, i) => ({ email: `u${i}@x.com` })), 'invite.batch_too_large'],
    ])('answers 400 with the batch-level code when %s', async (_, body, code) => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), ...anyone })(post(body));
      expect(response.status).toBe(400);
      const error = await readError(response);
      expect(error.error.code).toBe(code);
      expect(error.issues![0]).not.toHaveProperty('index');
    });

    it('honours the policy’s batch size', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), policy: { maxBatchSize: 2 }, ...anyone })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }, { email: 'c@x.com' }]));
      expect((await readError(response)).error.code).toBe('invite.batch_too_large');
    });

    it('lists at most maxIssues issues and counts the rest', async () => {
      const junk = Array.from({ length: 30 }, () => ({ email: 'nope' }));
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), maxIssues: 5, ...anyone })(post(junk));
      const body = await readError(response);
      // The batch-level issue, then 30 invalid addresses.
      expect(body.issues).toHaveLength(5);
      expect(body.omittedIssues).toBe(26);
    });

    it('rejects more roles than the transport behind takes, before sending (WorkOS: one role_slug)', async () => {
      const onSend = Object.assign(vi.fn<OnSend>(), { capabilities: WORKOS_CAPABILITIES });
      const response = await createInviteHandler({ onSend, ...anyone })(post([{ email: 'a@x.com', role_slugs: ['member', 'org-eng'] }]));
      expect(response.status).toBe(400);
      expect((await readError(response)).issues).toEqual([expect.objectContaining({ index: 0, code: 'invite.roles_not_supported' })]);
      expect(onSend).not.toHaveBeenCalled();
    });

    it('rejects any role for a transport that takes none (Stytch), declared on the handler when onSend does not', async () => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend, capabilities: STYTCH_CAPABILITIES, ...anyone })(post([{ email: 'a@x.com', role_slugs: ['admin'] }]));
      expect((await readError(response)).issues![0]).toMatchObject({ code: 'invite.roles_not_supported' });
    });
  });

  describe('given authorize', () => {
    it('answers 401 only to the explicit signal: null, or a thrown authorize.unauthenticated or 401', async () => {
      for (const authorize of [() => null, () => Promise.reject({ code: 'authorize.unauthenticated' }), () => Promise.reject({ status: 401 })]) {
        const onSend = vi.fn<OnSend>();
        const response = await createInviteHandler({ onSend, authorize })(post([{ email: 'a@x.com' }]));
        expect(response.status).toBe(401);
        expect((await readError(response)).error.code).toBe('authorize.unauthenticated');
        expect(onSend).not.toHaveBeenCalled();
      }
    });

    it('answers an ordinary error with 500, not "your session expired", and hands the error to onError', async () => {
      const onError = vi.fn();
      const boom = new Error('connect ECONNREFUSED 10.0.0.7:5432');
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: () => { throw boom; }, onError })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(500);
      const body = await readError(response);
      expect(body.error).toEqual({ code: 'invite.user_lookup_failed', message: 'The server could not look up your account. Try again.', requestId: response.headers.get('x-request-id') });
      expect(JSON.stringify(body)).not.toContain('10.0.0.7');
      expect(onError).toHaveBeenCalledWith(boom, { requestId: body.error.requestId, phase: 'authorize' });
    });

    it.each<[string, () => unknown, number, string]>([
      ['returns false', () => false, 403, 'authorize.forbidden'],
      ['throws a forbidden code', () => Promise.reject({ code: 'authorize.forbidden' }), 403, 'authorize.forbidden'],
      ['throws a 403 status', () => Promise.reject({ status: 403 }), 403, 'authorize.forbidden'],
      ['asks for step-up', () => Promise.reject({ code: 'mfa.step_up_required' }), 403, 'mfa.step_up_required'],
    ])('answers 403 when it %s', async (_, authorize, status, code) => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: authorize as never })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(status);
      expect((await readError(response)).error.code).toBe(code);
    });

    it('passes a Response it returns or throws through unchanged', async () => {
      const teapot = new Response('no', { status: 418 });
      expect((await createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: () => teapot })(post([]))).status).toBe(418);
      const thrown = () => {
        throw new Response('later', { status: 503 });
      };
      expect((await createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: thrown })(post([]))).status).toBe(503);
    });

    it('gives up on an authorize that never settles: 500, its signal aborted, nothing read or sent', async () => {
      vi.useFakeTimers();
      let seen: AbortSignal | undefined;
      const onError = vi.fn();
      const onSend = vi.fn<OnSend>();
      const pending = createInviteHandler({
        onSend,
        authorizeTimeoutMs: 1_000,
        onError,
        authorize: (_, { signal }) => {
          seen = signal;
          return new Promise(() => {});
        },
      })(post([{ email: 'a@x.com' }]));
      await vi.advanceTimersByTimeAsync(999);
      expect(seen!.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const response = await pending;
      expect(response.status).toBe(500);
      expect((await readError(response)).error.code).toBe('invite.user_lookup_failed');
      expect(seen!.aborted).toBe(true);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'authorize did not settle within 1000 ms.' }), expect.objectContaining({ phase: 'authorize' }));
      expect(onSend).not.toHaveBeenCalled();
    });

    it('applies the caller’s guards: self-invite 400, a role above its own 403', async () => {
      const handler = createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: async () => asAdmin() });
      const self = await handler(post([{ email: 'ME@acme.com' }]));
      expect(self.status).toBe(400);
      expect((await readError(self)).error.code).toBe('invite.self_invite');
      const above = await handler(post([{ email: 'a@x.com', role_slugs: ['owner'] }]));
      expect(above.status).toBe(403);
      expect((await readError(above)).issues![0]).toMatchObject({ index: 0, code: 'invite.insufficient_role' });
    });

    it('answers 403 invite.org_mismatch when the path names another organization', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), authorize: () => ({ organizationId: 'org_2' }) })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(403);
      expect((await readError(response)).error.code).toBe('invite.org_mismatch');
    });
  });

  describe('given API keys (seeds/004)', () => {
    it('refuses an X-Org-ID that does not match the path', async () => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend, authorize: () => asAdmin() })(post([{ email: 'a@x.com' }], { headers: { 'X-Org-ID': 'org_2' } }));
      expect(response.status).toBe(403);
      expect((await readError(response)).error.code).toBe('invite.org_mismatch');
      expect(onSend).not.toHaveBeenCalled();
    });

    it('needs X-Org-ID for a personal key, and applies its user’s privilege guard', async () => {
      const handler = createInviteHandler({
        onSend: vi.fn<OnSend>(async () => undefined),
        authorize: () => ({ caller: { email: 'me@acme.com', roleSlugs: ['member'] }, key: { id: 'key_personal_1', scope: 'personal' } }),
      });
      const without = await handler(post([{ email: 'a@x.com' }]));
      expect(without.status).toBe(403);
      expect((await readError(without)).error.code).toBe('invite.org_mismatch');
      expect((await handler(post([{ email: 'a@x.com' }], { headers: { 'X-Org-ID': 'org_1' } }))).status).toBe(200);
      const above = await handler(post([{ email: 'b@x.com', role_slugs: ['admin'] }], { headers: { 'X-Org-ID': 'org_1' } }));
      expect((await readError(above)).issues![0]).toMatchObject({ code: 'invite.insufficient_role' });
    });

    it('lets an organization key invite at any level, sends no inviter, and records the key id', async () => {
      const onSend = vi.fn<OnSend>(async () => undefined);
      const onInvited = vi.fn<(event: InviteAuditEvent) => void>();
      const handler = createInviteHandler({
        onSend,
        onInvited,
        request: { inviterUserId: 'user_default' },
        authorize: () => ({ caller: { roleSlugs: ['member'] }, key: { id: 'key_org_9', scope: 'organization' } }),
      });
      const response = await handler(post([{ email: 'boss@x.com', role_slugs: ['owner'] }]));
      expect(response.status).toBe(200);
      expect(onSend.mock.calls[0]![0]).not.toHaveProperty('inviterUserId');
      expect(onInvited.mock.calls[0]![0]).toMatchObject({ organizationId: 'org_1', keyId: 'key_org_9', outcomes: [{ index: 0, success: true }] });
    });
  });

  describe('given a valid batch', () => {
    it('answers 200 with the invite_result array of seeds/004', async () => {
      const api = createMemoryInvitationApi({ members: ['member@acme.com'], pending: ['pending@acme.com'] });
      const response = await createInviteHandler({ onSend: api.onSend, authorize: () => asAdmin() })(
        post([{ email: 'jane@acme.com', role_slugs: ['admin'] }, { email: 'Member@Acme.com' }, { email: 'pending@acme.com' }]),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const body = await response.json();
      expect(body).toEqual([
        {
          object: 'invite_result',
          email: 'jane@acme.com',
          success: true,
          invitation: {
            object: 'invitation',
            id: expect.stringMatching(/^inv_/),
            email: 'jane@acme.com',
            state: 'pending',
            role_slugs: ['admin'],
            expires_at: expect.any(String),
            created_at: expect.any(String),
            // The kit's extension: what the service behind says beyond seeds/004.
            organization_id: 'org_1',
          },
          error: '',
        },
        { object: 'invite_result', email: 'Member@Acme.com', success: false, error: 'invite.already_member' },
        { object: 'invite_result', email: 'pending@acme.com', success: false, error: 'invite.already_pending' },
      ]);
      expect(api.invitations.map((i) => i.organizationId)).toEqual([undefined, 'org_1']);
    });

    it('gives onSend the organization, the name, the shared locale and lifetime; the server’s own request fields win', async () => {
      const onSend = vi.fn<OnSend>(async () => undefined);
      const handler = createInviteHandler({ onSend, request: { expiresInDays: 5 }, authorize: () => ({ request: { inviterUserId: 'user_me' } }) });
      await handler(post([{ email: 'a@x.com', name: ' Ana Lima ', locale: 'pt-BR', expires_in_days: 14 }, { email: 'b@x.com', locale: 'pt-BR', expires_in_days: 14 }]));
      const [request, context] = onSend.mock.calls[0]!;
      expect(request).toMatchObject({ organizationId: 'org_1', locale: 'pt-BR', expiresInDays: 5, inviterUserId: 'user_me' });
      expect(request.entries.map((e) => e.name)).toEqual(['Ana Lima', undefined]);
      expect(context.attempt).toBe(1);
    });

    it('gets a pasted name and a lifetime in days through to Stytch, behind the handler', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, { request_id: 'r', user_id: 'user-test-1', email_id: 'e', status_code: 200 }));
      const onSend = createStytchTransport({ projectId: 'project-test-1', secret: 'secret-1', fetch });
      const handler = createInviteHandler({ onSend, authorize: () => asAdmin() });
      const response = await handler(post([{ email: 'ana@x.com', name: 'Ana Lima', expires_in_days: 2 }]));
      expect(response.status).toBe(200);
      expect(seen[0]!.body).toEqual({ email: 'ana@x.com', invite_expiration_minutes: 2880, name: { first_name: 'Ana', last_name: 'Lima' } });
      // Eight days do not fit Stytch: refused for the whole request, nothing sent.
      const tooLong = await handler(post([{ email: 'bo@x.com', expires_in_days: 8 }]));
      expect(tooLong.status).toBe(400);
      expect((await readError(tooLong)).error.code).toBe('invite.invalid_expiry');
      expect(seen).toHaveLength(1);
    });

    it('derives opaque per-entry keys: no address in them, stable for a subset retry, scoped to the organization', async () => {
      const onSend = vi.fn<OnSend>(async (request) => request.entries.map((e): InviteResult => ({ email: e.email, success: false, error: { code: 'invite.send_failed', message: 'x', retryable: true } })));
      const handler = createInviteHandler({ onSend, authorize: () => asAdmin() });
      await handler(post([{ email: 'a@x.com' }, { email: 'b@x.com' }], { headers: { 'Idempotency-Key': 'req-1' } }));
      await handler(post([{ email: 'b@x.com' }], { headers: { 'Idempotency-Key': 'req-1' } }));
      await handler(post([{ email: 'b@x.com' }], { url: 'https://app.example/api/orgs/org_2/invitations', headers: { 'Idempotency-Key': 'req-1' } }));
      const [first, retry, elsewhere] = onSend.mock.calls.map(([request]) => request.entries.map((e) => e.idempotencyKey));
      expect(first).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
      expect(first![0]).not.toBe(first![1]);
      expect(retry).toEqual([first![1]]);
      expect(elsewhere![0]).not.toBe(first![1]);
      expect(onSend.mock.calls[0]![1].idempotencyKey).toBe('req-1');
    });

    it('puts Retry-After on a 200 in which some entries hit the rate limit', async () => {
      const api = createMemoryInvitationApi({ rateLimit: { max: 1, windowMs: 30_000 } });
      const response = await createInviteHandler({ onSend: api.onSend, ...anyone })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }]));
      expect(response.status).toBe(200);
      expect(response.headers.get('retry-after')).toBe('30');
      const body = (await response.json()) as Array<{ error: string }>;
      expect(body.map((r) => r.error)).toEqual(['', 'invite.org_rate_limited']);
    });
  });

  describe('given an Idempotency-Key (IETF Idempotency-Key draft)', () => {
    const setup = (options: Partial<InviteHandlerOptions> = {}) => {
      const api = createMemoryInvitationApi();
      const onSend = Object.assign(vi.fn<OnSend>((request, context) => api.onSend(request, context)), { capabilities: api.onSend.capabilities });
      let who = asAdmin();
      const handler = createInviteHandler({ onSend, authorize: () => who, ...options } as InviteHandlerOptions);
      const send = (body: unknown, key = 'same') => handler(post(body, { headers: { 'Idempotency-Key': key } }));
      return { api, onSend, handler, send, signInAs: (next: typeof who) => (who = next) };
    };

    it('answers the same request again from memory, without sending it twice', async () => {
      const { api, onSend, send } = setup();
      const first = await (await send([{ email: 'a@x.com' }])).json();
      const second = await (await send([{ email: 'a@x.com' }])).json();
      expect(second).toEqual(first);
      expect(onSend).toHaveBeenCalledTimes(1);
      expect(api.invitations).toHaveLength(1);
    });

    it.each<[string, unknown[]]>([
      ['another address', [{ email: 'b@x.com' }]],
      ['other roles', [{ email: 'a@x.com', role_slugs: ['admin'] }]],
      ['another name', [{ email: 'a@x.com', name: 'Someone Else' }]],
      ['another lifetime', [{ email: 'a@x.com', expires_in_days: 3 }]],
    ])('refuses its reuse for %s with 422, not the first request’s stored success', async (_, body) => {
      const { onSend, send } = setup();
      await send([{ email: 'a@x.com' }]);
      const response = await send(body);
      expect(response.status).toBe(422);
      expect((await readError(response)).error.code).toBe('invite.idempotency_key_reused');
      expect(onSend).toHaveBeenCalledTimes(1);
    });

    it('refuses its reuse by another caller with 422', async () => {
      const { send, signInAs } = setup();
      await send([{ email: 'a@x.com' }]);
      signInAs({ caller: { email: 'other@acme.com', roleSlugs: ['admin'] }, callerId: 'user_other' });
      expect((await send([{ email: 'a@x.com' }])).status).toBe(422);
    });

    it('answers 409 with Retry-After while the first request with the key is still sending', async () => {
      let release!: () => void;
      const { send, onSend } = setup();
      onSend.mockImplementationOnce(async () => new Promise<void>((resolve) => (release = resolve)));
      const first = send([{ email: 'a@x.com' }]);
      await vi.waitFor(() => expect(onSend).toHaveBeenCalledTimes(1));
      const second = await send([{ email: 'a@x.com' }]);
      expect(second.status).toBe(409);
      expect(second.headers.get('retry-after')).toBe('1');
      expect((await readError(second)).error.code).toBe('invite.request_in_progress');
      release();
      expect((await first).status).toBe(200);
    });

    it('sends a subset again only where the outcome was worth retrying, answering the rest from memory', async () => {
      const { api, onSend, send } = setup();
      api.failNext('invite.send_failed');
      const failed = await send([{ email: 'a@x.com' }, { email: 'b@x.com' }]);
      expect(failed.status).toBe(500);
      const retried = await (await send([{ email: 'b@x.com' }])).json();
      expect(retried).toMatchObject([{ email: 'b@x.com', success: true }]);
      const again = await (await send([{ email: 'a@x.com' }, { email: 'b@x.com' }])).json();
      expect(again).toMatchObject([{ success: true }, { success: true }]);
      expect(sent(onSend)).toEqual([['a@x.com', 'b@x.com'], ['b@x.com'], ['a@x.com']]);
    });

    it('forgets a key after ttlMs, and the oldest beyond maxKeys', async () => {
      vi.useFakeTimers();
      const { onSend, send } = setup({ idempotency: { ttlMs: 1_000, maxKeys: 2 } });
      await send([{ email: 'a@x.com' }], 'k1');
      await vi.advanceTimersByTimeAsync(1_001);
      expect((await send([{ email: 'b@x.com' }], 'k1')).status).toBe(200);
      await send([{ email: 'c@x.com' }], 'k2');
      await send([{ email: 'd@x.com' }], 'k3');
      // k1 (b) was the oldest of three: forgotten, so another address is a new request.
      expect((await send([{ email: 'e@x.com' }], 'k1')).status).toBe(200);
      expect((await send([{ email: 'x@x.com' }], 'k3')).status).toBe(422);
      expect(onSend).toHaveBeenCalledTimes(5);
    });
  });

  describe('given onSend fails for the whole request', () => {
    it('answers 429 with Retry-After when every entry is rate-limited', async () => {
      const api = createMemoryInvitationApi({ rateLimit: { max: 0, windowMs: 1 } });
      api.failNext('invite.org_rate_limited', { retryAfterMs: 12_300 });
      const response = await createInviteHandler({ onSend: api.onSend, ...anyone })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }]));
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('13');
      expect(await readError(response)).toEqual({ error: { code: 'invite.org_rate_limited', message: expect.any(String), requestId: expect.any(String) } });
    });

    it.each<[string, OnSend]>([
      ['throws', () => { throw new Error('boom at db.internal:5432'); }],
      ['rejects', () => Promise.reject(new Error('boom at db.internal:5432'))],
      ['reports send_failed for all with its own text', async (request) => request.entries.map((e): InviteResult => ({ email: e.email, success: false, error: { code: 'invite.send_failed', message: 'boom at db.internal:5432', retryable: true } }))],
    ])('answers 500 invite.send_failed when onSend %s, with a generic message and a request id, never its text', async (_, onSend) => {
      const onError = vi.fn();
      const response = await createInviteHandler({ onSend, onError, ...anyone })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(500);
      const body = await readError(response);
      expect(body.error).toEqual({ code: 'invite.send_failed', message: 'The invitation could not be delivered. Try again.', requestId: response.headers.get('x-request-id') });
      expect(JSON.stringify(body)).not.toContain('db.internal');
    });

    it('hands what onSend threw to onError, with the request id and the organization', async () => {
      const onError = vi.fn();
      const boom = new Error('boom');
      const response = await createInviteHandler({ onSend: () => Promise.reject(boom), onError, ...anyone })(post([{ email: 'a@x.com' }]));
      expect(onError).toHaveBeenCalledWith(boom, { requestId: response.headers.get('x-request-id'), phase: 'send', organizationId: 'org_1' });
    });

    it('without onError, logs the phase and the error’s name, not its text, in production', async () => {
      const env = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await createInviteHandler({ onSend: () => Promise.reject(new RangeError('jane@acme.com bounced')), ...anyone })(post([{ email: 'jane@acme.com' }]));
      } finally {
        process.env.NODE_ENV = env;
      }
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[invite-kit\] send failed \(request [0-9a-f-]{36}\):$/), 'RangeError');
      expect(JSON.stringify(error.mock.calls)).not.toContain('@');
    });

    it('answers 504 when onSend outlasts the timeout', async () => {
      vi.useFakeTimers();
      const onSend = vi.fn<OnSend>(() => new Promise(() => {}));
      const pending = createInviteHandler({ onSend, timeoutMs: 20, ...anyone })(post([{ email: 'a@x.com' }]));
      await vi.waitFor(() => expect(onSend).toHaveBeenCalled());
      await vi.advanceTimersByTimeAsync(20);
      const response = await pending;
      expect(response.status).toBe(504);
      expect((await readError(response)).error.code).toBe('invite.timeout');
    });

    it('keeps per-entry outcomes in a 200 even when they are all the same', async () => {
      const api = createMemoryInvitationApi({ members: ['a@x.com'] });
      const response = await createInviteHandler({ onSend: api.onSend, ...anyone })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(200);
    });
  });

  describe('the audit hook (onInvited)', () => {
    it('says who sent what for which organization, per entry, with no address in it', async () => {
      const api = createMemoryInvitationApi({ members: ['member@acme.com'] });
      const onInvited = vi.fn<(event: InviteAuditEvent) => void>();
      const response = await createInviteHandler({ onSend: api.onSend, onInvited, authorize: () => asAdmin() })(
        post([{ email: 'jane@acme.com' }, { email: 'member@acme.com' }]),
      );
      const event = onInvited.mock.calls[0]![0];
      expect(event).toEqual({
        requestId: response.headers.get('x-request-id'),
        organizationId: 'org_1',
        callerId: 'user_me',
        outcomes: [
          { index: 0, success: true, invitationId: api.invitations[0]!.id, replayed: false },
          { index: 1, success: false, code: 'invite.already_member', replayed: false },
        ],
      });
      expect(JSON.stringify(event)).not.toContain('@');
    });

    it('answers anyway when it throws, and reports it to onError', async () => {
      const onError = vi.fn();
      const response = await createInviteHandler({
        onSend: async () => undefined,
        onInvited: () => {
          throw new Error('audit store down');
        },
        onError,
        ...anyone,
      })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(200);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'audit store down' }), expect.objectContaining({ phase: 'audit' }));
    });
  });

  describe('its capabilities: what the browser can learn', () => {
    it('describes the transport behind it, serializably, with the batch size its policy allows', () => {
      const onSend = Object.assign(vi.fn<OnSend>(), { capabilities: WORKOS_CAPABILITIES });
      const handler = createInviteHandler({ onSend, policy: { maxBatchSize: 10 }, ...anyone });
      expect(handler.capabilities).toEqual({ ...WORKOS_CAPABILITIES, maxBatchSize: 10, invitations: { list: false, resend: false, revoke: false } });
      expect(JSON.parse(JSON.stringify(handler.capabilities))).toEqual(handler.capabilities);
      // What a server component passes down is what the browser transport adopts.
      expect(createBatchApiTransport({ url: '/x', capabilities: handler.capabilities }).capabilities).toBe(handler.capabilities);
    });

    it('says several roles and no idempotency keys for an onSend that declares nothing', () => {
      expect(createInviteHandler({ onSend: vi.fn<OnSend>(), ...anyone }).capabilities).toEqual({ roles: 'many', idempotencyKeys: false, maxBatchSize: 20, invitations: { list: false, resend: false, revoke: false } });
    });

    it('serves them on GET …/capabilities for a single-page app, without authorize', async () => {
      const authorize = vi.fn(() => null);
      const handler = createInviteHandler({ onSend: Object.assign(vi.fn<OnSend>(), { capabilities: STYTCH_CAPABILITIES }), authorize });
      const response = await handler(new Request(`${URL_ORG}/capabilities`));
      expect(response.status).toBe(200);
      expect(readCapabilities(await response.json())).toEqual(STYTCH_CAPABILITIES);
      expect(authorize).not.toHaveBeenCalled();
    });
  });
});
