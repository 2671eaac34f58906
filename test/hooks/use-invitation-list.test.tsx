/**
 * The invitations hooks without markup: `useInvitations` as a thin adapter (StrictMode, unmount),
 * and `useInvitationList`'s behaviour — which body, each row's words and actions, relative times
 * in the UI language by the server's clock, the filter triple, announcements, the confirmation.
 */
import { StrictMode, type ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatRelativeTime } from '../../src/hooks/invitation-messages';
import { useInvitationList, type UseInvitationListOptions } from '../../src/hooks/use-invitation-list';
import { useInvitations } from '../../src/hooks/use-invitations';
import type { InvitationsTransport } from '../../src/core/types';
import { createMemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';

const DAY = 86_400_000;
const NOW = Date.now();

const seeds: MemorySeedInvitation[] = [
  { email: 'cy@acme.com', state: 'revoked', createdAt: NOW - 6 * DAY },
  { email: 'ben@acme.com', createdAt: NOW - 10 * DAY, roleSlugs: ['billing'] },
  { email: 'boss@acme.com', createdAt: NOW - 2 * DAY, roleSlugs: ['owner'] },
  { email: 'ana@acme.com', createdAt: NOW - DAY, roleSlugs: ['admin', 'org-support'], inviterUserId: 'user_me' },
];

function setup(over: Record<string, unknown> = {}) {
  const api = createMemoryInvitationApi({ invitations: seeds, acceptUrl: ({ token }) => `https://app.test/a?t=${token}` });
  const initialProps: UseInvitationListOptions = {
    transport: api,
    onSend: api.onSend,
    caller: { email: 'me@acme.com', roleSlugs: ['admin', 'org-support'] },
    roles: [{ slug: 'org-support', name: 'Support agent' }],
    inviterName: (inviter) => (inviter.id === 'user_me' ? 'you' : undefined),
    ...over,
  } as UseInvitationListOptions;
  const hook = renderHook((props: UseInvitationListOptions) => useInvitationList(props), { initialProps });
  const row = (email: string) => hook.result.current.rows.find((r) => r.email === email)!;
  return { ...hook, api, row, initialProps };
}

describe('useInvitations', () => {
  it('loads once in StrictMode, though it mounts twice', async () => {
    const api = createMemoryInvitationApi({ invitations: seeds });
    const wrapper = ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>;
    const { result } = renderHook(() => useInvitations({ transport: api }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.items).toHaveLength(4);
    expect(api.invitationCalls.filter((c) => c.kind === 'list').length).toBeLessThanOrEqual(2);
  });

  it('waits for load() with autoLoad off', async () => {
    const api = createMemoryInvitationApi({ invitations: seeds });
    const { result } = renderHook(() => useInvitations({ transport: api, autoLoad: false }));
    expect(result.current.status).toBe('idle');
    await act(() => result.current.load());
    expect(result.current.status).toBe('ready');
  });

  it('updates nothing after unmount, and lets an action in flight finish', async () => {
    const api = createMemoryInvitationApi({ invitations: seeds });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transport: InvitationsTransport = { list: api.list, revoke: async (i, c) => (await gate, api.revoke(i, c)) };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result, unmount } = renderHook(() => useInvitations({ transport }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const ana = result.current.items.find((i) => i.invitation.email === 'ana@acme.com')!;
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.revoke(ana.id);
    });
    unmount();
    release();
    await expect(done).resolves.toMatchObject({ ok: true });
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.state).toBe('revoked');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('useInvitationList', () => {
  it('shows a skeleton, then the rows: state in words, role names, times, who invited', async () => {
    const { result, row } = setup();
    expect(result.current.view).toBe('loading');
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(result.current.rows.map((r) => [r.email, r.stateLabel])).toEqual([
      ['ana@acme.com', 'Pending'],
      ['boss@acme.com', 'Pending'],
      ['ben@acme.com', 'Expired'],
      ['cy@acme.com', 'Revoked'],
    ]);
    expect(row('ana@acme.com')).toMatchObject({ roles: 'Admin and Support agent', time: 'Expires in 6 days', sent: 'Sent yesterday', inviter: 'Invited by you' });
    expect(row('ben@acme.com').time).toBe('Expired 3 days ago');
    expect(row('cy@acme.com').time).toBe('Revoked 5 days ago');
  });

  it('offers what works: resend, link and revoke on a pending one, re-invite on an expired one', async () => {
    const { result, row } = setup();
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(row('ana@acme.com').actions.map((a) => [a.action, a.disabled])).toEqual([
      ['resend', false],
      ['copyLink', false],
      ['revoke', false],
    ]);
    expect(row('ben@acme.com').actions.map((a) => a.action)).toEqual(['reinvite']);
    expect(row('ana@acme.com').actions[0]!.name).toBe('Resend the invitation to ana@acme.com');
  });

  it('shows a privilege refusal disabled, with its reason, and hides the link', async () => {
    const { result, row } = setup();
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(row('boss@acme.com').actions).toEqual([
      expect.objectContaining({ action: 'resend', disabled: true, reason: 'This invitation is for a role above your own.' }),
      expect.objectContaining({ action: 'revoke', disabled: true }),
    ]);
    const props = result.current.getActionProps(row('boss@acme.com'), 'revoke');
    expect(props['aria-disabled']).toBe(true);
    expect(props['aria-describedby']).toBe(result.current.idOf(`reason-${row('boss@acme.com').id}`));
  });

  it('asks before revoking, then revokes and says it once', async () => {
    const { result, row, api } = setup();
    await waitFor(() => expect(result.current.view).toBe('list'));
    act(() => result.current.getActionProps(row('ana@acme.com'), 'revoke').onClick({ preventDefault() {} }));
    expect(row('ana@acme.com').confirming).toBe(true);
    expect(api.invitationCalls.filter((c) => c.kind === 'revoke')).toHaveLength(0);
    act(() => result.current.getConfirmProps(row('ana@acme.com')).onClick({ preventDefault() {} }));
    expect(row('ana@acme.com')).toMatchObject({ confirming: false, note: { text: 'Revoking…' } });
    await waitFor(() => expect(row('ana@acme.com').note).toEqual({ text: 'Invitation to ana@acme.com revoked.', tone: 'success' }));
    expect(result.current.announcement.text).toBe('Invitation to ana@acme.com revoked.');
    expect(row('ana@acme.com').stateLabel).toBe('Revoked');
  });

  it('closes the confirmation on Escape without revoking', async () => {
    const { result, row, api } = setup();
    await waitFor(() => expect(result.current.view).toBe('list'));
    act(() => result.current.getActionProps(row('ana@acme.com'), 'revoke').onClick({ preventDefault() {} }));
    const preventDefault = vi.fn();
    act(() => result.current.getConfirmGroupProps(row('ana@acme.com')).onKeyDown({ key: 'Escape', preventDefault }));
    expect(preventDefault).toHaveBeenCalled();
    expect(row('ana@acme.com').confirming).toBe(false);
    expect(api.invitationCalls.filter((c) => c.kind === 'revoke')).toHaveLength(0);
  });

  it('says why a resend failed, with the host’s words for its code', async () => {
    const { result, row, api } = setup({ messages: { errors: { 'invite.org_rate_limited': 'Trop d’invitations.' } } });
    await waitFor(() => expect(result.current.view).toBe('list'));
    api.failNext('invite.org_rate_limited', { on: 'resend' });
    act(() => result.current.getActionProps(row('ana@acme.com'), 'resend').onClick({ preventDefault() {} }));
    await waitFor(() => expect(row('ana@acme.com').note?.tone).toBe('danger'));
    expect(row('ana@acme.com').note!.text).toBe('Could not resend ana@acme.com: Trop d’invitations.');
    expect(result.current.announcement.text).toBe('Could not resend ana@acme.com: Trop d’invitations.');
  });

  it('copies the link through the given clipboard and says so', async () => {
    const copyText = vi.fn(async () => {});
    const { result, row } = setup({ copyText });
    await waitFor(() => expect(result.current.view).toBe('list'));
    await act(async () => result.current.getActionProps(row('ana@acme.com'), 'copyLink').onClick({ preventDefault() {} }));
    expect(copyText).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/app\.test\/a\?t=/));
    expect(result.current.announcement.text).toBe('Invitation link of ana@acme.com copied.');
  });

  it('follows a controlled filter and reports the person’s choice', async () => {
    const onFilterChange = vi.fn();
    const { result, rerender, initialProps } = setup({ filter: 'pending', onFilterChange });
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(result.current.rows.map((r) => r.email)).toEqual(['ana@acme.com', 'boss@acme.com']);
    act(() => result.current.getFilterProps('expired').onClick({ preventDefault() {} }));
    expect(onFilterChange).toHaveBeenCalledWith('expired');
    expect(result.current.filter).toBe('pending');
    rerender({ ...initialProps, filter: 'expired', onFilterChange } as UseInvitationListOptions);
    expect(result.current.rows.map((r) => r.email)).toEqual(['ben@acme.com']);
    expect(result.current.filters.find((f) => f.value === 'expired')).toEqual({ value: 'expired', label: 'Expired', count: 1, selected: true });
  });

  it('words an empty filter apart from an empty list', async () => {
    const { result } = setup({ defaultFilter: 'accepted' });
    await waitFor(() => expect(result.current.view).toBe('empty'));
    expect(result.current.message).toBe('No accepted invitations.');
  });

  it('explains a transport that keeps no list', async () => {
    const { result } = setup({ transport: { capabilities: { list: false, resend: false, revoke: false } } });
    await waitFor(() => expect(result.current.view).toBe('unsupported'));
    expect(result.current.message).toMatch(/keeps no list/);
  });

  it('says a forbidden list in words, and announces it once', async () => {
    const transport: InvitationsTransport = { list: async () => Promise.reject({ code: 'authorize.forbidden', message: 'Forbidden', status: 403 }) };
    const { result } = setup({ transport });
    await waitFor(() => expect(result.current.view).toBe('error'));
    expect(result.current.message).toBe('You do not have permission to see this organization’s invitations.');
    expect(result.current.announcement).toEqual({ text: 'You do not have permission to see this organization’s invitations.', count: 1 });
  });

  it('writes relative times in the UI language', async () => {
    const { result, row } = setup({ locale: 'de', messages: { expiresIn: ({ time }: { time: string }) => `Läuft ${time} ab` } });
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(row('ana@acme.com').time).toBe('Läuft in 6 Tagen ab');
  });
});

describe('given the host’s invitations', () => {
  it('shows the shared store, and a send added to it shows at once', async () => {
    const api = createMemoryInvitationApi({ invitations: seeds });
    const list = vi.spyOn(api, 'list');
    const { result } = renderHook(() => {
      const invitations = useInvitations({ transport: api, onSend: api.onSend });
      return { invitations, list: useInvitationList({ invitations }) };
    });
    await waitFor(() => expect(result.current.list.view).toBe('list'));
    expect(list).toHaveBeenCalledTimes(1);
    const results = await api.onSend(
      { entries: [{ email: 'new@acme.com', roleSlugs: ['member'], idempotencyKey: 'k' }] },
      { signal: new AbortController().signal, idempotencyKey: 'r', attempt: 1 },
    );
    act(() => result.current.invitations.addResults(results ?? []));
    expect(result.current.list.rows[0]).toMatchObject({ email: 'new@acme.com', stateLabel: 'Pending', time: 'Expires in 7 days' });
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('formatRelativeTime', () => {
  it.each([
    [3 * DAY, 'en', 'in 3 days'],
    [-2 * DAY, 'en', '2 days ago'],
    [DAY, 'en', 'tomorrow'],
    [-3 * 3_600_000, 'en', '3 hours ago'],
    [29 * DAY, 'en', 'in 29 days'],
    [60 * DAY, 'en', 'in 2 months'],
    [20_000, 'en', 'this minute'],
    [-20_000, 'en', 'this minute'],
    // The language's own words: in Arabic, two days on is "the day after tomorrow".
    [2 * DAY, 'ar', 'بعد الغد'],
    [2 * DAY, 'xx-not-a-tag-!', 'in 2 days'],
  ])('%d ms in %s: %s', (ms, locale, text) => {
    expect(formatRelativeTime(ms, locale)).toBe(text);
  });
});
