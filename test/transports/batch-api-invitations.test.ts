// @vitest-environment node
/**
 * createBatchApiInvitations against the real handler over real HTTP on 127.0.0.1 (the real fetch),
 * the in-memory service behind it: what a single-page app's list does, end to end.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvitationError } from '../../src/core/invitation-error';
import { createInvitationsStore } from '../../src/core/invitations-store';
import type { InvitationCallContext } from '../../src/core/types';
import { createInviteHandler } from '../../src/server/handler';
import { toNodeHandler } from '../../src/server/node';
import { createBatchApiInvitations, readInvitationCapabilities } from '../../src/transports/batch-api-invitations';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { jsonResponse, recordingFetch } from './harness';

const DAY = 86_400_000;
const api = createMemoryInvitationApi({
  invitations: [
    { email: 'old@acme.com', organizationId: 'org_1', createdAt: Date.now() - 20 * DAY },
    { email: 'boss@acme.com', organizationId: 'org_1', roleSlugs: ['owner'], createdAt: Date.now() - 2 * DAY },
    { email: 'ana@acme.com', organizationId: 'org_1', roleSlugs: ['admin'], locale: 'fr', createdAt: Date.now() - DAY, inviterUserId: 'user_me' },
  ],
  acceptUrl: ({ token }) => `https://app.test/accept?t=${token}`,
});

const handler = toNodeHandler(
  createInviteHandler({
    onSend: api.onSend,
    invitations: api,
    authorize: (request) =>
      request.headers.get('authorization') === 'Bearer admin' ? { caller: { email: 'me@acme.com', roleSlugs: ['admin'] }, callerId: 'user_me' } : null,
  }),
);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A connection that drops once the request is in: the answer is lost.
    if (req.url?.includes('/drop/')) {
      req.resume();
      return req.on('end', () => req.socket.destroy());
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => api.reset());

const ctx = (over: Partial<InvitationCallContext> = {}): InvitationCallContext => ({ signal: new AbortController().signal, organizationId: 'org_1', ...over });
const transport = (headers: Record<string, string> = { Authorization: 'Bearer admin' }, prefix = '') =>
  createBatchApiInvitations({ url: (organizationId) => `${base}${prefix}/api/orgs/${organizationId}/invitations`, headers });

describe('createBatchApiInvitations over the real handler', () => {
  it('lists a page with the server’s clock and a cursor, and the next page with it', async () => {
    const page = await transport().list({ organizationId: 'org_1', limit: 2 }, ctx());
    expect(page.invitations.map((i) => i.email)).toEqual(['ana@acme.com', 'boss@acme.com']);
    expect(page.invitations[0]).toMatchObject({ roleSlugs: ['admin'], locale: 'fr', inviter: { id: 'user_me' }, acceptUrl: expect.stringMatching(/^https:\/\/app\.test/) });
    // No link to an invitation for a role above the caller.
    expect(page.invitations[1]!.acceptUrl).toBeUndefined();
    expect(Math.abs(page.serverTime! - Date.now())).toBeLessThan(5_000);
    const next = await transport().list({ organizationId: 'org_1', limit: 2, cursor: page.nextCursor! }, ctx());
    expect(next.invitations.map((i) => [i.email, i.state])).toEqual([['old@acme.com', 'expired']]);
    expect(next.nextCursor).toBeUndefined();
  });

  it('resends in the invitation’s locale and revokes, through the store, as the server records it', async () => {
    const store = createInvitationsStore({ transport: transport(), organizationId: 'org_1', caller: { roleSlugs: ['admin'] } });
    await store.load();
    const ana = () => store.getState().items.find((i) => i.invitation.email === 'ana@acme.com')!;
    await expect(store.resend(ana().id)).resolves.toMatchObject({ ok: true });
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')).toMatchObject({ sends: 2, locale: 'fr' });
    await expect(store.revoke(ana().id)).resolves.toMatchObject({ ok: true, invitation: { state: 'revoked' } });
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.state).toBe('revoked');
  });

  it('reads a refusal with its code, the request id and how the invitation stands now', async () => {
    const id = api.invitations.find((i) => i.email === 'ana@acme.com')!.id;
    await api.revoke({ id }, ctx());
    const error = await transport().revoke({ id }, ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvitationError);
    expect(error).toMatchObject({ code: 'invite.invitation_revoked', status: 409, uncertain: false, requestId: expect.any(String), invitation: { state: 'revoked' } });
  });

  it('reads the privilege guard and a missing session', async () => {
    const boss = api.invitations.find((i) => i.email === 'boss@acme.com')!.id;
    await expect(transport().revoke({ id: boss }, ctx())).rejects.toMatchObject({ code: 'invite.insufficient_role', status: 403 });
    await expect(transport({}).list({}, ctx())).rejects.toMatchObject({ code: 'authorize.unauthenticated', status: 401 });
  });

  it('reports a revoke whose answer was lost as uncertain: it may have been revoked', async () => {
    const id = api.invitations.find((i) => i.email === 'ana@acme.com')!.id;
    await expect(transport(undefined, '/drop').revoke({ id }, ctx())).rejects.toMatchObject({ code: 'invite.network_error', uncertain: true });
  });

  it('reads which routes the server serves from GET …/capabilities', async () => {
    const response = await fetch(`${base}/api/orgs/org_1/invitations/capabilities`);
    expect(readInvitationCapabilities(await response.json())).toEqual({ list: true, resend: true, revoke: true, resendExpired: true, resendRenews: true });
    expect(readInvitationCapabilities({ roles: 'many' })).toBeUndefined();
    expect(readInvitationCapabilities({ invitations: { list: 'yes' } })).toBeUndefined();
  });
});

describe('createBatchApiInvitations on the wire', () => {
  it('sends the query, the action’s Idempotency-Key, a resend’s locale and a revoke’s empty object', async () => {
    const { fetch, seen } = recordingFetch((entry) =>
      entry.method === 'GET'
        ? jsonResponse(200, { object: 'list', data: [], list_metadata: { after: null } })
        : jsonResponse(200, { object: 'invitation', id: 'inv_1', email: 'a@x.com', state: 'pending', role_slugs: [] }),
    );
    const kit = createBatchApiInvitations({ url: '/api/orgs/org_1/invitations/', fetch });
    await kit.list({ limit: 20, cursor: 'inv_9', email: 'a@x.com' }, ctx());
    await kit.resend!({ id: 'inv 1', locale: 'pt-BR' }, ctx({ idempotencyKey: 'k-1' }));
    await kit.revoke!({ id: 'inv_1' }, ctx());
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['GET', 'http://app.test/api/orgs/org_1/invitations?limit=20&after=inv_9&email=a%40x.com', undefined],
      ['POST', 'http://app.test/api/orgs/org_1/invitations/inv%201/resend', { locale: 'pt-BR' }],
      ['POST', 'http://app.test/api/orgs/org_1/invitations/inv_1/revoke', {}],
    ]);
    expect(seen[1]!.headers.get('idempotency-key')).toBe('k-1');
    expect(seen[1]!.headers.get('content-type')).toBe('application/json');
    expect(seen[2]!.headers.has('idempotency-key')).toBe(false);
  });

  it.each([
    ['an HTML page', new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } })],
    ['JSON of another shape', jsonResponse(200, { invitations: [] })],
  ])('reads %s answering a list as invalid_response, not a crash', async (_, response) => {
    const { fetch } = recordingFetch(() => response);
    await expect(createBatchApiInvitations({ url: '/x', fetch }).list({}, ctx())).rejects.toMatchObject({ code: 'invite.invalid_response' });
  });

  it('reads a 5xx without a body by its status, as uncertain for a POST', async () => {
    const { fetch } = recordingFetch(() => new Response(null, { status: 502 }));
    await expect(createBatchApiInvitations({ url: '/x', fetch }).revoke!({ id: 'i' }, ctx())).rejects.toMatchObject({ code: 'invite.send_failed', status: 502, uncertain: true });
  });
});
