// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendInviteBatch } from '../../src/core/send-batch';
import type { InviteResult, InviteSendContext, InviteSendRequest, OnSend } from '../../src/core/types';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { context, sendRequest } from './harness';

const codes = (results: InviteResult[] | void) => (results ?? []).map((r) => (r.success ? 'sent' : r.error.code));
const T0 = Date.UTC(2026, 0, 1);

describe('createMemoryInvitationApi', () => {
  let clock = T0;
  const now = () => clock;
  beforeEach(() => {
    clock = T0;
  });

  it('invites, answering with an inv_ invitation that expires after the asked days', async () => {
    const api = createMemoryInvitationApi({ now });
    const [result] = (await api.onSend(sendRequest(['jane@acme.com'], { organizationId: 'org_1', expiresInDays: 3 }, [['admin']]), context())) as InviteResult[];
    expect(result).toMatchObject({
      email: 'jane@acme.com',
      success: true,
      invitation: { email: 'jane@acme.com', state: 'pending', roleSlugs: ['admin'], createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-04T00:00:00.000Z' },
    });
    expect(result!.success && result!.invitation!.id).toMatch(/^inv_[0-9a-z]{26}$/);
    expect(api.invitations).toEqual([expect.objectContaining({ email: 'jane@acme.com', organizationId: 'org_1' })]);
  });

  it('answers already_member and already_pending, comparing case-insensitively and IDN-aware', async () => {
    const api = createMemoryInvitationApi({ now, members: ['Owner@Acme.com', 'user@bücher.de'], pending: ['pending@acme.com'] });
    const results = await api.onSend(sendRequest(['OWNER@acme.COM', 'user@xn--bcher-kva.de', 'PENDING@acme.com', 'new@acme.com']), context());
    expect(codes(results)).toEqual(['invite.already_member', 'invite.already_member', 'invite.already_pending', 'sent']);
    expect(api.members).toEqual(['Owner@Acme.com', 'user@bücher.de']);
  });

  it('lets an expired invitation be sent again', async () => {
    const api = createMemoryInvitationApi({ now, pending: ['a@x.com'] });
    clock += 8 * 86_400_000;
    expect(codes(await api.onSend(sendRequest(['a@x.com']), context()))).toEqual(['sent']);
  });

  it('rate-limits the organization with retryAfterMs, then lets it through when the window moves', async () => {
    const api = createMemoryInvitationApi({ now, rateLimit: { max: 2, windowMs: 60_000 } });
    const first = (await api.onSend(sendRequest(['a@x.com', 'b@x.com', 'c@x.com']), context())) as InviteResult[];
    expect(codes(first)).toEqual(['sent', 'sent', 'invite.org_rate_limited']);
    expect(first[2]).toMatchObject({ error: { retryAfterMs: 60_000, retryable: true, uncertain: false } });
    clock += 60_001;
    expect(codes(await api.onSend(sendRequest(['c@x.com']), context()))).toEqual(['sent']);
  });

  it('replays the saved outcome for a repeated entry key instead of inviting twice', async () => {
    const api = createMemoryInvitationApi({ now });
    const first = (await api.onSend(sendRequest(['a@x.com']), context())) as InviteResult[];
    const again = (await api.onSend(sendRequest(['a@x.com']), context({ attempt: 2 }))) as InviteResult[];
    expect(again).toEqual(first);
    expect(api.invitations).toHaveLength(1);
    expect(api.calls.map((c) => c.attempt)).toEqual([1, 2]);
  });

  it('refuses a key reused for another address', async () => {
    const api = createMemoryInvitationApi({ now });
    await api.onSend({ entries: [{ email: 'a@x.com', roleSlugs: ['member'], idempotencyKey: 'k' }] }, context());
    const results = await api.onSend({ entries: [{ email: 'b@x.com', roleSlugs: ['member'], idempotencyKey: 'k' }] }, context());
    expect(codes(results)).toEqual(['invite.idempotency_key_reused']);
  });

  it('fails the next calls on demand, inviting nobody, and then recovers', async () => {
    const api = createMemoryInvitationApi({ now });
    api.failNext('invite.send_failed', { times: 2 });
    expect(codes(await api.onSend(sendRequest(['a@x.com']), context()))).toEqual(['invite.send_failed']);
    expect(codes(await api.onSend(sendRequest(['a@x.com']), context()))).toEqual(['invite.send_failed']);
    expect(codes(await api.onSend(sendRequest(['a@x.com']), context()))).toEqual(['sent']);
    api.failNext(new TypeError('Failed to fetch'));
    await expect(api.onSend(sendRequest(['b@x.com']), context())).rejects.toThrow(TypeError);
    api.failNext('invite.org_rate_limited', { retryAfterMs: 5_000 });
    const [limited] = (await api.onSend(sendRequest(['b@x.com']), context())) as InviteResult[];
    expect(limited).toMatchObject({ error: { code: 'invite.org_rate_limited', retryAfterMs: 5_000 } });
    expect(api.invitations).toHaveLength(1);
  });

  it('resets to the state it was created with', async () => {
    const api = createMemoryInvitationApi({ now, members: ['m@x.com'], pending: ['p@x.com'] });
    await api.onSend(sendRequest(['a@x.com']), context());
    api.addMember('new@x.com');
    api.failNext('invite.send_failed');
    api.reset();
    expect(api.members).toEqual(['m@x.com']);
    expect(api.invitations.map((i) => i.email)).toEqual(['p@x.com']);
    expect(api.calls).toHaveLength(0);
    expect(codes(await api.onSend(sendRequest(['a@x.com']), context()))).toEqual(['sent']);
  });

  describe('given latency', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('answers late but invites at once, so a caller that gives up may still have invited', async () => {
      const api = createMemoryInvitationApi({ latencyMs: 1_000 });
      const controller = new AbortController();
      const pending = api.onSend(sendRequest(['a@x.com']), context({ signal: controller.signal }));
      const settled = expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      await vi.advanceTimersByTimeAsync(500);
      controller.abort(new DOMException('gone', 'AbortError'));
      await settled;
      expect(api.invitations).toHaveLength(1);
    });

    it('makes a lost answer safe to retry: the retry replays the same invitation', async () => {
      const api = createMemoryInvitationApi();
      // The first call is applied, then its answer is lost on the way back.
      const lossy: OnSend = Object.assign(
        (request: InviteSendRequest, ctx: InviteSendContext) =>
          ctx.attempt === 1 ? api.onSend(request, ctx).then(() => new Promise<never>(() => {})) : api.onSend(request, ctx),
        { capabilities: api.onSend.capabilities },
      );
      const done = sendInviteBatch([{ email: 'a@x.com' }], lossy, { timeoutMs: 1_000 });
      await vi.runAllTimersAsync();
      const [result] = await done;
      expect(result).toMatchObject({ success: true, invitation: { id: api.invitations[0]!.id } });
      expect(api.invitations).toHaveLength(1);
      expect(api.calls).toHaveLength(2);
      expect(api.calls[1]!.entries[0]!.idempotencyKey).toBe(api.calls[0]!.entries[0]!.idempotencyKey);
    });
  });
});

