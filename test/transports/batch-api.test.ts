// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendInviteBatch } from '../../src/core/send-batch';
import type { InviteResult } from '../../src/core/types';
import { BATCH_API_CAPABILITIES, createBatchApiTransport, fetchInviteCapabilities, readCapabilities } from '../../src/transports/batch-api';
import { WORKOS_CAPABILITIES } from '../../src/transports/workos';
import { context, jsonResponse, recordingFetch, sendRequest } from './harness';

// The response example of seeds/004, verbatim.
const SEED_RESPONSE = [
  {
    object: 'invite_result',
    email: 'jane@acme.com',
    success: true,
    invitation: {
      object: 'invitation',
      id: 'inv_01h455vb4pex5vsknk084sn02q',
      email: 'jane@acme.com',
      state: 'pending',
      role_slugs: ['member'],
      expires_at: '2025-07-01T00:00:00Z',
      created_at: '2025-06-01T12:00:00Z',
    },
    error: '',
  },
];

const errorOf = (result: InviteResult | undefined) => (result && !result.success ? result.error : undefined);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createBatchApiTransport', () => {
  describe('the request (seeds/004)', () => {
    it('POSTs [{ email, role_slugs }] as JSON with the request’s Idempotency-Key, and nothing else', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, SEED_RESPONSE));
      const onSend = createBatchApiTransport({ url: 'https://api.nametrust.com/orgs/org_1/invitations', fetch });
      const request = sendRequest(['jane@acme.com', 'bob@acme.com'], { organizationId: 'org_1' }, [['member'], ['admin', 'org-x']]);
      await onSend(request, context());
      expect(seen).toHaveLength(1);
      const [call] = seen;
      expect(call!.method).toBe('POST');
      expect(call!.url).toBe('https://api.nametrust.com/orgs/org_1/invitations');
      expect(call!.headers.get('content-type')).toBe('application/json');
      expect(call!.headers.get('idempotency-key')).toBe('req-key');
      expect(call!.body).toEqual([
        { email: 'jane@acme.com', role_slugs: ['member'] },
        { email: 'bob@acme.com', role_slugs: ['admin', 'org-x'] },
      ]);
    });

    it('carries a pasted display name, the locale and the lifetime as the documented extensions, never dropping them', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, SEED_RESPONSE));
      const onSend = createBatchApiTransport({ url: '/x', fetch });
      const request = sendRequest(['jane@acme.com', 'bob@acme.com'], { locale: 'fr', expiresInDays: 14 });
      request.entries[0]!.name = 'Jane Doe';
      await onSend(request, context());
      expect(seen[0]!.body).toEqual([
        { email: 'jane@acme.com', role_slugs: ['member'], name: 'Jane Doe', locale: 'fr', expires_in_days: 14 },
        { email: 'bob@acme.com', role_slugs: ['member'], locale: 'fr', expires_in_days: 14 },
      ]);
      await onSend(sendRequest(['a@x.com'], { expiresInMinutes: 90 }), context());
      expect(seen[1]!.body).toEqual([{ email: 'a@x.com', role_slugs: ['member'], expires_in_minutes: 90 }]);
    });

    it('builds the URL from the request and adds the host’s headers, from a function too', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, []));
      let token = 'one';
      const onSend = createBatchApiTransport({
        url: (request) => `https://app.example/api/orgs/${request.organizationId}/invitations`,
        headers: () => ({ authorization: `Bearer ${token}` }),
        fetch,
      });
      await onSend(sendRequest(['a@x.com'], { organizationId: 'org_42' }), context());
      token = 'two';
      await onSend(sendRequest(['a@x.com'], { organizationId: 'org_42' }), context());
      expect(seen[0]!.url).toBe('https://app.example/api/orgs/org_42/invitations');
      expect(seen.map((s) => s.headers.get('authorization'))).toEqual(['Bearer one', 'Bearer two']);
    });

    it('declares its capabilities', () => {
      expect(createBatchApiTransport({ url: '/x' }).capabilities).toBe(BATCH_API_CAPABILITIES);
      expect(BATCH_API_CAPABILITIES).toEqual({ roles: 'many', idempotencyKeys: true });
    });

    it('adopts the capabilities the server describes, so the host declares them once, on the server', () => {
      const served = JSON.parse(JSON.stringify({ ...WORKOS_CAPABILITIES, maxBatchSize: 20 }));
      const onSend = createBatchApiTransport({ url: '/x', capabilities: served });
      expect(onSend.capabilities).toMatchObject({ roles: 'one', locales: WORKOS_CAPABILITIES.locales, expiry: WORKOS_CAPABILITIES.expiry, idempotencyKeys: true });
    });
  });

  describe('readCapabilities', () => {
    it.each<[string, unknown]>([
      ['null', null],
      ['unknown roles', { roles: 'all', idempotencyKeys: true }],
      ['no idempotencyKeys', { roles: 'one' }],
      ['locales that are not strings', { roles: 'one', idempotencyKeys: true, locales: [1] }],
      ['an expiry in hours', { roles: 'one', idempotencyKeys: true, expiry: { unit: 'hours', min: 1, max: 2, default: 1 } }],
      ['a default outside the range', { roles: 'one', idempotencyKeys: true, expiry: { unit: 'days', min: 1, max: 30, default: 31 } }],
    ])('refuses %s', (_, value) => {
      expect(readCapabilities(value)).toBeUndefined();
    });

    it('keeps what it knows and drops the rest', () => {
      expect(readCapabilities({ roles: 'none', idempotencyKeys: false, locales: ['en'], expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 }, extra: 1 })).toEqual({
        roles: 'none',
        idempotencyKeys: false,
        locales: ['en'],
        expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 },
      });
    });
  });

  describe('fetchInviteCapabilities', () => {
    it('reads what the server describes', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, { roles: 'one', idempotencyKeys: true, maxBatchSize: 20 }));
      await expect(fetchInviteCapabilities('/api/orgs/org_1/invitations/capabilities', { fetch, headers: { authorization: 'Bearer t' } })).resolves.toEqual({ roles: 'one', idempotencyKeys: true });
      expect(seen[0]!.method).toBe('GET');
      expect(seen[0]!.headers.get('authorization')).toBe('Bearer t');
    });

    it('rejects with what came back when it is not a description', async () => {
      const { fetch } = recordingFetch(() => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
      await expect(fetchInviteCapabilities('/caps?x=1', { fetch })).rejects.toThrow('GET /caps answered 200 text/html, not a capabilities description.');
    });
  });

  describe('a 200 answer', () => {
    it('maps the seed’s invite_result to a result with a camel-cased invitation', async () => {
      const { fetch } = recordingFetch(() => jsonResponse(200, SEED_RESPONSE));
      const results = await createBatchApiTransport({ url: '/x', fetch })(sendRequest(['jane@acme.com']), context());
      expect(results).toEqual([
        {
          email: 'jane@acme.com',
          success: true,
          invitation: {
            id: 'inv_01h455vb4pex5vsknk084sn02q',
            email: 'jane@acme.com',
            state: 'pending',
            roleSlugs: ['member'],
            expiresAt: '2025-07-01T00:00:00Z',
            createdAt: '2025-06-01T12:00:00Z',
          },
        },
      ]);
    });

    it('reads per-entry error codes with the catalog’s message and retryable flag', async () => {
      const { fetch } = recordingFetch(() =>
        jsonResponse(
          200,
          [
            { object: 'invite_result', email: 'a@x.com', success: false, error: 'invite.already_member' },
            { object: 'invite_result', email: 'b@x.com', success: false, error: 'invite.already_pending' },
            { object: 'invite_result', email: 'c@x.com', success: false, error: 'invite.org_rate_limited' },
            { object: 'invite_result', email: 'd@x.com', success: false, error: 'acme.custom' },
          ],
          { 'Retry-After': '30' },
        ),
      );
      const results = (await createBatchApiTransport({ url: '/x', fetch })(sendRequest(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']), context())) as InviteResult[];
      expect(errorOf(results[0])).toEqual({ code: 'invite.already_member', message: 'Already a member of this organization.', retryable: false, uncertain: false });
      expect(errorOf(results[1])).toMatchObject({ code: 'invite.already_pending', retryable: false });
      expect(errorOf(results[2])).toMatchObject({ code: 'invite.org_rate_limited', retryable: true, retryAfterMs: 30_000 });
      expect(errorOf(results[3])).toMatchObject({ code: 'acme.custom', retryable: false });
    });

    it('reports a body that is not an array as invalid_response for every entry, saying what came back', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { fetch } = recordingFetch(() => new Response('<html>ok</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
      const results = (await createBatchApiTransport({ url: '/api/orgs/org_1/invitations', fetch })(sendRequest(['a@x.com', 'b@x.com']), context())) as InviteResult[];
      expect(results.map((r) => errorOf(r)?.code)).toEqual(['invite.invalid_response', 'invite.invalid_response']);
      expect(errorOf(results[0])).toMatchObject({ uncertain: true, status: 200, message: 'The server answered 200 with text/html that is not JSON. It may have been sent.' });
      expect(String(warn.mock.calls[0]![0])).toMatch(/^\[invite-kit\] createBatchApiTransport: POST \/api\/orgs\/org_1\/invitations: The server answered 200/);
    });
  });

  describe('a whole-request error', () => {
    const emails = ['a@x.com', 'b@x.com', 'c@x.com'];
    const run = async (response: Response) => {
      const { fetch } = recordingFetch(() => response);
      return (await createBatchApiTransport({ url: '/x', fetch })(sendRequest(emails), context())) as InviteResult[];
    };

    it.each<[string, Response, Record<string, unknown>]>([
      ['400 batch-level', jsonResponse(400, { error: { code: 'invite.batch_too_large', message: 'Too many.' } }), { code: 'invite.batch_too_large', message: 'Too many.', retryable: false, status: 400, uncertain: false }],
      ['400 that does not decode', jsonResponse(400, { error: { code: 'invite.decode_failed', message: 'Malformed JSON body' } }), { code: 'invite.decode_failed', retryable: false }],
      ['401', jsonResponse(401, { error: { code: 'authorize.unauthenticated', message: 'No valid auth credentials' } }), { code: 'authorize.unauthenticated', retryable: false, status: 401 }],
      ['401 with no body', new Response(null, { status: 401 }), { code: 'authorize.unauthenticated', retryable: false }],
      ['403 forbidden', jsonResponse(403, { error: { code: 'authorize.forbidden', message: 'Missing member:invite' } }), { code: 'authorize.forbidden', retryable: false }],
      ['403 step-up, told apart by code', jsonResponse(403, { error: { code: 'mfa.step_up_required', message: 'Step up' } }), { code: 'mfa.step_up_required', retryable: false }],
      ['404', jsonResponse(404, { error: { code: 'invite.org_not_found', message: 'No organization with this ID' } }), { code: 'invite.org_not_found', retryable: false }],
      ['409', jsonResponse(409, { error: { code: 'invite.already_pending', message: 'Pending' } }), { code: 'invite.already_pending', retryable: false, status: 409 }],
      ['429 with Retry-After', jsonResponse(429, { error: { code: 'invite.ip_rate_limited', message: 'Slow' } }, { 'Retry-After': '7' }), { code: 'invite.ip_rate_limited', retryable: true, retryAfterMs: 7_000, uncertain: false }],
      ['500', jsonResponse(500, { error: { code: 'invite.send_failed', message: 'Invitation delivery failed' } }), { code: 'invite.send_failed', retryable: true, uncertain: true, status: 500 }],
      ['502 from a proxy, HTML', new Response('<h1>Bad Gateway</h1>', { status: 502 }), { code: 'invite.send_failed', retryable: true, uncertain: true }],
    ])('%s applies to every entry', async (_, response, expected) => {
      const results = await run(response);
      expect(results).toHaveLength(3);
      for (const result of results) expect(errorOf(result)).toMatchObject(expected);
    });

    it('maps 400 issues to their entries by index or address; the rest were held back, not refused', async () => {
      const results = await run(
        jsonResponse(400, {
          error: { code: 'invite.invalid_email', message: 'This is not a valid email address.' },
          issues: [
            { index: 0, email: 'a@x.com', code: 'invite.invalid_email', message: 'missing @' },
            { email: 'C@X.com', code: 'invite.self_invite', message: 'You cannot invite yourself.' },
            { index: 9, code: 'invite.invalid_role', message: 'stranger' },
          ],
        }),
      );
      expect(results.map((r) => errorOf(r)?.code)).toEqual(['invite.invalid_email', 'invite.send_failed', 'invite.self_invite']);
      expect(errorOf(results[0])?.message).toBe('missing @');
      expect(errorOf(results[1])).toMatchObject({ retryable: true, status: 400, uncertain: false });
    });
  });

  describe('when no answer arrives', () => {
    it('reports a network failure as network_error, uncertain', async () => {
      const onSend = createBatchApiTransport({ url: '/x', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
      const results = (await onSend(sendRequest(['a@x.com']), context())) as InviteResult[];
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.network_error', uncertain: true, retryable: true });
    });

    it('reports a failing headers function as not sent, without calling fetch', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(200, []));
      const onSend = createBatchApiTransport({ url: '/x', fetch, headers: () => Promise.reject(new Error('token refresh failed')) });
      const results = (await onSend(sendRequest(['a@x.com']), context())) as InviteResult[];
      expect(seen).toHaveLength(0);
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.send_failed', uncertain: false, retryable: true });
    });

    it('reports an abort by its reason', async () => {
      const controller = new AbortController();
      const onSend = createBatchApiTransport({
        url: '/x',
        fetch: (_, init) =>
          new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      });
      const pending = onSend(sendRequest(['a@x.com']), context({ signal: controller.signal }));
      controller.abort(new DOMException('late', 'TimeoutError'));
      expect(errorOf(((await pending) as InviteResult[])[0])?.code).toBe('invite.timeout');
    });
  });

  describe('behind sendInviteBatch', () => {
    it('retries a 503 with the same Idempotency-Key and reconciles the answer', async () => {
      const { fetch, seen } = recordingFetch((_, n) =>
        n === 1
          ? new Response(null, { status: 503 })
          : jsonResponse(200, [
              { object: 'invite_result', email: 'B@X.COM', success: true, error: '' },
              { object: 'invite_result', email: 'a@x.com', success: false, error: 'invite.already_member' },
            ]),
      );
      const results = await sendInviteBatch([{ email: 'a@x.com' }, { email: 'b@x.com' }], createBatchApiTransport({ url: 'https://api.test/x', fetch }), {
        retryDelayMs: 1,
      });
      expect(seen).toHaveLength(2);
      expect(seen[1]!.headers.get('idempotency-key')).toBe(seen[0]!.headers.get('idempotency-key'));
      expect(results.map((r) => (r.success ? 'sent' : r.error.code))).toEqual(['invite.already_member', 'sent']);
    });
  });
});
