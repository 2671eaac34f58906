// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INVITATION_LOCALES } from '../../src/core/locales';
import type { InviteResult } from '../../src/core/types';
import { createWorkOSTransport, WORKOS_CAPABILITIES } from '../../src/transports/workos';
import { context, jsonResponse, recordingFetch, sendRequest } from './harness';

const errorOf = (result: InviteResult | undefined) => (result && !result.success ? result.error : undefined);

// The shape WorkOS answers a created invitation with.
const invitation = (email: string) => ({
  object: 'invitation',
  id: 'invitation_01E4ZCR3C56J083X43JQXF3JK5',
  email,
  state: 'pending',
  accepted_at: null,
  revoked_at: null,
  expires_at: '2021-07-01T19:07:33.155Z',
  token: 'Z1uX3RbwcIl5fIGJJJCXXisdI',
  accept_invitation_url: 'https://your-app.com/invite?invitation_token=Z1uX3RbwcIl5fIGJJJCXXisdI',
  organization_id: 'org_01E4ZCR3C56J083X43JQXF3JK5',
  inviter_user_id: 'user_01HYGBX8ZGD19949T3BM4FW1C3',
  created_at: '2021-06-25T19:07:33.155Z',
  updated_at: '2021-06-25T19:07:33.155Z',
});

const created = () =>
  recordingFetch((seen) => jsonResponse(201, invitation((seen.body as { email: string }).email)));

describe('createWorkOSTransport', () => {
  describe('the requests (seeds/000–002)', () => {
    it('POSTs one invitation per entry with every field set, a bearer key and the entry’s own Idempotency-Key', async () => {
      const { fetch, seen } = created();
      const onSend = createWorkOSTransport({ apiKey: 'sk_test_123', fetch });
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

    it('leaves out unset fields and sends no Authorization without a key', async () => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ baseUrl: 'https://app.example/api/workos/', fetch })(sendRequest(['a@x.com']), context());
      expect(seen[0]!.url).toBe('https://app.example/api/workos/user_management/invitations');
      expect(seen[0]!.body).toEqual({ email: 'a@x.com', role_slug: 'member' });
      expect(seen[0]!.headers.has('authorization')).toBe(false);
    });

    it('sends exactly one role: the system role of an entry that has several', async () => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ fetch })(sendRequest(['a@x.com', 'b@x.com'], {}, [['org-eng', 'admin'], ['org-eng']]), context());
      expect(seen.map((s) => (s.body as { role_slug: string }).role_slug)).toEqual(['admin', 'org-eng']);
    });

    it.each([
      ['es-MX', 'es-419'],
      ['EN-gb', 'en-GB'],
      ['pt-br', 'pt-BR'],
      ['de-AT', 'de'],
      ['zz-ZZ', undefined],
    ])('sends locale %s as %s (F33)', async (tag, sent) => {
      const { fetch, seen } = created();
      await createWorkOSTransport({ fetch })(sendRequest(['a@x.com'], { locale: tag }), context());
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
      const results = (await createWorkOSTransport({ fetch, concurrency: 3 })(sendRequest(emails), context())) as InviteResult[];
      expect(seen).toHaveLength(10);
      expect(peak).toBe(3);
      expect(results.map((r) => r.email)).toEqual(emails);
    });

    it('declares one role, its 90 locales, 1–30 days and idempotency keys', () => {
      expect(createWorkOSTransport().capabilities).toBe(WORKOS_CAPABILITIES);
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
    it('maps a created invitation, without its token', async () => {
      const { fetch } = created();
      const [result] = (await createWorkOSTransport({ fetch })(sendRequest(['jane@acme.com'], {}, [['admin']]), context())) as InviteResult[];
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

    it.each<[string, Response, Record<string, unknown>]>([
      ['a member already', jsonResponse(400, { code: 'user_already_organization_member', message: 'The user is already a member.' }), { code: 'invite.already_member', retryable: false, message: 'The user is already a member.' }],
      ['invited already', jsonResponse(400, { code: 'email_already_invited_to_organization', message: 'Already invited.' }), { code: 'invite.already_pending', retryable: false }],
      ['a bare 409', jsonResponse(409, { message: 'Conflict' }), { code: 'invite.already_member', status: 409 }],
      ['a 422 on the email field', jsonResponse(422, { code: 'invalid_request_parameters', message: 'Validation failed', errors: [{ field: 'email', code: 'email_string_required' }] }), { code: 'invite.invalid_email', retryable: false }],
      ['a 422 on the role', jsonResponse(422, { code: 'invalid_request_parameters', message: 'Validation failed', errors: [{ field: 'role_slug', code: 'invalid' }] }), { code: 'invite.invalid_role' }],
      ['a 401', jsonResponse(401, { message: 'Unauthorized' }), { code: 'authorize.unauthenticated', retryable: false }],
      ['a 404 organization', jsonResponse(404, { code: 'organization_not_found', message: 'Not found' }), { code: 'invite.org_not_found' }],
      ['a 429', jsonResponse(429, { message: 'Too many requests' }, { 'Retry-After': '3' }), { code: 'invite.ip_rate_limited', retryable: true, retryAfterMs: 3_000 }],
      ['a 500', jsonResponse(500, { message: 'Internal error' }, { 'X-Request-ID': 'req_abc' }), { code: 'invite.send_failed', retryable: true, uncertain: true, requestId: 'req_abc' }],
    ])('maps %s', async (_, response, expected) => {
      const { fetch } = recordingFetch(() => response);
      const [result] = (await createWorkOSTransport({ fetch })(sendRequest(['a@x.com']), context())) as InviteResult[];
      expect(errorOf(result)).toMatchObject(expected);
    });

    it('reports each entry on its own: one failure does not fail the others', async () => {
      const { fetch } = recordingFetch((s, n) =>
        n === 2 ? Promise.reject(new TypeError('fetch failed')) : jsonResponse(201, invitation((s.body as { email: string }).email)),
      );
      const results = (await createWorkOSTransport({ fetch, concurrency: 1 })(sendRequest(['a@x.com', 'b@x.com', 'c@x.com']), context())) as InviteResult[];
      expect(results.map((r) => (r.success ? 'sent' : r.error.code))).toEqual(['sent', 'invite.network_error', 'sent']);
    });

    it('does not start the entries left once the signal aborts', async () => {
      const controller = new AbortController();
      const { fetch, seen } = recordingFetch((s) => {
        controller.abort();
        return jsonResponse(201, invitation((s.body as { email: string }).email));
      });
      const results = (await createWorkOSTransport({ fetch, concurrency: 1 })(sendRequest(['a@x.com', 'b@x.com']), context({ signal: controller.signal }))) as InviteResult[];
      expect(seen).toHaveLength(1);
      expect(errorOf(results[1])).toMatchObject({ code: 'invite.aborted', uncertain: false });
    });
  });
});
