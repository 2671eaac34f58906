// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendInviteBatch } from '../../src/core/send-batch';
import type { InviteResult, InviteSendContext, InviteSendRequest, OnSend } from '../../src/core/types';
import { createInviteHandler } from '../../src/server/handler';
import { toNodeHandler } from '../../src/server/node';
import { createBatchApiTransport } from '../../src/transports/batch-api';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';

// Real HTTP on 127.0.0.1: the handler over the in-memory service, reached with the real fetch.

const api = createMemoryInvitationApi({ members: ['member@acme.com'], pending: ['pending@acme.com'] });
let rateLimited = createMemoryInvitationApi({ rateLimit: { max: 1, windowMs: 120_000 } });
// Set per test: the first call's answer is lost after the service applied it.
let loseFirstAnswer = false;

const lossy: OnSend = Object.assign(
  async (request: InviteSendRequest, context: InviteSendContext) => {
    const results = await api.onSend(request, context);
    if (loseFirstAnswer && context.attempt === 1 && api.calls.length === 1) {
      loseFirstAnswer = false;
      // Hold the answer until the client gives up and hangs up.
      await new Promise((resolve) => context.signal.addEventListener('abort', resolve, { once: true }));
    }
    return results;
  },
  { capabilities: api.onSend.capabilities },
);

const main = toNodeHandler(createInviteHandler({ onSend: lossy, dangerouslyAllowAnyone: true }));
const limited = toNodeHandler(createInviteHandler({ onSend: (request, context) => rateLimited.onSend(request, context), dangerouslyAllowAnyone: true }));
const held: ServerResponse[] = [];

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (path.startsWith('/drop/')) return void req.socket.destroy();
    // A server that takes the request and never answers.
    if (path.startsWith('/slow/')) return void held.push(res);
    if (path.startsWith('/limited/')) return limited(req, res);
    main(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  api.reset();
  rateLimited = createMemoryInvitationApi({ rateLimit: { max: 1, windowMs: 120_000 } });
});

const transport = (prefix = '') => createBatchApiTransport({ url: (request) => `${base}${prefix}/orgs/${request.organizationId}/invitations` });
const codes = (results: InviteResult[]) => results.map((r) => (r.success ? 'sent' : r.error.code));
const request = { organizationId: 'org_1' };

describe('the batch API over real HTTP', { timeout: 10_000 }, () => {
  it('invites, and reports members and pending invitations per entry (the 409 codes)', async () => {
    const results = await sendInviteBatch(
      [{ email: 'jane@acme.com', roleSlugs: ['admin'] }, { email: 'MEMBER@acme.com' }, { email: 'Pending@Acme.com' }],
      transport(),
      { request },
    );
    expect(codes(results)).toEqual(['sent', 'invite.already_member', 'invite.already_pending']);
    expect(results[0]).toMatchObject({ success: true, invitation: { id: expect.stringMatching(/^inv_/), email: 'jane@acme.com', roleSlugs: ['admin'], state: 'pending' } });
    expect(results[1]).toMatchObject({ error: { retryable: false, uncertain: false } });
    expect(api.invitations.filter((i) => i.organizationId === 'org_1')).toHaveLength(1);
  });

  it('answers a rule break with 400 and its issues, mapped to the right entries', async () => {
    const results = await sendInviteBatch([{ email: 'a@acme.com' }, { email: 'b@acme.com', roleSlugs: ['admin', 'owner'] }], transport(), { request });
    expect(codes(results)).toEqual(['invite.send_failed', 'invite.multiple_system_roles']);
    expect(results[0]).toMatchObject({ error: { status: 400, retryable: true } });
    expect(api.calls).toHaveLength(0);
  });

  it('answers 429 with Retry-After when the organization is over its limit', async () => {
    await sendInviteBatch([{ email: 'first@acme.com' }], transport('/limited'), { request });
    const raw = await fetch(`${base}/limited/orgs/org_1/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ email: 'second@acme.com' }]),
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(110);
    expect(await raw.json()).toMatchObject({ error: { code: 'invite.org_rate_limited' } });

    // Through the loop: 120 s is above the 60 s it waits by itself, so it reports the wait at once.
    const results = await sendInviteBatch([{ email: 'third@acme.com' }], transport('/limited'), { request });
    expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.org_rate_limited', retryable: true, retryAfterMs: expect.any(Number) } });
    expect((results[0] as Extract<InviteResult, { success: false }>).error.retryAfterMs).toBeGreaterThan(110_000);
  });

  it('retries a 500 with the same keys and invites once', async () => {
    api.failNext('invite.send_failed');
    const results = await sendInviteBatch([{ email: 'a@acme.com' }, { email: 'b@acme.com' }], transport(), { request, retryDelayMs: 10 });
    expect(codes(results)).toEqual(['sent', 'sent']);
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]!.idempotencyKey).toBe(api.calls[0]!.idempotencyKey);
    expect(api.calls[1]!.entries.map((e) => e.idempotencyKey)).toEqual(api.calls[0]!.entries.map((e) => e.idempotencyKey));
    expect(api.invitations.filter((i) => i.organizationId === 'org_1')).toHaveLength(2);
  });

  it('reports a 500 it may not retry as send_failed, uncertain', async () => {
    api.failNext('invite.send_failed');
    const results = await sendInviteBatch([{ email: 'a@acme.com' }], transport(), { request, retries: 0 });
    expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.send_failed', status: 500, uncertain: true } });
  });

  it('reports a dropped connection as network_error, uncertain', async () => {
    const results = await sendInviteBatch([{ email: 'a@acme.com' }], transport('/drop'), { request, retries: 0 });
    expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.network_error', uncertain: true, retryable: true } });
  });

  it('gives up on a server that never answers: timeout, uncertain', async () => {
    const started = Date.now();
    const results = await sendInviteBatch([{ email: 'a@acme.com' }], transport('/slow'), { request, retries: 0, timeoutMs: 300 });
    expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.timeout', uncertain: true } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('recovers from a lost answer by retrying with the same key: the service replays, nobody is invited twice', async () => {
    loseFirstAnswer = true;
    const results = await sendInviteBatch([{ email: 'a@acme.com' }], transport(), { request, timeoutMs: 500, retryDelayMs: 10 });
    expect(codes(results)).toEqual(['sent']);
    expect(api.calls.length).toBeGreaterThanOrEqual(2);
    expect(api.invitations.filter((i) => i.email === 'a@acme.com')).toHaveLength(1);
    expect(results[0]).toMatchObject({ invitation: { id: api.invitations.find((i) => i.email === 'a@acme.com')!.id } });
  });
});
