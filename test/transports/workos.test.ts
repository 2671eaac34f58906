// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVITATION_LOCALES } from '../../src/core/locales';
import { sendInviteBatch } from '../../src/core/send-batch';
import type { InviteResult } from '../../src/core/types';
import { createWorkOSTransport, WORKOS_CAPABILITIES, WORKOS_ERROR_CODES } from '../../src/transports/workos';
import { context, jsonResponse, recordingFetch, sendRequest } from './harness';

const errorOf = (result: InviteResult | undefined) => (result && !result.success ? result.error : undefined);

// The shape WorkOS answers a created invitation with (UserlandUserInvite in its OpenAPI spec).
const invitation = (email: string, role: string | null = 'member') => ({
  object: 'invitation',
  id: 'invitation_01E4ZCR3C56J083X43JQXF3JK5',
  email,
  state: 'pending',
  accepted_at: null,
  revoked_at: null,
  expires_at: '2021-07-01T19:07:33.155Z',
  organization_id: 'org_01E4ZCR3C56J083X43JQXF3JK5',
  inviter_user_id: 'user_01HYGBX8ZGD19949T3BM4FW1C3',
  accepted_user_id: null,
  role_slug: role,
  token: 'Z1uX3RbwcIl5fIGJJJCXXisdI',
  accept_invitation_url: 'https://your-app.com/invite?invitation_token=Z1uX3RbwcIl5fIGJJJCXXisdI',
  created_at: '2021-06-25T19:07:33.155Z',
  updated_at: '2021-06-25T19:07:33.155Z',
});

const created = () =>
  recordingFetch((seen) => {
    const body = seen.body as { email: string; role_slug?: string };
    return jsonResponse(201, invitation(body.email, body.role_slug ?? null));
  });

const KEY = 'sk_test_123';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createWorkOSTransport', () => {
  describe('its configuration', () => {
    it('fails fast without an API key, saying what to write', () => {
      expect(() => createWorkOSTransport()).toThrow(/no apiKey \(is WORKOS_API_KEY set\?\).*\{ apiKey \}.*\{ baseUrl \}/);
      expect(() => createWorkOSTransport({ apiKey: undefined })).toThrow(TypeError);
      expect(() => createWorkOSTransport({ apiKey: '' })).toThrow(TypeError);
    });

    it('needs no key behind a backend route that adds it, or with credentials in headers', () => {
      expect(() => createWorkOSTransport({ baseUrl: '/api/workos' })).not.toThrow();
      expect(() => createWorkOSTransport({ headers: { authorization: `Bearer ${KEY}` } })).not.toThrow();
    });
  });

  describe('the requests (seeds/000–002)', () => {
    it('POSTs one invitation per entry with every field set, a bearer key and the entry’s own Idempotency-Key', async () => {
      const { fetch, seen } = created();
      const onSend = createWorkOSTransport({ apiKey: KEY, fetch });
      await onSend(
        sendRequest(['jane@acme.com', 'bob@acme.com'], {
          organizationId: 'org_01E4ZCR3C56J083X43JQXF3JK5',
          expiresInDays: 14,
          inviterUserId: 'user_01HYGBX8ZGD19949T3BM4FW1C3',
          locale: 'de',
        }, [['admin'], ['member']]),
        context(),
      );
      expect(seen.map((s) => [s.method, s.url])).toEqual([
        ['POST', 'https://api.workos.com/user_management/invitations'],
        ['POST', 'https://api.workos.com/user_management/invitations'],
      ]);
      expect(seen[0]!.headers.get('authorization')).toBe('Bearer sk_test_123');
      expect(seen[0]!.headers.get('content-type')).toBe('application/json');
      expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual(['key-jane@acme.com', 'key-bob@acme.com']);
      expect(seen[0]!.body).toEqual({
        email: 'jane@acme.com',
        organization_id: 'org_01E4ZCR3C56J083X43JQXF3JK5',
        expires_in_days: 14,
        inviter_user_id: 'user_01HYGBX8ZGD19949T3BM4FW1C3',
        role_slug: 'admin',
        locale: 'de',
      });
    });

    it('leaves out unset fields and sends no Authorization behind a backend route', async () => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ baseUrl: 'https://app.example/api/workos/', fetch })(sendRequest(['a@x.com']), context());
      expect(seen[0]!.url).toBe('https://app.example/api/workos/user_management/invitations');
      expect(seen[0]!.body).toEqual({ email: 'a@x.com', role_slug: 'member' });
      expect(seen[0]!.headers.has('authorization')).toBe(false);
    });

    it('refuses an entry with several roles without sending it: WorkOS takes one role_slug', async () => {
      const { fetch, seen } = created();
      const results = (await createWorkOSTransport({ apiKey: KEY, fetch })(
        sendRequest(['a@x.com', 'b@x.com'], {}, [['member', 'org-eng'], ['org-eng']]),
        context(),
      )) as InviteResult[];
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.roles_not_supported', retryable: false, uncertain: false });
      expect(results[1]).toMatchObject({ success: true, invitation: { roleSlugs: ['org-eng'] } });
      expect(seen.map((s) => (s.body as { email: string }).email)).toEqual(['b@x.com']);
    });

    it('sends a lifetime given in whole days of minutes as expires_in_days', async () => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ apiKey: KEY, fetch })(sendRequest(['a@x.com'], { expiresInMinutes: 3 * 1440 }), context());
      expect((seen[0]!.body as { expires_in_days?: number }).expires_in_days).toBe(3);
    });

    it('refuses minutes that are no whole number of days as invite.invalid_expiry, without sending: never drops them', async () => {
      const { fetch, seen } = created();
      const results = (await createWorkOSTransport({ apiKey: KEY, fetch })(sendRequest(['a@x.com', 'b@x.com'], { expiresInMinutes: 90 }), context())) as InviteResult[];
      expect(seen).toHaveLength(0);
      expect(results.map((r) => errorOf(r)?.code)).toEqual(['invite.invalid_expiry', 'invite.invalid_expiry']);
      expect(errorOf(results[0])).toMatchObject({ uncertain: false });
    });

    it('leaves the range of days to WorkOS, and reads its answer (expires_in_days_too_long)', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(400, { code: 'expires_in_days_too_long', message: 'Invitations can be valid for at most 30 days.' }));
      const [result] = (await createWorkOSTransport({ apiKey: KEY, fetch })(sendRequest(['a@x.com'], { expiresInDays: 31 }), context())) as InviteResult[];
      expect((seen[0]!.body as { expires_in_days: number }).expires_in_days).toBe(31);
      expect(errorOf(result)).toMatchObject({ code: 'invite.invalid_expiry', message: 'Invitations can be valid for at most 30 days.' });
    });

    it.each([
      ['es-MX', 'es-419'],
      ['EN-gb', 'en-GB'],
      ['pt-br', 'pt-BR'],
      ['de-AT', 'de'],
      ['zz-ZZ', undefined],
    ])('sends locale %s as %s (F33)', async (tag, sent) => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ apiKey: KEY, fetch })(sendRequest(['a@x.com'], { locale: tag }), context());
      expect((seen[0]!.body as { locale?: string }).locale).toBe(sent);
    });

    it('keeps at most `concurrency` requests in flight', async () => {
      let inFlight = 0;
      let peak = 0;
      const { fetch, seen } = recordingFetch(async (s) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return jsonResponse(201, invitation((s.body as { email: string }).email));
      });
      const emails = Array.from({ length: 10 }, (_, i) => `u${i}@x.com`);
      const results = (await createWorkOSTransport({ apiKey: KEY, fetch, concurrency: 3 })(sendRequest(emails), context())) as InviteResult[];
      expect(seen).toHaveLength(10);
      expect(peak).toBe(3);
      expect(results.map((r) => r.email)).toEqual(emails);
    });

    it('declares one role, its 90 locales, 1–30 days and idempotency keys', () => {
      expect(createWorkOSTransport({ apiKey: KEY }).capabilities).toBe(WORKOS_CAPABILITIES);
      expect(WORKOS_CAPABILITIES).toEqual({
        roles: 'one',
        locales: INVITATION_LOCALES,
        expiry: { unit: 'days', min: 1, max: 30, default: 7 },
        idempotencyKeys: true,
      });
      expect(WORKOS_CAPABILITIES.locales).toHaveLength(90);
    });
  });

  describe('the answers', () => {
    const answer = async (response: Response, options: { apiKey?: string; baseUrl?: string } = { apiKey: KEY }) => {
      const { fetch } = recordingFetch(() => response);
      const [result] = (await createWorkOSTransport({ ...options, fetch })(sendRequest(['a@x.com']), context())) as InviteResult[];
      return result;
    };

    it('maps a created invitation, its role as WorkOS reports it, without its token', async () => {
      const { fetch } = created();
      const [result] = (await createWorkOSTransport({ apiKey: KEY, fetch })(sendRequest(['jane@acme.com'], {}, [['admin']]), context())) as InviteResult[];
      expect(result).toEqual({
        email: 'jane@acme.com',
        success: true,
        invitation: {
          id: 'invitation_01E4ZCR3C56J083X43JQXF3JK5',
          email: 'jane@acme.com',
          state: 'pending',
          roleSlugs: ['admin'],
          expiresAt: '2021-07-01T19:07:33.155Z',
          createdAt: '2021-06-25T19:07:33.155Z',
        },
      });
    });

    // Every error WorkOS's OpenAPI specification documents for POST /user_management/invitations.
    it.each<[string, number, Record<string, unknown>]>([
      ['user_already_organization_member', 400, { code: 'invite.already_member', retryable: false }],
      ['email_already_invited_to_organization', 400, { code: 'invite.already_pending', retryable: false }],
      ['email_already_invited', 400, { code: 'invite.already_pending', retryable: false }],
      ['user_already_exists', 400, { code: 'invite.already_member', message: 'This person already has an account.' }],
      ['expires_in_days_too_short', 400, { code: 'invite.invalid_expiry', retryable: false }],
      ['expires_in_days_too_long', 400, { code: 'invite.invalid_expiry', retryable: false }],
      ['invalid_role', 400, { code: 'invite.invalid_role', retryable: false }],
      ['organization_blocked_from_sending_invites', 400, { code: 'organization_blocked_from_sending_invites', retryable: false, message: 'Request could not be processed.' }],
      ['email_domain_not_deliverable', 400, { code: 'invite.invalid_email', retryable: false }],
    ])('maps the documented %s', async (code, status, expected) => {
      const result = await answer(jsonResponse(status, { code, message: 'Request could not be processed.' }));
      expect(errorOf(result)).toMatchObject({ status, uncertain: false, ...expected });
    });

    it('keeps WorkOS’s message where the kit’s words would say less', async () => {
      const result = await answer(jsonResponse(400, { code: 'user_already_organization_member', message: 'The user is already a member.' }));
      expect(errorOf(result)?.message).toBe('The user is already a member.');
    });

    it('maps no code WorkOS does not document: they stay as WorkOS sent them', async () => {
      expect(Object.keys(WORKOS_ERROR_CODES).sort()).toEqual(
        [
          'email_already_invited', 'email_already_invited_to_organization', 'email_domain_not_deliverable', 'expires_in_days_too_long',
          'expires_in_days_too_short', 'invalid_role', 'rate_limit_exceeded', 'user_already_exists', 'user_already_organization_member',
        ].sort(),
      );
      expect(errorOf(await answer(jsonResponse(400, { code: 'invitation_already_exists', message: 'x' })))).toMatchObject({ code: 'invitation_already_exists', retryable: false });
    });

    it.each<[string, Record<string, unknown>]>([
      ['email', { code: 'invite.invalid_email', retryable: false }],
      ['role_slug', { code: 'invite.invalid_role' }],
      ['expires_in_days', { code: 'invite.invalid_expiry' }],
      ['organization_id', { code: 'invite.invalid_org_id' }],
    ])('maps a 422 field error on %s', async (field, expected) => {
      const result = await answer(jsonResponse(422, { code: 'invalid_request_parameters', message: 'Validation failed.', errors: [{ field, code: 'invalid' }] }));
      expect(errorOf(result)).toMatchObject({ status: 422, ...expected });
    });

    it('maps the documented 404 to org_not_found, any other 404 to a server misconfiguration', async () => {
      expect(errorOf(await answer(jsonResponse(404, { message: "Organization not found: 'org_01EHQMYV6MBK39QC5PZXHY59C3'." })))).toMatchObject({ code: 'invite.org_not_found', retryable: false });
      expect(errorOf(await answer(new Response('<h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html' } })))).toMatchObject({
        code: 'invite.server_misconfigured',
        uncertain: false,
      });
    });

    it('treats WorkOS refusing the server’s own key as a server failure, never the person’s session', async () => {
      for (const status of [401, 403]) {
        const result = await answer(jsonResponse(status, { message: 'Unauthorized' }, { 'X-Request-ID': 'req_1' }));
        expect(errorOf(result)).toMatchObject({ code: 'invite.server_misconfigured', retryable: false, uncertain: false, status, requestId: 'req_1' });
        expect(errorOf(result)?.message).not.toMatch(/Unauthorized/);
      }
    });

    it('behind a backend route, a 401 is the session and a 403 is told apart by code', async () => {
      const proxied = { baseUrl: '/api/workos' };
      expect(errorOf(await answer(jsonResponse(401, { message: 'Sign in' }), proxied))).toMatchObject({ code: 'authorize.unauthenticated' });
      expect(errorOf(await answer(jsonResponse(401, { code: 'session_expired', message: 'Sign in' }), proxied))).toMatchObject({ code: 'authorize.unauthenticated' });
      expect(errorOf(await answer(jsonResponse(403, { code: 'mfa.step_up_required', message: 'Step up' }), proxied))).toMatchObject({ code: 'mfa.step_up_required' });
      expect(errorOf(await answer(jsonResponse(403, { message: 'No' }), proxied))).toMatchObject({ code: 'authorize.forbidden' });
    });

    it('maps a 429 with its Retry-After, and a 500 as uncertain with its request id', async () => {
      expect(errorOf(await answer(jsonResponse(429, { code: 'rate_limit_exceeded', message: 'Too many requests.' }, { 'Retry-After': '3' })))).toMatchObject({
        code: 'invite.ip_rate_limited',
        retryable: true,
        retryAfterMs: 3_000,
      });
      expect(errorOf(await answer(jsonResponse(500, { message: 'Internal error' }, { 'X-Request-ID': 'req_abc' })))).toMatchObject({
        code: 'invite.send_failed',
        retryable: true,
        uncertain: true,
        requestId: 'req_abc',
      });
    });

    it.each<[string, () => Response, RegExp]>([
      ['a single-page app’s fallback page', () => new Response('<!doctype html><div id="root"></div>', { status: 200, headers: { 'content-type': 'text/html' } }), /200 with text\/html that is not JSON/],
      ['JSON of another shape', () => jsonResponse(200, { ok: true }), /200 with JSON that is not a WorkOS invitation object/],
      ['an empty 201', () => new Response(null, { status: 201 }), /201 with an empty body/],
    ])('reports %s as invalid_response, not "Invited", and warns naming the URL, never the address', async (_, make, said) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { fetch } = recordingFetch(() => make());
      const [result] = (await createWorkOSTransport({ baseUrl: 'https://app.example/', fetch })(sendRequest(['jane@acme.com']), context())) as InviteResult[];
      expect(result!.success).toBe(false);
      expect(errorOf(result)).toMatchObject({ code: 'invite.invalid_response', uncertain: true, message: expect.stringMatching(said) });
      const text = String(warn.mock.calls[0]![0]);
      expect(text).toContain('createWorkOSTransport: POST https://app.example/user_management/invitations');
      expect(text).not.toMatch(/jane|@/);
    });

    it('reports each entry on its own: one failure does not fail the others', async () => {
      const { fetch } = recordingFetch((s, n) =>
        n === 2 ? Promise.reject(new TypeError('fetch failed')) : jsonResponse(201, invitation((s.body as { email: string }).email)),
      );
      const results = (await createWorkOSTransport({ apiKey: KEY, fetch, concurrency: 1 })(sendRequest(['a@x.com', 'b@x.com', 'c@x.com']), context())) as InviteResult[];
      expect(results.map((r) => (r.success ? 'sent' : r.error.code))).toEqual(['sent', 'invite.network_error', 'sent']);
    });

    it('does not start the entries left once the signal aborts', async () => {
      const controller = new AbortController();
      const { fetch, seen } = recordingFetch((s) => {
        controller.abort();
        return jsonResponse(201, invitation((s.body as { email: string }).email));
      });
      const results = (await createWorkOSTransport({ apiKey: KEY, fetch, concurrency: 1 })(sendRequest(['a@x.com', 'b@x.com']), context({ signal: controller.signal }))) as InviteResult[];
      expect(seen).toHaveLength(1);
      expect(errorOf(results[1])).toMatchObject({ code: 'invite.aborted', uncertain: false });
    });
  });

  describe('behind sendInviteBatch', () => {
    it('retries a 500 with the same Idempotency-Key: WorkOS declares idempotency keys', async () => {
      const { fetch, seen } = recordingFetch((s, n) => (n === 1 ? jsonResponse(500, { message: 'x' }) : jsonResponse(201, invitation((s.body as { email: string }).email))));
      const results = await sendInviteBatch([{ email: 'a@x.com' }], createWorkOSTransport({ apiKey: KEY, fetch }), { retryDelayMs: 1 });
      expect(results[0]!.success).toBe(true);
      expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual([seen[0]!.headers.get('idempotency-key'), seen[0]!.headers.get('idempotency-key')]);
    });
  });
});
