// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendInviteBatch } from '../../src/core/send-batch';
import type { InviteResult } from '../../src/core/types';
import { createStytchTransport, splitName, STYTCH_CAPABILITIES, STYTCH_ERROR_TYPES, stytchBaseUrl } from '../../src/transports/stytch';
import { context, jsonResponse, recordingFetch, sendRequest } from './harness';

const errorOf = (result: InviteResult | undefined) => (result && !result.success ? result.error : undefined);

const REQUEST_ID = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141';

// The example error bodies of seeds/003, verbatim.
const SEED_ERRORS = {
  401: { status_code: 401, request_id: REQUEST_ID, error_type: 'unauthorized_credentials', error_message: 'Unauthorized credentials.', error_url: 'https://stytch.com/docs/api/errors/401' },
  429: { status_code: 429, request_id: REQUEST_ID, error_type: 'too_many_requests', error_message: 'Too many requests have been made.', error_url: 'https://stytch.com/docs/api/errors/429' },
  500: {
    status_code: 500,
    request_id: REQUEST_ID,
    error_type: 'internal_server_error',
    error_message: 'Oops, something seems to have gone wrong, please reach out to support@stytch.com to let us know what went wrong.',
    error_url: 'https://stytch.com/docs/api/errors/500',
  },
};

const CREDENTIALS = { projectId: 'project-test-123', secret: 'secret-test-abc' };

afterEach(() => {
  vi.restoreAllMocks();
});

const invited = () =>
  recordingFetch(() => jsonResponse(200, { request_id: REQUEST_ID, user_id: 'user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6', email_id: 'email-test-1', status_code: 200 }));

describe('createStytchTransport', () => {
  describe('its configuration', () => {
    it('fails fast without credentials, or with half of them, saying what to write', () => {
      expect(() => createStytchTransport()).toThrow(/no projectId \(are STYTCH_PROJECT_ID and STYTCH_SECRET set\?\).*\{ projectId, secret \}.*\{ baseUrl \}/);
      expect(() => createStytchTransport({ projectId: 'project-test-1', secret: undefined })).toThrow(/no secret/);
      expect(() => createStytchTransport({ projectId: undefined, secret: 'x', baseUrl: '/api/stytch' })).toThrow(/no projectId/);
    });

    it('needs no credentials behind a backend route that adds them', () => {
      expect(() => createStytchTransport({ baseUrl: '/api/stytch' })).not.toThrow();
    });
  });

  describe('the requests (seeds/003)', () => {
    it('POSTs one invite per entry to the test environment with Basic credentials', async () => {
      const { fetch, seen } = invited();
      const onSend = createStytchTransport({ projectId: 'project-test-123', secret: 'secret-test-abc', fetch, inviteMagicLinkUrl: 'https://app.example/authenticate' });
      const request = sendRequest(['sandbox@stytch.com', 'b@x.com'], { expiresInMinutes: 120, locale: 'pt-BR' });
      request.entries[0]!.name = 'Jane Q. Doe';
      await onSend(request, context());
      expect(seen.map((s) => [s.method, s.url])).toEqual([
        ['POST', 'https://test.stytch.com/v1/magic_links/email/invite'],
        ['POST', 'https://test.stytch.com/v1/magic_links/email/invite'],
      ]);
      expect(seen[0]!.headers.get('authorization')).toBe(`Basic ${Buffer.from('project-test-123:secret-test-abc').toString('base64')}`);
      expect(seen[0]!.body).toEqual({
        email: 'sandbox@stytch.com',
        invite_magic_link_url: 'https://app.example/authenticate',
        invite_expiration_minutes: 120,
        locale: 'pt-br',
        name: { first_name: 'Jane Q.', last_name: 'Doe' },
      });
      expect(seen[1]!.body).toEqual({ email: 'b@x.com', invite_magic_link_url: 'https://app.example/authenticate', invite_expiration_minutes: 120, locale: 'pt-br' });
    });

    it('sends no roles and no Idempotency-Key, which Stytch does not document', async () => {
      const { fetch, seen } = invited();
      await createStytchTransport({ fetch, baseUrl: '/api/stytch' })(sendRequest(['a@x.com']), context());
      expect(seen[0]!.body).toEqual({ email: 'a@x.com' });
      expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
      expect(seen[0]!.headers.has('authorization')).toBe(false);
    });

    it('refuses an entry with a role other than member without sending it: Stytch would drop it', async () => {
      const { fetch, seen } = invited();
      const results = (await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com', 'b@x.com'], {}, [['admin'], ['member']]), context())) as InviteResult[];
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.roles_not_supported', uncertain: false, retryable: false });
      expect(results[1]!.success).toBe(true);
      expect(seen).toHaveLength(1);
    });

    it('converts expiresInDays to minutes when Stytch can take it', async () => {
      const { fetch, seen } = invited();
      await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com'], { expiresInDays: 7 }), context());
      expect((seen[0]!.body as { invite_expiration_minutes?: number }).invite_expiration_minutes).toBe(10080);
    });

    it.each<[string, Record<string, number>]>([
      ['8 days', { expiresInDays: 8 }],
      ['4 minutes', { expiresInMinutes: 4 }],
      ['10081 minutes', { expiresInMinutes: 10081 }],
      ['1.5 minutes', { expiresInMinutes: 1.5 }],
    ])('refuses %s as invite.invalid_expiry without sending: never ignored', async (_, expiry) => {
      const { fetch, seen } = invited();
      const results = (await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com'], expiry), context())) as InviteResult[];
      expect(seen).toHaveLength(0);
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.invalid_expiry', uncertain: false, message: expect.stringMatching(/5 to 10080/) });
    });

    it('picks the live API for other project ids, and honours a base URL', () => {
      expect(stytchBaseUrl('project-test-1')).toBe('https://test.stytch.com');
      expect(stytchBaseUrl('project-live-1')).toBe('https://api.stytch.com');
      expect(stytchBaseUrl()).toBe('https://api.stytch.com');
    });

    it.each([
      ['pt-BR', 'pt-br'],
      ['es-MX', 'es'],
      ['fr-CA', 'fr'],
      ['de-CH', undefined],
      ['xx', undefined],
    ])('sends locale %s as %s (F33)', async (tag, sent) => {
      const { fetch, seen } = invited();
      await createStytchTransport({ fetch, baseUrl: 'https://proxy.example/stytch' })(sendRequest(['a@x.com'], { locale: tag }), context());
      expect(seen[0]!.url).toBe('https://proxy.example/stytch/v1/magic_links/email/invite');
      expect((seen[0]!.body as { locale?: string }).locale).toBe(sent);
    });

    it('declares no roles, four locales, 5–10080 minutes and no idempotency keys', () => {
      expect(createStytchTransport(CREDENTIALS).capabilities).toBe(STYTCH_CAPABILITIES);
      expect(STYTCH_CAPABILITIES).toEqual({
        roles: 'none',
        locales: ['en', 'es', 'pt-br', 'fr'],
        expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 },
        idempotencyKeys: false,
      });
    });
  });

  describe('splitName', () => {
    it.each([
      ['Jane Doe', { first_name: 'Jane', last_name: 'Doe' }],
      ['  Mary  Ann   Smith ', { first_name: 'Mary Ann', last_name: 'Smith' }],
      ['Doe, Jane', { first_name: 'Jane', last_name: 'Doe' }],
      ['Cher', { first_name: 'Cher' }],
      ['   ', undefined],
    ])('%j', (name, parts) => {
      expect(splitName(name)).toEqual(parts);
    });
  });

  describe('the answers', () => {
    const answer = async (response: Response) => {
      const { fetch } = recordingFetch(() => response);
      const [result] = (await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com']), context())) as InviteResult[];
      return result;
    };

    it('maps a success to a pending invitation for the Stytch user', async () => {
      const { fetch } = invited();
      const [result] = (await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com']), context())) as InviteResult[];
      expect(result).toEqual({ email: 'a@x.com', success: true, invitation: { id: 'user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6', email: 'a@x.com', state: 'pending' } });
    });

    it.each<[number, Record<string, unknown>]>([
      // Stytch refusing the project's own credentials is the server's problem, not the person's session.
      [401, { code: 'invite.server_misconfigured', retryable: false, uncertain: false }],
      [429, { code: 'invite.ip_rate_limited', retryable: true, uncertain: false }],
      [500, { code: 'invite.send_failed', retryable: true, uncertain: true }],
    ])('maps the seed’s %d with its request id', async (status, expected) => {
      const result = await answer(jsonResponse(status, SEED_ERRORS[status as 401]));
      expect(errorOf(result)).toMatchObject({ ...expected, status, requestId: REQUEST_ID });
    });

    // Error types from Stytch's own list of API error types.
    it.each<[string, Record<string, unknown>]>([
      ['invalid_expiration', { code: 'invite.invalid_expiry' }],
      ['invalid_email', { code: 'invite.invalid_email' }],
      ['inactive_email', { code: 'invite.invalid_email' }],
      ['duplicate_email', { code: 'invite.already_member' }],
      ['invalid_invite_magic_link_url', { code: 'invite.server_misconfigured' }],
      ['no_match_for_provided_magic_link_url', { code: 'invite.server_misconfigured' }],
      ['invalid_secret_authentication', { code: 'invite.server_misconfigured' }],
    ])('maps error type %s', async (type, expected) => {
      const result = await answer(jsonResponse(400, { status_code: 400, request_id: REQUEST_ID, error_type: type, error_message: 'm', error_url: 'https://stytch.com/docs/api/errors/400' }));
      expect(errorOf(result)).toMatchObject({ retryable: false, uncertain: false, ...expected });
    });

    it('maps no error type Stytch does not have', () => {
      expect(Object.keys(STYTCH_ERROR_TYPES)).not.toContain('email_already_exists');
      expect(Object.keys(STYTCH_ERROR_TYPES)).not.toContain('invalid_expiration_minutes');
    });

    it('does not read a 404 as "the organization does not exist": Stytch has none here', async () => {
      const result = await answer(new Response('Not Found', { status: 404 }));
      expect(errorOf(result)).toMatchObject({ code: 'invite.server_misconfigured', uncertain: false });
    });

    it('reports a 200 that is not Stytch’s answer as invalid_response, and warns naming the URL, never the address', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const result = await answer(new Response('<!doctype html><div id="root"></div>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }));
      expect(result!.success).toBe(false);
      expect(errorOf(result)).toMatchObject({ code: 'invite.invalid_response', uncertain: true, message: expect.stringMatching(/200 with text\/html that is not JSON/) });
      expect(String(warn.mock.calls[0]![0])).toContain('createStytchTransport: POST https://test.stytch.com/v1/magic_links/email/invite');
      expect(String(warn.mock.calls[0]![0])).not.toContain('@');
      expect(errorOf(await answer(jsonResponse(200, { status_code: 200 })))).toMatchObject({ code: 'invite.invalid_response' });
    });

    it('keeps an unknown error type and its message as plain data (F35)', async () => {
      const body = { status_code: 400, request_id: REQUEST_ID, error_type: 'invalid_magic_link_url', error_message: '<img src=x onerror=alert(1)>', error_url: 'javascript:alert(1)' };
      const { fetch } = recordingFetch(() => jsonResponse(400, body));
      const [result] = (await createStytchTransport({ ...CREDENTIALS, fetch })(sendRequest(['a@x.com']), context())) as InviteResult[];
      expect(errorOf(result)).toEqual({
        code: 'invalid_magic_link_url',
        message: '<img src=x onerror=alert(1)>',
        retryable: false,
        status: 400,
        uncertain: false,
        requestId: REQUEST_ID,
      });
    });
  });

  describe('behind sendInviteBatch', () => {
    it('does not resend after a 500 by itself: Stytch has no idempotency key (F15)', async () => {
      const { fetch, seen } = recordingFetch(() => jsonResponse(500, SEED_ERRORS[500]));
      const results = await sendInviteBatch([{ email: 'a@x.com' }], createStytchTransport({ ...CREDENTIALS, fetch }), { retryDelayMs: 1 });
      expect(seen).toHaveLength(1);
      expect(errorOf(results[0])).toMatchObject({ code: 'invite.send_failed', uncertain: true });
    });
  });
});
