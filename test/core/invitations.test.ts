import { describe, expect, it } from 'vitest';
import { InvitationError } from '../../src/core/invitation-error';
import {
  INVITATION_STATES,
  UNKNOWN_SERVER_CLOCK,
  checkInvitationAction,
  compareInvitations,
  filterInvitations,
  getInvitationActions,
  invitationTimeline,
  observeServerClock,
  readInvitation,
  toInvitationFailure,
  type InvitationRecord,
  type InvitationState,
} from '../../src/core/invitations';
import type { Invitation } from '../../src/core/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.parse('2026-03-01T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const record = (over: Partial<Invitation> = {}): InvitationRecord =>
  readInvitation({ id: 'inv_1', email: 'ana@acme.com', state: 'pending', roleSlugs: ['member'], createdAt: iso(T), expiresAt: iso(T + 7 * DAY), ...over })!;

describe('readInvitation', () => {
  it('needs an id and an address', () => {
    expect(readInvitation({ id: '', email: 'a@x.com' })).toBeUndefined();
    expect(readInvitation({ id: 'inv_1', email: '' })).toBeUndefined();
    expect(readInvitation(null)).toBeUndefined();
  });

  it('reads the state in any case, and an unknown word as pending', () => {
    expect(readInvitation({ id: 'i', email: 'a@x.com', state: 'REVOKED' })!.state).toBe('revoked');
    expect(readInvitation({ id: 'i', email: 'a@x.com', state: 'sent' })!.state).toBe('pending');
    expect(readInvitation({ id: 'i', email: 'a@x.com' })!.state).toBe('pending');
  });

  it('keeps only string roles, and none when the API has none', () => {
    expect(readInvitation({ id: 'i', email: 'a@x.com', roleSlugs: ['admin', 3 as never] })!.roleSlugs).toEqual(['admin']);
    expect(readInvitation({ id: 'i', email: 'a@x.com' })!.roleSlugs).toEqual([]);
  });
});

describe('the server clock and expiry (FAULTS F32)', () => {
  const page = (invitations: Invitation[], serverTime?: number) => ({ invitations, ...(serverTime !== undefined && { serverTime }) });

  it('reads "expires in 7 days" for a just-created invitation when the browser is 3 hours behind', () => {
    const local = T - 3 * HOUR;
    const clock = observeServerClock(UNKNOWN_SERVER_CLOCK, page([record()], T), local);
    expect(clock.offset).toBe(3 * HOUR);
    const timeline = invitationTimeline(record(), local + clock.offset);
    expect(timeline).toMatchObject({ state: 'pending', expiresInMs: 7 * DAY, sentMsAgo: 0 });
  });

  it('never reads a just-created invitation as expired when the browser is 8 days ahead and the server sent no Date', () => {
    const local = T + 8 * DAY;
    const clock = observeServerClock(UNKNOWN_SERVER_CLOCK, page([record()]), local);
    // The server listed it as pending, so at that moment its clock was before the expiry.
    const timeline = invitationTimeline(record(), local + clock.offset);
    // …and the newest creation is the best guess of its now: the full seven days are left.
    expect(timeline).toMatchObject({ state: 'pending', expiresInMs: 7 * DAY });
  });

  it('never puts the server before an invitation it created, whatever its Date header says', () => {
    const clock = observeServerClock(UNKNOWN_SERVER_CLOCK, page([record()], T - DAY), T - 5 * HOUR);
    expect(clock.offset).toBe(5 * HOUR);
  });

  it('follows the Date header within the bounds, and keeps what it learnt across pages', () => {
    let clock = observeServerClock(UNKNOWN_SERVER_CLOCK, page([record()], T + HOUR), T);
    expect(clock.offset).toBe(HOUR);
    clock = observeServerClock(clock, page([]), T + 10 * HOUR);
    expect(clock.offset).toBe(HOUR);
  });

  it('learns nothing from dates that make no sense, and never throws on them', () => {
    const bad = [record({ expiresAt: iso(T - DAY) }), record({ createdAt: 'not-a-date' }), record({ expiresAt: 'soon' })];
    const clock = observeServerClock(UNKNOWN_SERVER_CLOCK, page(bad), T);
    expect(clock.offset).toBe(0);
    for (const invitation of bad) expect(() => invitationTimeline(invitation, T)).not.toThrow();
  });

  it('shows no relative expiry for an expiry before the creation, or one that does not parse', () => {
    expect(invitationTimeline(record({ expiresAt: iso(T - DAY) }), T + DAY)).toEqual({ state: 'pending', sentMsAgo: DAY });
    expect(invitationTimeline(record({ expiresAt: 'not-a-date' }), T).expiresInMs).toBeUndefined();
  });

  it('turns pending into expired once the expiry passes by the server clock, and counts how long ago', () => {
    expect(invitationTimeline(record(), T + 9 * DAY)).toMatchObject({ state: 'expired', expiresInMs: -2 * DAY });
  });

  it('keeps what the server said for settled invitations, with when they settled', () => {
    const revoked = record({ state: 'revoked', revokedAt: iso(T + DAY) });
    expect(invitationTimeline(revoked, T + 20 * DAY)).toEqual({ state: 'revoked', sentMsAgo: 20 * DAY, settledMsAgo: 19 * DAY });
    expect(invitationTimeline(record({ state: 'expired' }), T).state).toBe('expired');
  });
});

describe('order and filter', () => {
  const item = (id: string, state: InvitationState, created?: number) => ({ state, invitation: { id, email: `${id}@x.com`, ...(created !== undefined && { createdAt: iso(created) }) } });

  it('shows pending first, then expired, revoked, accepted; the newest first within a state, undated last', () => {
    const items = [item('a', 'accepted', T), item('b', 'expired', T), item('c', 'pending', T - DAY), item('d', 'revoked', T), item('e', 'pending', T), item('f', 'pending')];
    expect(items.sort(compareInvitations).map((i) => i.invitation.id)).toEqual(['e', 'c', 'f', 'b', 'd', 'a']);
    expect(INVITATION_STATES).toEqual(['pending', 'expired', 'revoked', 'accepted']);
  });

  it('filters by state, keeping the order', () => {
    const items = [item('a', 'pending'), item('b', 'expired'), item('c', 'pending')];
    expect(filterInvitations(items, 'pending').map((i) => i.invitation.id)).toEqual(['a', 'c']);
    expect(filterInvitations(items, 'all')).toHaveLength(3);
  });
});

describe('which action is allowed for which invitation and caller', () => {
  const all = { list: true, resend: true, revoke: true };
  const admin = { email: 'me@acme.com', roleSlugs: ['admin'] };

  it.each<[InvitationState, Record<string, boolean | string>]>([
    ['pending', { resend: true, revoke: true, reinvite: 'pending', copyLink: true }],
    ['expired', { resend: 'not_pending', revoke: 'not_pending', reinvite: true, copyLink: 'not_pending' }],
    ['revoked', { resend: 'not_pending', revoke: 'not_pending', reinvite: true, copyLink: 'not_pending' }],
    ['accepted', { resend: 'not_pending', revoke: 'not_pending', reinvite: 'accepted', copyLink: 'not_pending' }],
  ])('%s: resend and revoke only pending, re-invite expired and revoked', (state, expected) => {
    const actions = getInvitationActions({ state, roleSlugs: ['member'], acceptUrl: 'https://app/accept?t=1' }, { caller: admin, capabilities: all, canSend: true });
    const seen = Object.fromEntries(Object.entries(actions).map(([action, p]) => [action, p.allowed ? true : p.reason]));
    expect(seen).toEqual(expected);
  });

  it('re-invites an expired invitation with a resend where the API renews it, else with a new send', () => {
    expect(checkInvitationAction('reinvite', { state: 'expired' }, { capabilities: { ...all, resendExpired: true } })).toEqual({ allowed: true, via: 'resend' });
    expect(checkInvitationAction('reinvite', { state: 'expired' }, { capabilities: all, canSend: true })).toEqual({ allowed: true, via: 'send' });
    // A revoked one is never resent: a new invitation goes out.
    expect(checkInvitationAction('reinvite', { state: 'revoked' }, { capabilities: { ...all, resendExpired: true }, canSend: true })).toEqual({ allowed: true, via: 'send' });
    expect(checkInvitationAction('reinvite', { state: 'revoked' }, { capabilities: { ...all, resendExpired: true } })).toEqual({ allowed: false, reason: 'unsupported' });
  });

  it('does not re-invite an address that has another pending invitation', () => {
    expect(
      checkInvitationAction('reinvite', { state: 'expired', email: 'Ana@Acme.com' }, { canSend: true, pendingEmails: new Set(['ana@acme.com']) }),
    ).toEqual({ allowed: false, reason: 'already_pending' });
  });

  it('offers nothing the transport cannot do', () => {
    const actions = getInvitationActions({ state: 'pending' }, { capabilities: { list: true, resend: false, revoke: false } });
    expect(actions.resend).toEqual({ allowed: false, reason: 'unsupported' });
    expect(actions.revoke).toEqual({ allowed: false, reason: 'unsupported' });
    expect(actions.copyLink).toEqual({ allowed: false, reason: 'no_link' });
  });

  describe('given the privilege rule', () => {
    it('refuses resend, revoke, re-invite and the link of an invitation for a role above the caller', () => {
      const owner = { state: 'pending' as const, roleSlugs: ['owner'], acceptUrl: 'https://app/a' };
      for (const action of ['resend', 'revoke', 'copyLink'] as const) {
        expect(checkInvitationAction(action, owner, { caller: admin, capabilities: all })).toEqual({ allowed: false, reason: 'above_level' });
      }
      expect(checkInvitationAction('reinvite', { ...owner, state: 'expired' }, { caller: admin, canSend: true })).toEqual({ allowed: false, reason: 'above_level' });
    });

    it('refuses a custom role the caller does not hold, and allows one they do', () => {
      const support = { state: 'pending' as const, roleSlugs: ['member', 'org-support'] };
      expect(checkInvitationAction('revoke', support, { caller: admin, capabilities: all })).toEqual({ allowed: false, reason: 'not_held' });
      expect(checkInvitationAction('revoke', support, { caller: { roleSlugs: ['admin', 'org-support'] }, capabilities: all }).allowed).toBe(true);
    });

    it('allows the caller’s own level and below, and everything to an org-scoped key (no roles)', () => {
      expect(checkInvitationAction('revoke', { state: 'pending', roleSlugs: ['admin'] }, { caller: admin, capabilities: all }).allowed).toBe(true);
      expect(checkInvitationAction('revoke', { state: 'pending', roleSlugs: ['owner'] }, { caller: { email: 'k@x.com' }, capabilities: all }).allowed).toBe(true);
    });

    it('says first what the transport and the state forbid: those are hidden, the privilege shown', () => {
      expect(checkInvitationAction('resend', { state: 'accepted', roleSlugs: ['owner'] }, { caller: admin, capabilities: all })).toEqual({ allowed: false, reason: 'not_pending' });
    });
  });
});

describe('failures', () => {
  it('keeps what an InvitationError says', () => {
    const error = new InvitationError({ code: 'invite.not_pending', message: 'Gone.', retryable: false, uncertain: false, status: 409, invitation: { id: 'i', email: 'a@x.com', state: 'revoked' } });
    expect(error).toBeInstanceOf(Error);
    expect(toInvitationFailure(error)).toEqual({ code: 'invite.not_pending', message: 'Gone.', retryable: false, uncertain: false, status: 409, invitation: { id: 'i', email: 'a@x.com', state: 'revoked' } });
  });

  it.each<[string, unknown, string, boolean]>([
    ['a TypeError (the network)', new TypeError('Failed to fetch'), 'invite.network_error', true],
    ['an abort', new DOMException('x', 'AbortError'), 'invite.aborted', true],
    ['a timeout', new DOMException('x', 'TimeoutError'), 'invite.timeout', true],
    ['a string', 'boom', 'invite.send_failed', true],
    ['undefined', undefined, 'invite.send_failed', true],
  ])('reads %s without [object Object]', (_, reason, code, uncertain) => {
    const failure = toInvitationFailure(reason);
    expect(failure).toMatchObject({ code, uncertain });
    expect(failure.message).not.toMatch(/object/);
  });

  it('survives a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(toInvitationFailure(proxy).code).toBe('invite.send_failed');
  });

  it('words a known code without a message from the catalog', () => {
    expect(toInvitationFailure({ code: 'invite.invitation_revoked' })).toMatchObject({ message: 'This invitation was revoked.', retryable: false });
  });
});
