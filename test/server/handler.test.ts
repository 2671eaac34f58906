// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { InviteResult, OnSend } from '../../src/core/types';
import { createInviteHandler, type InviteErrorBody } from '../../src/server/handler';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';

const URL_ORG = 'https://app.example/api/orgs/org_1/invitations';

const post = (body: unknown, init: { url?: string; headers?: Record<string, string>; raw?: boolean } = {}) =>
  new Request(init.url ?? URL_ORG, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.raw ? (body as string) : JSON.stringify(body),
  });

const readError = async (response: Response) => (await response.json()) as InviteErrorBody;

describe('createInviteHandler', () => {
  describe('given a request it cannot take', () => {
    it('answers 405 with Allow: POST to anything but POST', async () => {
      const handler = createInviteHandler({ onSend: vi.fn<OnSend>() });
      const response = await handler(new Request(URL_ORG));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it.each([
      ['not JSON', '{"email": '],
      ['an object', '{"email":"a@x.com"}'],
      ['an array of numbers', '[1, 2]'],
      ['role_slugs that are not a list of strings', '[{"email":"a@x.com","role_slugs":"admin"}]'],
      ['nothing', ''],
    ])('answers 400 invite.decode_failed to %s, sending nothing', async (_, body) => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend })(post(body, { raw: true }));
      expect(response.status).toBe(400);
      expect((await readError(response)).error.code).toBe('invite.decode_failed');
      expect(onSend).not.toHaveBeenCalled();
    });

    it('answers 413 to a body over the limit', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), maxBodyBytes: 100 })(post([{ email: `${'a'.repeat(200)}@x.com` }]));
      expect(response.status).toBe(413);
    });
  });

  describe('given a batch that breaks the rules', () => {
    it('answers 400 listing every issue with index and address, sending nothing', async () => {
      const onSend = vi.fn<OnSend>();
      const response = await createInviteHandler({ onSend })(
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
      expect(onSend).not.toHaveBeenCalled();
    });

    it.each([
      ['empty', [], 'invite.empty_batch'],
      ['too large', Array.from({ length: 21 }, (_, i) => ({ email: `u${i}@x.com` })), 'invite.batch_too_large'],
    ])('answers 400 with the batch-level code when %s', async (_, body, code) => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>() })(post(body));
      expect(response.status).toBe(400);
      const error = await readError(response);
      expect(error.error.code).toBe(code);
      expect(error.issues![0]).not.toHaveProperty('index');
    });

    it('honours the policy’s batch size', async () => {
      const response = await createInviteHandler({ onSend: vi.fn<OnSend>(), policy: { maxBatchSize: 2 } })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }, { email: 'c@x.com' }]));
      expect((await readError(response)).error.code).toBe('invite.batch_too_large');
    });
  });

  describe('given authorize', () => {
    it('answers 401 authorize.unauthenticated when it throws', async () => {
      const onSend = vi.fn<OnSend>();
      const handler = createInviteHandler({ onSend, authorize: () => { throw new Error('no session'); } });
      const response = await handler(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(401);
      expect((await readError(response)).error.code).toBe('authorize.unauthenticated');
      expect(onSend).not.toHaveBeenCalled();
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

    it('applies the caller’s guards: self-invite 400, a role above its own 403', async () => {
      const handler = createInviteHandler({
        onSend: vi.fn<OnSend>(),
        authorize: async () => ({ caller: { email: 'me@x.com', roleSlugs: ['admin'] } }),
      });
      const self = await handler(post([{ email: 'ME@x.com' }]));
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

  describe('given a valid batch', () => {
    it('answers 200 with the invite_result array of seeds/004', async () => {
      const api = createMemoryInvitationApi({ members: ['member@acme.com'], pending: ['pending@acme.com'] });
      const response = await createInviteHandler({ onSend: api.onSend })(
        post([{ email: 'jane@acme.com', role_slugs: ['admin'] }, { email: 'Member@Acme.com' }, { email: 'pending@acme.com' }]),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
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
          },
          error: '',
        },
        { object: 'invite_result', email: 'Member@Acme.com', success: false, error: 'invite.already_member' },
        { object: 'invite_result', email: 'pending@acme.com', success: false, error: 'invite.already_pending' },
      ]);
      expect(api.invitations.map((i) => i.organizationId)).toEqual([undefined, 'org_1']);
    });

    it('gives onSend the organization, the Idempotency-Key and per-entry keys derived from it and the address', async () => {
      const onSend = vi.fn<OnSend>(async () => undefined);
      const handler = createInviteHandler({ onSend, request: { expiresInDays: 5 } });
      await handler(post([{ email: 'a@x.com' }, { email: 'b@x.com' }], { headers: { 'Idempotency-Key': 'req-1' } }));
      await handler(post([{ email: 'b@x.com' }], { headers: { 'Idempotency-Key': 'req-1' } }));
      const [first, retry] = onSend.mock.calls;
      expect(first![0]).toMatchObject({ organizationId: 'org_1', expiresInDays: 5 });
      expect(first![1].idempotencyKey).toBe('req-1');
      expect(first![1].attempt).toBe(1);
      // b keeps its key when a retry sends it alone, at another position.
      expect(retry![0].entries[0]!.idempotencyKey).toBe(first![0].entries[1]!.idempotencyKey);
      expect(first![0].entries[0]!.idempotencyKey).not.toBe(first![0].entries[1]!.idempotencyKey);
    });

    it('replays instead of inviting twice when the same request comes again', async () => {
      const api = createMemoryInvitationApi();
      const handler = createInviteHandler({ onSend: api.onSend });
      const send = () => handler(post([{ email: 'a@x.com' }], { headers: { 'Idempotency-Key': 'same' } })).then((r) => r.json());
      const [first, second] = [await send(), await send()];
      expect(second).toEqual(first);
      expect(api.invitations).toHaveLength(1);
    });

    it('puts Retry-After on a 200 in which some entries hit the rate limit', async () => {
      const api = createMemoryInvitationApi({ rateLimit: { max: 1, windowMs: 30_000 } });
      const response = await createInviteHandler({ onSend: api.onSend })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }]));
      expect(response.status).toBe(200);
      expect(response.headers.get('retry-after')).toBe('30');
      const body = (await response.json()) as Array<{ error: string }>;
      expect(body.map((r) => r.error)).toEqual(['', 'invite.org_rate_limited']);
    });
  });

  describe('given onSend fails for the whole request', () => {
    it('answers 429 with Retry-After when every entry is rate-limited', async () => {
      const api = createMemoryInvitationApi({ rateLimit: { max: 0, windowMs: 1 } });
      api.failNext('invite.org_rate_limited', { retryAfterMs: 12_300 });
      const response = await createInviteHandler({ onSend: api.onSend })(post([{ email: 'a@x.com' }, { email: 'b@x.com' }]));
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('13');
      expect(await readError(response)).toEqual({ error: { code: 'invite.org_rate_limited', message: expect.any(String) } });
    });

    it.each<[string, OnSend]>([
      ['throws', () => { throw new Error('boom'); }],
      ['rejects', () => Promise.reject(new Error('db down'))],
      ['reports send_failed for all', async (request) => request.entries.map((e): InviteResult => ({ email: e.email, success: false, error: { code: 'invite.send_failed', message: 'x', retryable: true } }))],
    ])('answers 500 invite.send_failed when onSend %s', async (_, onSend) => {
      const response = await createInviteHandler({ onSend })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(500);
      expect((await readError(response)).error.code).toBe('invite.send_failed');
    });

    it('answers 504 when onSend outlasts the timeout', async () => {
      const response = await createInviteHandler({ onSend: () => new Promise(() => {}), timeoutMs: 20 })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(504);
      expect((await readError(response)).error.code).toBe('invite.timeout');
    });

    it('keeps per-entry outcomes in a 200 even when they are all the same', async () => {
      const api = createMemoryInvitationApi({ members: ['a@x.com'] });
      const response = await createInviteHandler({ onSend: api.onSend })(post([{ email: 'a@x.com' }]));
      expect(response.status).toBe(200);
    });
  });
});
