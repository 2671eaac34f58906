// @vitest-environment node
/**
 * The handler's own routes for sent invitations (an extension of seeds/004): list with a cursor,
 * resend, revoke — under authorize, the privilege guard, X-Org-ID, the error body, request ids and
 * the audit hook, over the in-memory reference service.
 */
import { describe, expect, it, vi } from 'vitest';
import type { InvitationsTransport, OnSend } from '../../src/core/types';
import { createInviteHandler, type InviteAuthorize, type InviteHandlerOptions } from '../../src/server/handler';
import { createMemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';
import { readError, URL_ORG } from './harness';

const DAY = 86_400_000;
const T0 = Date.now();

const SEEDS: MemorySeedInvitation[] = [
  { email: 'old@acme.com', organizationId: 'org_1', createdAt: T0 - 20 * DAY },
  { email: 'gone@acme.com', organizationId: 'org_1', state: 'revoked', createdAt: T0 - 5 * DAY },
  { email: 'boss@acme.com', organizationId: 'org_1', roleSlugs: ['owner'], createdAt: T0 - 2 * DAY },
  { email: 'other@beta.com', organizationId: 'org_2', createdAt: T0 - 2 * DAY },
  { email: 'ana@acme.com', organizationId: 'org_1', roleSlugs: ['admin'], locale: 'fr', createdAt: T0 - DAY },
];

function setup(over: Partial<InviteHandlerOptions> & { role?: string } = {}) {
  const api = createMemoryInvitationApi({ invitations: SEEDS, acceptUrl: ({ token }) => `https://app.test/accept?t=${token}` });
  const authorize = vi.fn<InviteAuthorize>(() => ({ caller: { email: 'me@acme.com', roleSlugs: [over.role ?? 'admin'] }, callerId: 'user_me' }));
  const onError = vi.fn();
  const onInvitationAction = vi.fn();
  const handler = createInviteHandler({ onSend: api.onSend, invitations: api, authorize, onError, onInvitationAction, ...over } as InviteHandlerOptions);
  const idOf = (email: string) => api.invitations.find((i) => i.email === email)!.id;
  return { api, handler, authorize, onError, onInvitationAction, idOf };
}

const get = (url = URL_ORG, headers: Record<string, string> = {}) => new Request(url, { headers });
const act = (id: string, verb: 'resend' | 'revoke', body: unknown = {}, headers: Record<string, string> = {}, base = URL_ORG) =>
  new Request(`${base}/${encodeURIComponent(id)}/${verb}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

describe('createInviteHandler: sent invitations', () => {
  describe('capabilities', () => {
    it('says which routes it serves, from the transport behind it', async () => {
      const { handler } = setup();
      expect(handler.capabilities.invitations).toEqual({ list: true, resend: true, revoke: true, resendExpired: true, resendRenews: true });
      const served = await (await handler(get(`${URL_ORG}/capabilities`))).json();
      expect(served.invitations).toEqual(handler.capabilities.invitations);
    });

    it('serves no resend or revoke without `get`: it cannot check the invitation first', () => {
      const api = createMemoryInvitationApi();
      const invitations: InvitationsTransport = { list: api.list, resend: api.resend, revoke: api.revoke };
      const handler = createInviteHandler({ onSend: api.onSend, invitations, dangerouslyAllowAnyone: true });
      expect(handler.capabilities.invitations).toEqual({ list: true, resend: false, revoke: false });
    });

    it('answers GET 405 without invitations, as before, and 501 for a route the transport lacks', async () => {
      const api = createMemoryInvitationApi();
      const bare = createInviteHandler({ onSend: api.onSend, dangerouslyAllowAnyone: true });
      const response = await bare(get());
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      const listOnly = createInviteHandler({ onSend: api.onSend, invitations: { list: api.list }, dangerouslyAllowAnyone: true });
      expect((await listOnly(get())).headers.get('content-type')).toMatch(/json/);
      const refused = await listOnly(act('inv_1', 'revoke'));
      expect(refused.status).toBe(501);
      expect((await readError(refused)).error.code).toBe('invite.not_supported');
    });
  });

  describe('GET …/invitations', () => {
    it('lists the organization’s invitations newest first, paged with list_metadata.after', async () => {
      const { handler, authorize } = setup();
      const first = await handler(get(`${URL_ORG}?limit=2`));
      expect(first.status).toBe(200);
      expect(first.headers.get('x-request-id')).toBeTruthy();
      const page = await first.json();
      expect(page.object).toBe('list');
      expect(page.data.map((i: { email: string }) => i.email)).toEqual(['ana@acme.com', 'boss@acme.com']);
      expect(page.data[0]).toMatchObject({ object: 'invitation', state: 'pending', role_slugs: ['admin'], locale: 'fr', organization_id: 'org_1' });
      const next = await (await handler(get(`${URL_ORG}?limit=2&after=${page.list_metadata.after}`))).json();
      expect(next.data.map((i: { email: string; state: string }) => [i.email, i.state])).toEqual([
        ['gone@acme.com', 'revoked'],
        ['old@acme.com', 'expired'],
      ]);
      expect(next.list_metadata.after).toBeNull();
      expect(authorize.mock.calls[0]![1]).toMatchObject({ action: 'list' });
    });

    it('never shows another organization’s invitations, even when the transport answers them', async () => {
      const api = createMemoryInvitationApi({ invitations: SEEDS });
      const leaky: InvitationsTransport = { list: (query, context) => api.list({ ...query, organizationId: undefined }, { ...context, organizationId: undefined }) };
      const handler = createInviteHandler({ onSend: api.onSend, invitations: leaky, dangerouslyAllowAnyone: true });
      const page = await (await handler(get(`${URL_ORG}?limit=100`))).json();
      expect(page.data.map((i: { email: string }) => i.email)).not.toContain('other@beta.com');
      expect(page.data).toHaveLength(4);
    });

    it('gives the accept link only of invitations the caller could resend (the privilege rule)', async () => {
      const { handler } = setup();
      const page = await (await handler(get())).json();
      const links = Object.fromEntries(page.data.map((i: { email: string; accept_invitation_url?: string }) => [i.email, !!i.accept_invitation_url]));
      expect(links).toMatchObject({ 'ana@acme.com': true, 'boss@acme.com': false });
    });

    it('finds one address’s invitations', async () => {
      const { handler } = setup();
      const page = await (await handler(get(`${URL_ORG}?email=ANA@acme.com`))).json();
      expect(page.data.map((i: { email: string }) => i.email)).toEqual(['ana@acme.com']);
    });

    it.each([
      ['a limit of 0', '?limit=0', 'invite.decode_failed'],
      ['a limit of 101', '?limit=101', 'invite.decode_failed'],
      ['a limit that is no number', '?limit=ten', 'invite.decode_failed'],
      ['a cursor longer than any', `?after=${'x'.repeat(300)}`, 'invite.decode_failed'],
      ['an address that is none', '?email=nope', 'invite.invalid_email'],
    ])('refuses %s with 400', async (_, search, code) => {
      const { handler } = setup();
      const response = await handler(get(URL_ORG + search));
      expect(response.status).toBe(400);
      expect((await readError(response)).error.code).toBe(code);
    });

    it('says 401 to a caller not signed in, and 403 to an X-Org-ID of another organization', async () => {
      const { handler, authorize } = setup();
      authorize.mockReturnValueOnce(null);
      expect((await handler(get())).status).toBe(401);
      const mismatch = await handler(get(URL_ORG, { 'X-Org-ID': 'org_2' }));
      expect(mismatch.status).toBe(403);
      expect((await readError(mismatch)).error.code).toBe('invite.org_mismatch');
    });

    it('answers a failing transport 500 with a generic message, and tells onError', async () => {
      const { handler, api, onError } = setup();
      api.failNext(new Error('db password is hunter2'), { on: 'list' });
      const response = await handler(get());
      expect(response.status).toBe(500);
      const body = await readError(response);
      expect(JSON.stringify(body)).not.toMatch(/hunter2/);
      expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
      expect(onError.mock.calls[0]![1]).toMatchObject({ phase: 'invitations', organizationId: 'org_1' });
    });

    it('gives up on a transport that never answers, at timeoutMs', async () => {
      vi.useFakeTimers();
      try {
        const api = createMemoryInvitationApi();
        const handler = createInviteHandler({ onSend: api.onSend, invitations: { list: () => new Promise(() => {}) }, timeoutMs: 1_000, dangerouslyAllowAnyone: true });
        const pending = handler(get());
        await vi.advanceTimersByTimeAsync(1_000);
        const response = await pending;
        expect(response.status).toBe(504);
        expect((await readError(response)).error.code).toBe('invite.timeout');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('POST …/invitations/{invitationId}/resend', () => {
    it('resends with a fresh expiry in the invitation’s own locale, and records who did it', async () => {
      const { handler, api, idOf, onInvitationAction, authorize } = setup();
      const response = await handler(act(idOf('ana@acme.com'), 'resend', undefined));
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ object: 'invitation', email: 'ana@acme.com', state: 'pending', locale: 'fr' });
      expect(Date.parse(body.expires_at)).toBeGreaterThan(Date.now() + 6 * DAY);
      expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.sends).toBe(2);
      expect(authorize.mock.calls[0]![1]).toMatchObject({ action: 'resend' });
      expect(onInvitationAction).toHaveBeenCalledWith({
        requestId: response.headers.get('x-request-id'),
        organizationId: 'org_1',
        callerId: 'user_me',
        keyId: undefined,
        action: 'resend',
        invitationId: idOf('ana@acme.com'),
        success: true,
      });
    });

    it('passes a locale asked for and the Idempotency-Key to the transport', async () => {
      const { handler, api, idOf } = setup();
      await handler(act(idOf('ana@acme.com'), 'resend', { locale: 'de' }, { 'Idempotency-Key': 'k-1' }));
      expect(api.invitationCalls.at(-1)).toMatchObject({ kind: 'resend', idempotencyKey: 'k-1' });
      expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.locale).toBe('de');
    });

    it('re-invites an expired one by resending it where the API renews expired ones', async () => {
      const { handler, idOf } = setup();
      const response = await handler(act(idOf('old@acme.com'), 'resend'));
      expect(response.status).toBe(200);
      expect((await response.json()).state).toBe('pending');
    });

    it('refuses an expired one where the API does not renew them: 409 with how it stands', async () => {
      const api = createMemoryInvitationApi({ invitations: SEEDS });
      const handler = createInviteHandler({ onSend: api.onSend, invitations: { ...api, capabilities: { list: true, resend: true, revoke: true } }, dangerouslyAllowAnyone: true });
      const response = await handler(act(api.invitations[0]!.id, 'resend'));
      expect(response.status).toBe(409);
      const body = await readError(response);
      expect(body.error.code).toBe('invite.invitation_expired');
      expect(body.invitation).toMatchObject({ email: 'old@acme.com', state: 'expired' });
      expect(api.invitationCalls.map((c) => c.kind)).toEqual(['get']);
    });

    it('refuses a revoked one 409 without calling the transport', async () => {
      const { handler, api, idOf } = setup();
      const response = await handler(act(idOf('gone@acme.com'), 'resend'));
      expect(response.status).toBe(409);
      expect((await readError(response)).error.code).toBe('invite.invitation_revoked');
      expect(api.invitationCalls.map((c) => c.kind)).toEqual(['get']);
    });
  });

  describe('POST …/invitations/{invitationId}/revoke', () => {
    it('revokes a pending invitation; the next revoke is 409 not pending, with how it stands', async () => {
      const { handler, idOf, onInvitationAction } = setup();
      const response = await handler(act(idOf('ana@acme.com'), 'revoke'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ state: 'revoked', revoked_at: expect.any(String) });
      const again = await handler(act(idOf('ana@acme.com'), 'revoke'));
      expect(again.status).toBe(409);
      expect(await readError(again)).toMatchObject({ error: { code: 'invite.invitation_revoked' }, invitation: { state: 'revoked' } });
      // Refused by the handler before the transport: no second audit record.
      expect(onInvitationAction).toHaveBeenCalledTimes(1);
    });

    it('guards privilege: a role above the caller’s is 403 insufficient_role, and nothing changes', async () => {
      const { handler, api, idOf } = setup();
      const response = await handler(act(idOf('boss@acme.com'), 'revoke'));
      expect(response.status).toBe(403);
      expect((await readError(response)).error.code).toBe('invite.insufficient_role');
      expect(api.invitations.find((i) => i.email === 'boss@acme.com')!.state).toBe('pending');
    });

    it('lets an organization key revoke at any level', async () => {
      const { handler, authorize, idOf } = setup();
      authorize.mockReturnValue({ key: { id: 'key_1', scope: 'organization' } });
      expect((await handler(act(idOf('boss@acme.com'), 'revoke'))).status).toBe(200);
    });

    it('finds no invitation of another organization: 404, and it stays pending', async () => {
      const { handler, api, idOf } = setup();
      const response = await handler(act(idOf('other@beta.com'), 'revoke'));
      expect(response.status).toBe(404);
      expect((await readError(response)).error.code).toBe('invite.invitation_not_found');
      expect(api.invitations.find((i) => i.email === 'other@beta.com')!.state).toBe('pending');
    });

    it('answers a transport refusal with its code and status, and records the failure', async () => {
      const { handler, api, idOf, onInvitationAction, onError } = setup();
      api.failNext('invite.org_rate_limited', { on: 'revoke', retryAfterMs: 30_000 });
      const response = await handler(act(idOf('ana@acme.com'), 'revoke'));
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(onInvitationAction.mock.calls[0]![0]).toMatchObject({ action: 'revoke', success: false, code: 'invite.org_rate_limited' });
      expect(onError).not.toHaveBeenCalled();
    });

    it('works without /orgs/{id} in the path, the organization from authorize', async () => {
      const { handler, authorize, idOf } = setup();
      authorize.mockReturnValue({ caller: { roleSlugs: ['admin'] }, organizationId: 'org_1' });
      const response = await handler(act(idOf('ana@acme.com'), 'revoke', {}, {}, 'https://app.example/api/invitations'));
      expect(response.status).toBe(200);
    });
  });

  it('keeps sending as it was: the send answer carries the new fields it knows', async () => {
    const api = createMemoryInvitationApi({ acceptUrl: ({ token }) => `https://app.test/a?t=${token}` });
    const onSend: OnSend = Object.assign((r: Parameters<OnSend>[0], c: Parameters<OnSend>[1]) => api.onSend(r, c), { capabilities: api.onSend.capabilities });
    const handler = createInviteHandler({ onSend, invitations: api, dangerouslyAllowAnyone: true, request: { locale: 'es' } });
    const response = await handler(new Request(URL_ORG, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"email":"new@acme.com"}]' }));
    const [result] = await response.json();
    expect(result).toMatchObject({ success: true, invitation: { email: 'new@acme.com', organization_id: 'org_1', locale: 'es', accept_invitation_url: expect.stringMatching(/^https:/) } });
  });
});
