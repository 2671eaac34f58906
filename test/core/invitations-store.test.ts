// @vitest-environment node
/**
 * The invitations store without a DOM, over the in-memory reference service: load, pages, filter,
 * optimistic actions with rollback, lost answers reconciled, single-flight, the privilege rule.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvitationError } from '../../src/core/invitation-error';
import { createInvitationsStore, type InvitationsStoreOptions } from '../../src/core/invitations-store';
import type { InviteResult, InvitationsTransport, OnSend } from '../../src/core/types';
import { createMemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 12);

afterEach(() => {
  vi.useRealTimers();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A service with Ana pending, Ben expired, Cy revoked and Dee accepted; the store over it. */
function setup(over: Partial<InvitationsStoreOptions> = {}, seeds?: MemorySeedInvitation[]) {
  let clock = T0;
  const now = () => clock;
  const api = createMemoryInvitationApi({
    now,
    invitations: seeds ?? [
      { email: 'dee@acme.com', state: 'accepted', createdAt: T0 - 9 * DAY },
      { email: 'cy@acme.com', state: 'revoked', createdAt: T0 - 6 * DAY },
      { email: 'ben@acme.com', createdAt: T0 - 10 * DAY, roleSlugs: ['billing'] },
      { email: 'ana@acme.com', createdAt: T0 - DAY, roleSlugs: ['admin'], locale: 'fr' },
    ],
  });
  const store = createInvitationsStore({ transport: api, onSend: api.onSend, now, ...over });
  const item = (email: string) => store.getState().items.find((i) => i.invitation.email === email)!;
  return { api, store, item, now, tick: (ms: number) => (clock += ms) };
}

const emails = (items: ReadonlyArray<{ invitation: { email: string } }>) => items.map((i) => i.invitation.email);

describe('createInvitationsStore', () => {
  describe('loading', () => {
    it('loads the first page: pending first, then expired, revoked, accepted; counts per state', async () => {
      const { store } = setup();
      expect(store.getState().status).toBe('idle');
      const loading = store.load();
      expect(store.getState().status).toBe('loading');
      await loading;
      const state = store.getState();
      expect(state.status).toBe('ready');
      expect(state.items.map((i) => [i.invitation.email, i.state])).toEqual([
        ['ana@acme.com', 'pending'],
        ['ben@acme.com', 'expired'],
        ['cy@acme.com', 'revoked'],
        ['dee@acme.com', 'accepted'],
      ]);
      expect(state.counts).toEqual({ all: 4, pending: 1, expired: 1, revoked: 1, accepted: 1 });
    });

    it('says the transport cannot list, instead of showing an empty list (Stytch)', async () => {
      const store = createInvitationsStore({ transport: { capabilities: { list: false, resend: false, revoke: false } } });
      await store.load();
      expect(store.getState()).toMatchObject({ status: 'unsupported', items: [], capabilities: { list: false, resend: false, revoke: false } });
    });

    it('loads more with the API’s cursor until the last page, one call at a time', async () => {
      const seeds = Array.from({ length: 5 }, (_, i) => ({ email: `p${i}@acme.com`, createdAt: T0 - (5 - i) * 1000 }));
      const { store, api } = setup({ pageSize: 2 }, seeds);
      await store.load();
      expect(emails(store.getState().items)).toEqual(['p4@acme.com', 'p3@acme.com']);
      expect(store.getState().hasMore).toBe(true);
      await Promise.all([store.loadMore(), store.loadMore()]);
      expect(emails(store.getState().items)).toEqual(['p4@acme.com', 'p3@acme.com', 'p2@acme.com', 'p1@acme.com']);
      await store.loadMore();
      expect(store.getState()).toMatchObject({ hasMore: false, loadingMore: false });
      expect(api.invitationCalls.filter((c) => c.kind === 'list').map((c) => c.query?.cursor)).toEqual([undefined, expect.any(String), expect.any(String)]);
    });

    it('reports a failed first page, and a retry loads it', async () => {
      const { store, api } = setup();
      api.failNext('invite.send_failed', { on: 'list', message: 'Database down.' });
      await store.load();
      expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invite.send_failed', message: 'Database down.' } });
      await store.refresh();
      expect(store.getState()).toMatchObject({ status: 'ready', error: undefined });
      expect(store.getState().items).toHaveLength(4);
    });

    it('keeps the list on screen when a refresh fails, saying why', async () => {
      const { store, api } = setup();
      await store.load();
      api.failNext(new TypeError('Failed to fetch'), { on: 'list' });
      const refreshing = store.refresh();
      expect(store.getState()).toMatchObject({ status: 'ready', refreshing: true });
      await refreshing;
      expect(store.getState()).toMatchObject({ status: 'ready', refreshing: false, error: { code: 'invite.network_error' } });
      expect(store.getState().items).toHaveLength(4);
    });

    it('keeps "load more" apart: its failure leaves the list, and the next one retries the same page', async () => {
      const seeds = Array.from({ length: 3 }, (_, i) => ({ email: `p${i}@acme.com`, createdAt: T0 - (3 - i) * 1000 }));
      const { store, api } = setup({ pageSize: 2 }, seeds);
      await store.load();
      api.failNext('invite.send_failed', { on: 'list' });
      await store.loadMore();
      expect(store.getState()).toMatchObject({ status: 'ready', moreError: { code: 'invite.send_failed' }, hasMore: true });
      await store.loadMore();
      expect(emails(store.getState().items)).toEqual(['p2@acme.com', 'p1@acme.com', 'p0@acme.com']);
    });

    it('reads a page that is not a page as a failure, not a crash', async () => {
      const store = createInvitationsStore({ transport: { list: async () => ({}) as never } });
      await store.load();
      expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invite.invalid_response' } });
    });

    it('filters by state', async () => {
      const { store } = setup();
      await store.load();
      store.setFilter('expired');
      expect(emails(store.getState().visible)).toEqual(['ben@acme.com']);
      store.setFilter('all');
      expect(store.getState().visible).toHaveLength(4);
    });

    it('starts over when the organization changes', async () => {
      const { store, api } = setup({ organizationId: 'org_1' });
      await store.load();
      store.update({ transport: api, organizationId: 'org_2' });
      expect(store.getState().status).toBe('loading');
      await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
      expect(api.invitationCalls.map((c) => c.query?.organizationId)).toEqual(['org_1', 'org_2']);
    });
  });

  describe('the server’s clock (FAULTS F32)', () => {
    it('reads a just-sent invitation as pending for its whole lifetime when the browser is a day ahead', async () => {
      let local = T0 + 8 * DAY;
      const transport: InvitationsTransport = {
        list: async () => ({
          invitations: [{ id: 'inv_1', email: 'ana@acme.com', state: 'pending', createdAt: new Date(T0).toISOString(), expiresAt: new Date(T0 + 7 * DAY).toISOString() }],
          serverTime: T0,
        }),
      };
      const store = createInvitationsStore({ transport, now: () => local });
      await store.load();
      expect(store.getState().items[0]!.state).toBe('pending');
      expect(store.serverNow()).toBe(T0);
      local += 8 * DAY;
      store.setFilter('pending');
      expect(store.getState().items[0]!.state).toBe('expired');
    });

    it('turns pending into expired when the expiry passes, with nothing else happening', async () => {
      vi.useFakeTimers({ now: T0 });
      const store = createInvitationsStore({ transport: createMemoryInvitationApi({ invitations: [{ email: 'ana@acme.com', expiresAt: T0 + 60_000 }] }) });
      const cleanup = store.mount();
      await store.load();
      expect(store.getState().items[0]!.state).toBe('pending');
      const listener = vi.fn();
      store.subscribe(listener);
      await vi.advanceTimersByTimeAsync(60_001);
      expect(store.getState().items[0]!.state).toBe('expired');
      expect(listener).toHaveBeenCalled();
      cleanup();
    });
  });

  describe('revoke', () => {
    it('shows it revoked at once, keeps its place, and confirms with the server', async () => {
      const { store, api, item } = setup();
      await store.load();
      const before = emails(store.getState().items);
      const done = store.revoke(item('ana@acme.com').id);
      expect(item('ana@acme.com')).toMatchObject({ state: 'revoked', busy: 'revoke' });
      expect(emails(store.getState().items)).toEqual(before);
      await expect(done).resolves.toMatchObject({ ok: true, invitation: { state: 'revoked' } });
      expect(item('ana@acme.com')).toMatchObject({ state: 'revoked', outcome: { action: 'revoke', status: 'done' } });
      expect(item('ana@acme.com').busy).toBeUndefined();
      expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.state).toBe('revoked');
      expect(store.getState().lastOutcome).toMatchObject({ action: 'revoke', status: 'done', email: 'ana@acme.com', seq: 1 });
    });

    it('rolls back with the server’s reason when it refuses', async () => {
      const { store, api, item } = setup();
      await store.load();
      api.failNext('invite.send_failed', { on: 'revoke', message: 'Try later.' });
      const result = await store.revoke(item('ana@acme.com').id);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invite.send_failed', message: 'Try later.' }) });
      expect(item('ana@acme.com')).toMatchObject({ state: 'pending', outcome: { action: 'revoke', status: 'failed', error: { message: 'Try later.' } } });
    });

    it('takes the state the server says it is in now (revoked meanwhile by someone else)', async () => {
      const { store, api, item } = setup();
      await store.load();
      await api.revoke({ id: item('ana@acme.com').id }, { signal: new AbortController().signal });
      const result = await store.revoke(item('ana@acme.com').id);
      expect(result).toMatchObject({ ok: false, error: { code: 'invite.not_pending' } });
      expect(item('ana@acme.com').state).toBe('revoked');
    });

    describe('given the answer is lost', () => {
      const losing = (api: ReturnType<typeof createMemoryInvitationApi>, apply: boolean): InvitationsTransport => ({
        list: api.list,
        revoke: async (invitation, context) => {
          if (apply) await api.revoke(invitation, context);
          throw new TypeError('Failed to fetch');
        },
      });

      it('says "may have been revoked", and the next list confirms it was', async () => {
        const { store, api, item } = setup();
        store.update({ transport: losing(api, true) });
        await store.load();
        const result = await store.revoke(item('ana@acme.com').id);
        expect(result).toMatchObject({ ok: false, error: { code: 'invite.network_error', uncertain: true } });
        expect(item('ana@acme.com')).toMatchObject({ state: 'pending', outcome: { status: 'unknown' } });
        await store.refresh();
        expect(item('ana@acme.com')).toMatchObject({ state: 'revoked', outcome: { action: 'revoke', status: 'done' } });
      });

      it('…or that it was not, when the server still lists it pending', async () => {
        const { store, api, item } = setup();
        store.update({ transport: losing(api, false) });
        await store.load();
        await store.revoke(item('ana@acme.com').id);
        await store.refresh();
        expect(item('ana@acme.com')).toMatchObject({ state: 'pending', outcome: { status: 'failed', error: { message: 'It was not revoked.' } } });
      });

      it('gives a retry the same key, so an API that honours it revokes once', async () => {
        const keys: Array<string | undefined> = [];
        const { store, api, item } = setup();
        store.update({
          transport: {
            list: api.list,
            revoke: async (_, context) => {
              keys.push(context.idempotencyKey);
              throw new TypeError('Failed to fetch');
            },
          },
        });
        await store.load();
        await store.revoke(item('ana@acme.com').id);
        await store.revoke(item('ana@acme.com').id);
        expect(keys).toHaveLength(2);
        expect(keys[0]).toBeTruthy();
        expect(keys[1]).toBe(keys[0]);
      });

      it('gives up on a transport that never answers, at the timeout, as "may have been revoked"', async () => {
        vi.useFakeTimers({ now: T0 });
        const { store, api, item } = setup({ timeoutMs: 5_000 });
        store.update({ transport: { list: api.list, revoke: () => new Promise(() => {}) }, timeoutMs: 5_000 });
        await store.load();
        const done = store.revoke(item('ana@acme.com').id);
        await vi.advanceTimersByTimeAsync(5_000);
        await expect(done).resolves.toMatchObject({ ok: false, error: { code: 'invite.timeout', uncertain: true } });
        expect(item('ana@acme.com').outcome).toMatchObject({ status: 'unknown' });
      });
    });

    it('acts once per invitation: a second revoke is the same call, a resend meanwhile is refused', async () => {
      const { store, api, item } = setup();
      const gate = deferred<void>();
      store.update({ transport: { list: api.list, resend: api.resend, revoke: async (i, c) => (await gate.promise, api.revoke(i, c)) }, onSend: api.onSend });
      await store.load();
      const id = item('ana@acme.com').id;
      const first = store.revoke(id);
      const second = store.revoke(id);
      expect(second).toBe(first);
      await expect(store.resend(id)).resolves.toMatchObject({ ok: false, refused: 'busy' });
      expect(item('ana@acme.com').actions.resend).toEqual({ allowed: false, reason: 'busy' });
      gate.resolve();
      await first;
      expect(api.invitationCalls.filter((c) => c.kind === 'revoke')).toHaveLength(1);
      expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.state).toBe('revoked');
    });
  });

  describe('resend', () => {
    it('renews the expiry at once, sends the invitation’s locale, and takes the server’s answer', async () => {
      const { store, api, item, tick } = setup();
      await store.load();
      tick(2 * DAY);
      const expires = item('ana@acme.com').invitation.expiresAt;
      const done = store.resend(item('ana@acme.com').id);
      // Optimistic: the same seven days again, from now.
      expect(item('ana@acme.com').invitation.expiresAt).toBe(new Date(T0 + 2 * DAY + 7 * DAY).toISOString());
      expect(item('ana@acme.com').invitation.expiresAt).not.toBe(expires);
      await expect(done).resolves.toMatchObject({ ok: true });
      expect(api.invitations.find((i) => i.email === 'ana@acme.com')).toMatchObject({ sends: 2, locale: 'fr' });
      expect(item('ana@acme.com').outcome).toEqual({ action: 'resend', status: 'done' });
    });

    it('rolls the expiry back when it fails', async () => {
      const { store, api, item } = setup();
      await store.load();
      const before = item('ana@acme.com').invitation;
      api.failNext('invite.org_rate_limited', { on: 'resend', retryAfterMs: 30_000 });
      await store.resend(item('ana@acme.com').id);
      expect(item('ana@acme.com').invitation.expiresAt).toBe(before.expiresAt);
      expect(item('ana@acme.com').outcome).toMatchObject({ status: 'failed', error: { code: 'invite.org_rate_limited', retryAfterMs: 30_000 } });
    });

    it('finds an address’s pending invitation for the dialog, listing it by address when not loaded', async () => {
      const { store, api } = setup();
      await expect(store.resendEmail('ANA@acme.com')).resolves.toMatchObject({ ok: true });
      expect(api.invitationCalls.map((c) => [c.kind, c.query?.email])).toEqual([
        ['list', 'ana@acme.com'],
        ['resend', undefined],
      ]);
      await expect(store.resendEmail('nobody@acme.com')).resolves.toMatchObject({ ok: false, refused: 'not_found', error: { code: 'invite.invitation_not_found' } });
    });
  });

  describe('re-invite', () => {
    it('re-invites an expired invitation by resending it where the API renews expired ones', async () => {
      const { store, api, item } = setup();
      await store.load();
      expect(item('ben@acme.com').actions.reinvite).toEqual({ allowed: true, via: 'resend' });
      await expect(store.reinvite(item('ben@acme.com').id)).resolves.toMatchObject({ ok: true, invitation: { state: 'pending' } });
      expect(item('ben@acme.com').state).toBe('pending');
      expect(api.calls).toHaveLength(0);
    });

    it('re-invites a revoked one with a new invitation, shown at once, with its roles and locale', async () => {
      const { store, api, item } = setup();
      await store.load();
      const revokedId = item('cy@acme.com').id;
      const done = store.reinvite(revokedId);
      expect(store.getState().items.filter((i) => i.invitation.email === 'cy@acme.com').map((i) => [i.state, i.optimistic])).toEqual([
        ['pending', true],
        ['revoked', undefined],
      ]);
      await expect(done).resolves.toMatchObject({ ok: true, invitation: { email: 'cy@acme.com', state: 'pending' } });
      const cy = store.getState().items.filter((i) => i.invitation.email === 'cy@acme.com');
      expect(cy.map((i) => [i.state, i.optimistic])).toEqual([
        ['pending', undefined],
        ['revoked', undefined],
      ]);
      expect(cy[0]!.id).toMatch(/^inv_/);
      // The old one cannot be re-invited again while the new one is pending.
      expect(cy[1]!.actions.reinvite).toEqual({ allowed: false, reason: 'already_pending' });
      expect(api.calls[0]!.entries[0]).toMatchObject({ email: 'cy@acme.com', roleSlugs: ['member'] });
    });

    it('removes the optimistic row when the new invitation fails', async () => {
      const { store, api, item } = setup();
      await store.load();
      api.failNext('invite.org_rate_limited', { retryAfterMs: 120_000 });
      const result = await store.reinvite(item('cy@acme.com').id);
      expect(result).toMatchObject({ ok: false, error: { code: 'invite.org_rate_limited' } });
      expect(store.getState().items.filter((i) => i.invitation.email === 'cy@acme.com')).toHaveLength(1);
      expect(item('cy@acme.com').outcome).toMatchObject({ action: 'reinvite', status: 'failed' });
    });

    it('is not offered without a way to send', async () => {
      const { store, api, item } = setup();
      store.update({ transport: { list: api.list, revoke: api.revoke } });
      await store.load();
      expect(item('cy@acme.com').actions.reinvite).toEqual({ allowed: false, reason: 'unsupported' });
      expect(store.getState().capabilities.reinvite).toBe(false);
    });
  });

  describe('the privilege rule', () => {
    it('offers no resend or revoke of an invitation for a role above the caller, and refuses them without a call', async () => {
      const { store, api, item } = setup({ caller: { email: 'me@acme.com', roleSlugs: ['billing'] } });
      await store.load();
      expect(item('ana@acme.com').actions.revoke).toEqual({ allowed: false, reason: 'above_level' });
      expect(item('ana@acme.com').actions.resend).toEqual({ allowed: false, reason: 'above_level' });
      await expect(store.revoke(item('ana@acme.com').id)).resolves.toMatchObject({ ok: false, refused: 'above_level', error: { code: 'invite.insufficient_role' } });
      expect(api.invitationCalls.filter((c) => c.kind !== 'list')).toEqual([]);
      expect(item('ben@acme.com').actions.reinvite).toMatchObject({ allowed: true });
    });
  });

  describe('the dialog’s sends', () => {
    it('shows invitations just sent without a reload', async () => {
      const { store, api } = setup();
      await store.load();
      const results = (await api.onSend(
        { entries: [{ email: 'new@acme.com', roleSlugs: ['member'], idempotencyKey: 'k1' }] },
        { signal: new AbortController().signal, idempotencyKey: 'r1', attempt: 1 },
      )) as InviteResult[];
      store.addResults(results);
      expect(emails(store.getState().items)[0]).toBe('new@acme.com');
      expect(api.invitationCalls.filter((c) => c.kind === 'list')).toHaveLength(1);
    });

    it('refreshes when a success came without its invitation, and ignores failures', async () => {
      const { store, api } = setup();
      await store.load();
      store.addResults([{ email: 'x@acme.com', success: false, error: { code: 'invite.already_pending', message: '', retryable: false } }]);
      expect(api.invitationCalls).toHaveLength(1);
      store.addResults([{ email: 'y@acme.com', success: true }]);
      await vi.waitFor(() => expect(api.invitationCalls).toHaveLength(2));
    });
  });

  describe('identity', () => {
    it('keeps unchanged items the same objects when another one changes', async () => {
      const { store, item } = setup();
      await store.load();
      const ben = item('ben@acme.com');
      await store.revoke(item('ana@acme.com').id);
      expect(item('ben@acme.com')).toBe(ben);
    });

    it('notifies only on change, and not after destroy', async () => {
      const { store } = setup();
      const listener = vi.fn();
      store.subscribe(listener);
      await store.load();
      const calls = listener.mock.calls.length;
      store.setFilter('all');
      expect(listener).toHaveBeenCalledTimes(calls);
      store.destroy();
      await store.refresh();
      expect(listener).toHaveBeenCalledTimes(calls);
    });
  });

  it('survives a transport that throws synchronously', async () => {
    const onSend: OnSend = async () => undefined;
    const store = createInvitationsStore({
      transport: {
        list: () => {
          throw new InvitationError({ code: 'authorize.forbidden', message: 'No.', retryable: false, uncertain: false, status: 403 });
        },
      },
      onSend,
    });
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'authorize.forbidden', status: 403 } });
  });
});
