// @vitest-environment node
/** The in-memory service's sent invitations: states by its clock, list with a cursor, resend, revoke. */
import { beforeEach, describe, expect, it } from 'vitest';
import { InvitationError } from '../../src/core/invitation-error';
import type { InviteResult, InvitationCallContext } from '../../src/core/types';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { context, sendRequest } from './harness';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const ctx = (over: Partial<InvitationCallContext> = {}): InvitationCallContext => ({ signal: new AbortController().signal, ...over });

describe('createMemoryInvitationApi: sent invitations', () => {
  let clock = T0;
  const now = () => clock;
  beforeEach(() => {
    clock = T0;
  });

  // A new key per call: the same key would replay the first outcome, as it should.
  const invite = async (api: ReturnType<typeof createMemoryInvitationApi>, emails: string[], extra = {}) => {
    const request = sendRequest(emails, extra);
    for (const entry of request.entries) entry.idempotencyKey = crypto.randomUUID();
    return (await api.onSend(request, context())) as InviteResult[];
  };

  it('expires an invitation by its clock, and invites the address again once it has', async () => {
    const api = createMemoryInvitationApi({ now, expiresInDays: 3 });
    await invite(api, ['ana@acme.com']);
    expect(api.invitations[0]!.state).toBe('pending');
    clock += 3 * DAY;
    expect(api.invitations[0]!.state).toBe('expired');
    const [again] = await invite(api, ['ana@acme.com']);
    expect(again!.success).toBe(true);
    expect(api.invitations.map((i) => i.state)).toEqual(['expired', 'pending']);
  });

  it('answers with who invited, in which language, and the accept link when it makes one', async () => {
    const api = createMemoryInvitationApi({ now, acceptUrl: ({ token }) => `https://app.test/invite?invitation_token=${token}` });
    const [result] = await invite(api, ['ana@acme.com'], { organizationId: 'org_1', inviterUserId: 'user_me', locale: 'de' });
    expect(result).toMatchObject({
      success: true,
      invitation: { organizationId: 'org_1', inviter: { id: 'user_me' }, locale: 'de', acceptUrl: expect.stringMatching(/^https:\/\/app\.test\/invite\?invitation_token=[0-9a-z]{32}$/) },
    });
  });

  describe('list', () => {
    it('pages newest first with a cursor, to the end', async () => {
      const api = createMemoryInvitationApi({ now });
      for (let i = 1; i <= 5; i++) {
        await invite(api, [`p${i}@acme.com`]);
        clock += 1000;
      }
      const first = await api.list({ limit: 2 }, ctx());
      expect(first.invitations.map((i) => i.email)).toEqual(['p5@acme.com', 'p4@acme.com']);
      const second = await api.list({ limit: 2, cursor: first.nextCursor! }, ctx());
      expect(second.invitations.map((i) => i.email)).toEqual(['p3@acme.com', 'p2@acme.com']);
      const last = await api.list({ limit: 2, cursor: second.nextCursor! }, ctx());
      expect(last.invitations.map((i) => i.email)).toEqual(['p1@acme.com']);
      expect(last.nextCursor).toBeUndefined();
      expect(last.serverTime).toBe(clock);
    });

    it('ends without a cursor when a page ends exactly at the oldest', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['a@x.com', 'b@x.com']);
      expect((await api.list({ limit: 2 }, ctx())).nextCursor).toBeUndefined();
    });

    it('lists one organization, or one address', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['a@x.com'], { organizationId: 'org_1' });
      await invite(api, ['b@x.com'], { organizationId: 'org_2' });
      await invite(api, ['c@x.com'], { organizationId: 'org_1' });
      expect((await api.list({ organizationId: 'org_1' }, ctx())).invitations.map((i) => i.email)).toEqual(['c@x.com', 'a@x.com']);
      expect((await api.list({}, ctx({ organizationId: 'org_2' }))).invitations.map((i) => i.email)).toEqual(['b@x.com']);
      expect((await api.list({ email: 'A@X.com' }, ctx())).invitations.map((i) => i.email)).toEqual(['a@x.com']);
    });

    it('refuses a cursor it never gave', async () => {
      const api = createMemoryInvitationApi({ now });
      await expect(api.list({ cursor: 'inv_nope' }, ctx())).rejects.toMatchObject({ code: 'invite.decode_failed', status: 400 });
    });

    it('starts from seeded invitations in any state', async () => {
      const api = createMemoryInvitationApi({
        now,
        invitations: [
          { email: 'old@x.com', createdAt: T0 - 10 * DAY },
          { email: 'gone@x.com', state: 'revoked', createdAt: T0 - 2 * DAY },
          { email: 'in@x.com', state: 'accepted', createdAt: T0 - DAY, roleSlugs: ['admin'] },
        ],
      });
      const { invitations } = await api.list({}, ctx());
      expect(invitations.map((i) => [i.email, i.state])).toEqual([
        ['in@x.com', 'accepted'],
        ['gone@x.com', 'revoked'],
        ['old@x.com', 'expired'],
      ]);
      expect(invitations[0]).toMatchObject({ roleSlugs: ['admin'], acceptedAt: expect.any(String) });
    });

    it('pages deep into 4,000 invitations of several organizations by cursor', async () => {
      const api = createMemoryInvitationApi({
        now,
        invitations: Array.from({ length: 4_000 }, (_, i) => ({ email: `u${i}@acme.com`, createdAt: T0 - (4_000 - i) * 1000, organizationId: i % 2 ? 'org_odd' : 'org_even' })),
      });
      let cursor: string | undefined;
      const seen: string[] = [];
      for (let page = 0; page < 3; page++) {
        const answer = await api.list({ organizationId: 'org_odd', limit: 100, ...(cursor && { cursor }) }, ctx());
        seen.push(...answer.invitations.map((i) => i.email));
        cursor = answer.nextCursor;
      }
      expect(seen).toHaveLength(300);
      expect(new Set(seen).size).toBe(300);
      expect(seen[0]).toBe('u3999@acme.com');
      expect(seen[299]).toBe(`u${3999 - 2 * 299}@acme.com`);
      expect(cursor).toBeDefined();
    });
  });

  describe('resend', () => {
    it('sends again with a fresh expiry of the same lifetime, keeping the locale', async () => {
      const api = createMemoryInvitationApi({ now });
      const [result] = await invite(api, ['ana@acme.com'], { expiresInDays: 3, locale: 'fr' });
      const id = result!.success ? result!.invitation!.id : '';
      clock += 2 * DAY;
      const resent = await api.resend({ id }, ctx());
      expect(resent).toMatchObject({ state: 'pending', locale: 'fr', expiresAt: new Date(clock + 3 * DAY).toISOString(), createdAt: new Date(T0).toISOString() });
      expect(api.invitations[0]!.sends).toBe(2);
    });

    it('makes an expired invitation pending again, unless the address was invited again meanwhile', async () => {
      const api = createMemoryInvitationApi({ now, expiresInDays: 1 });
      const [result] = await invite(api, ['ana@acme.com']);
      const id = result!.success ? result!.invitation!.id : '';
      clock += 2 * DAY;
      await expect(api.resend({ id }, ctx())).resolves.toMatchObject({ state: 'pending' });
      clock += 2 * DAY;
      await invite(api, ['ana@acme.com']);
      await expect(api.resend({ id }, ctx())).rejects.toMatchObject({ code: 'invite.already_pending' });
    });

    it('refuses a revoked or accepted invitation, saying how it stands', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['a@x.com', 'b@x.com']);
      const [a, b] = api.invitations;
      await api.revoke({ id: a!.id }, ctx());
      api.addMember('b@x.com');
      await expect(api.resend({ id: a!.id }, ctx())).rejects.toMatchObject({ code: 'invite.invitation_revoked', invitation: { state: 'revoked' } });
      await expect(api.resend({ id: b!.id }, ctx())).rejects.toMatchObject({ code: 'invite.invitation_accepted', invitation: { state: 'accepted' } });
    });

    it('counts against the organization’s rate limit', async () => {
      const api = createMemoryInvitationApi({ now, rateLimit: { max: 1, windowMs: 60_000 } });
      await invite(api, ['a@x.com']);
      await expect(api.resend({ id: api.invitations[0]!.id }, ctx())).rejects.toMatchObject({ code: 'invite.org_rate_limited', retryable: true, retryAfterMs: 60_000 });
    });
  });

  describe('revoke', () => {
    it('revokes a pending invitation once, and the address can be invited again', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['ana@acme.com']);
      const id = api.invitations[0]!.id;
      await expect(api.revoke({ id }, ctx())).resolves.toMatchObject({ state: 'revoked', revokedAt: new Date(T0).toISOString() });
      const error = await api.revoke({ id }, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvitationError);
      expect(error).toMatchObject({ code: 'invite.not_pending', status: 409, invitation: { state: 'revoked' } });
      const [again] = await invite(api, ['ana@acme.com']);
      expect(again!.success).toBe(true);
    });

    it('finds nothing in another organization', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['a@x.com'], { organizationId: 'org_1' });
      const id = api.invitations[0]!.id;
      await expect(api.revoke({ id }, ctx({ organizationId: 'org_2' }))).rejects.toMatchObject({ code: 'invite.invitation_not_found', status: 404 });
      await expect(api.get(id, ctx({ organizationId: 'org_2' }))).resolves.toBeUndefined();
      expect(api.invitations[0]!.state).toBe('pending');
    });
  });

  describe('faults', () => {
    it('fails the calls it is armed for and lets the others by', async () => {
      const api = createMemoryInvitationApi({ now });
      await invite(api, ['a@x.com']);
      api.failNext('invite.send_failed', { on: 'revoke' });
      await expect(api.list({}, ctx())).resolves.toMatchObject({ invitations: [expect.anything()] });
      await expect(api.revoke({ id: api.invitations[0]!.id }, ctx())).rejects.toMatchObject({ code: 'invite.send_failed' });
      expect(api.invitations[0]!.state).toBe('pending');
      api.failNext(new TypeError('Failed to fetch'), { on: 'list' });
      await expect(api.list({}, ctx())).rejects.toBeInstanceOf(TypeError);
      expect(api.invitationCalls.map((c) => c.kind)).toEqual(['list', 'revoke', 'list']);
    });

    it('still fails sends by default, as before', async () => {
      const api = createMemoryInvitationApi({ now });
      api.failNext('invite.send_failed');
      const [result] = await invite(api, ['a@x.com']);
      expect(result).toMatchObject({ success: false, error: { code: 'invite.send_failed' } });
    });
  });
});
