/// <reference types="vite/client" />
/**
 * InvitationList in a real browser, as a person uses it: by role and name, with the keyboard, the
 * live region and axe — over the in-memory reference service, and beside the dialog sharing one
 * store.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../src/components/styles.css';
import { InvitationList, InviteDialog, type InvitationListProps } from '../../src/components/index';
import type { InvitationsTransport } from '../../src/core/types';
import { useInvitations } from '../../src/hooks/use-invitations';
import { createMemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';
import { expectNoAxeViolations } from './harness';

const DAY = 86_400_000;
const NOW = Date.now();
const SEEDS: MemorySeedInvitation[] = [
  { email: 'cy@acme.com', state: 'revoked', createdAt: NOW - 6 * DAY },
  { email: 'ben@acme.com', createdAt: NOW - 10 * DAY, roleSlugs: ['billing'] },
  { email: 'boss@acme.com', createdAt: NOW - 2 * DAY, roleSlugs: ['owner'] },
  { email: 'ana@acme.com', createdAt: NOW - DAY, roleSlugs: ['admin'], locale: 'fr', inviterUserId: 'user_me' },
];

function setup(props: Partial<InvitationListProps> = {}, seeds = SEEDS, arm?: (api: ReturnType<typeof createMemoryInvitationApi>) => void) {
  const api = createMemoryInvitationApi({ invitations: seeds, acceptUrl: ({ token }) => `https://app.test/accept?t=${token}` });
  arm?.(api);
  const user = userEvent.setup();
  render(
    <main>
      <h1>People</h1>
      <InvitationList
        transport={api}
        onSend={api.onSend}
        caller={{ email: 'me@acme.com', roleSlugs: ['admin'] }}
        inviterName={(inviter) => (inviter.id === 'user_me' ? 'you' : undefined)}
        {...(props as object)}
      />
    </main>,
  );
  return { api, user };
}

const list = () => screen.getByRole('list', { name: 'Sent invitations' });
const row = (email: string) => within(list()).getAllByRole('listitem').find((item) => within(item).queryByText(email))!;
const live = () => screen.getByRole('status');
const shown = async () => waitFor(() => expect(list()).toBeInTheDocument());

describe('InvitationList', () => {
  it('is a named region with a heading, a filter and a named list, pending first; axe clean', async () => {
    setup();
    const region = screen.getByRole('region', { name: 'Invitations' });
    expect(within(region).getByText('Loading invitations…')).toBeInTheDocument();
    await shown();
    expect(within(list()).getAllByRole('listitem').map((item) => within(item).getByText(/@acme\.com$/).textContent)).toEqual([
      'ana@acme.com',
      'boss@acme.com',
      'ben@acme.com',
      'cy@acme.com',
    ]);
    expect(within(row('ana@acme.com')).getByText('Pending')).toBeVisible();
    expect(within(row('ana@acme.com')).getByText('Expires in 6 days')).toBeVisible();
    expect(within(row('ana@acme.com')).getByText('Invited by you')).toBeVisible();
    expect(within(row('ben@acme.com')).getByText('Expired 3 days ago')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Show' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All (4)' })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations();
  });

  it('resends: the person hears it once and reads it under the row', async () => {
    const { api, user } = setup();
    await shown();
    await user.click(screen.getByRole('button', { name: 'Resend the invitation to ana@acme.com' }));
    await waitFor(() => expect(live()).toHaveTextContent('Invitation resent to ana@acme.com.'));
    expect(within(row('ana@acme.com')).getByText('Invitation resent to ana@acme.com.')).toBeVisible();
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')).toMatchObject({ sends: 2, locale: 'fr' });
    await expectNoAxeViolations();
  });

  it('revokes only after a confirmation; Keep and Escape put focus back on Revoke', async () => {
    const { api, user } = setup();
    await shown();
    const revoke = screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' });
    await user.click(revoke);
    const confirm = screen.getByRole('group', { name: 'Revoke the invitation to ana@acme.com? Its link stops working.' });
    expect(within(confirm).getByRole('button', { name: 'Revoke' })).toHaveFocus();
    await expectNoAxeViolations();
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Its link stops working/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' })).toHaveFocus();
    expect(api.invitationCalls.filter((c) => c.kind === 'revoke')).toHaveLength(0);

    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(live()).toHaveTextContent('Invitation to ana@acme.com revoked.'));
    expect(within(row('ana@acme.com')).getByText('Revoked')).toBeVisible();
    // Focus stays in the row, which now says what happened.
    expect(row('ana@acme.com')).toHaveFocus();
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.state).toBe('revoked');
    await expectNoAxeViolations();
  });

  it('rolls a failed revoke back, saying why', async () => {
    const { api, user } = setup();
    await shown();
    api.failNext('invite.send_failed', { on: 'revoke', message: 'The service is down.' });
    await user.click(screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' }));
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(live()).toHaveTextContent('Could not revoke ana@acme.com: The service is down.'));
    expect(within(row('ana@acme.com')).getByText('Pending')).toBeVisible();
    expect(within(row('ana@acme.com')).getByText('Could not revoke ana@acme.com: The service is down.')).toBeVisible();
    expect(row('ana@acme.com')).toHaveAccessibleDescription('Could not revoke ana@acme.com: The service is down.');
    expect(screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' })).toBeVisible();
    await expectNoAxeViolations();
  });

  it('says "may have been revoked" when the answer was lost, and Refresh tells', async () => {
    const api = createMemoryInvitationApi({ invitations: SEEDS });
    const transport: InvitationsTransport = {
      list: api.list,
      revoke: async (invitation, context) => {
        await api.revoke(invitation, context);
        throw new TypeError('Failed to fetch');
      },
    };
    const user = userEvent.setup();
    render(<InvitationList transport={transport} caller={{ roleSlugs: ['admin'] }} />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Revoke the invitation to ana@acme.com' }));
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(live()).toHaveTextContent('No answer came back for ana@acme.com: it may have been revoked. Refresh to see.'));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(within(row('ana@acme.com')).getByText('Invitation to ana@acme.com revoked.')).toBeVisible());
    expect(within(row('ana@acme.com')).getByText('Revoked')).toBeVisible();
  });

  it('re-invites an expired invitation and a revoked one', async () => {
    const { api, user } = setup();
    await shown();
    await user.click(screen.getByRole('button', { name: 'Re-invite ben@acme.com' }));
    await waitFor(() => expect(live()).toHaveTextContent('ben@acme.com invited again.'));
    expect(within(row('ben@acme.com')).getByText('Pending')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Re-invite cy@acme.com' }));
    await waitFor(() => expect(live()).toHaveTextContent('cy@acme.com invited again.'));
    const cy = within(list()).getAllByRole('listitem').filter((item) => within(item).queryByText('cy@acme.com'));
    expect(cy.map((item) => within(item).getByText(/^(Pending|Revoked)$/).textContent)).toEqual(['Pending', 'Revoked']);
    expect(api.calls.map((c) => c.entries[0]!.email)).toEqual(['cy@acme.com']);
    await expectNoAxeViolations();
  });

  it('copies the invitation link and says so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { user } = setup();
    await shown();
    await user.click(screen.getByRole('button', { name: 'Copy link to the invitation of ana@acme.com' }));
    await waitFor(() => expect(live()).toHaveTextContent('Invitation link of ana@acme.com copied.'));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/app\.test\/accept\?t=/));
    writeText.mockRestore();
  });

  it('offers an invitation for a role above the caller’s disabled, and says why', async () => {
    const { user, api } = setup();
    await shown();
    const revoke = screen.getByRole('button', { name: 'Revoke the invitation to boss@acme.com' });
    expect(revoke).toHaveAttribute('aria-disabled', 'true');
    expect(revoke).toHaveAccessibleDescription('This invitation is for a role above your own.');
    expect(screen.queryByRole('button', { name: 'Copy link to the invitation of boss@acme.com' })).not.toBeInTheDocument();
    await user.click(revoke);
    expect(screen.queryByRole('group', { name: /Its link stops working/ })).not.toBeInTheDocument();
    expect(api.invitationCalls.filter((c) => c.kind !== 'list')).toHaveLength(0);
  });

  it('filters by state with the keyboard', async () => {
    const { user } = setup();
    await shown();
    screen.getByRole('button', { name: 'All (4)' }).focus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Pending (2)' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Accepted (0)' }));
    expect(screen.getByText('No accepted invitations.')).toBeVisible();
  });

  it('says an empty organization has no invitations yet', async () => {
    setup({}, []);
    expect(await screen.findByText(/No invitations yet/)).toBeVisible();
    await expectNoAxeViolations();
  });

  it('shows why the list failed, and Try again loads it', async () => {
    const { user } = setup({}, SEEDS, (api) => api.failNext('invite.send_failed', { on: 'list', message: 'The service is down.' }));
    expect(await screen.findByText('The invitations could not be loaded. The service is down.')).toBeVisible();
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await shown();
  });

  it('loads more with the cursor, and says how many came', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ email: `p${i}@acme.com`, createdAt: NOW - (5 - i) * 1000 }));
    const { user } = setup({ pageSize: 2 }, many);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(4));
    expect(live()).toHaveTextContent('2 more invitations shown.');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument());
    expect(within(list()).getAllByRole('listitem')).toHaveLength(5);
  });

  it('explains a transport that keeps no list, with no filter or refresh', async () => {
    render(
      <main>
        <h1>People</h1>
        <InvitationList transport={{ capabilities: { list: false, resend: false, revoke: false } }} />
      </main>,
    );
    expect(await screen.findByText(/keeps no list of them/)).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Show' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('is axe clean in dark and right-to-left', async () => {
    setup({ theme: 'dark', dir: 'rtl' });
    await shown();
    expect(screen.getByRole('region', { name: 'Invitations' })).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations();
  });
});

describe('beside InviteDialog, sharing one store', () => {
  function People({ api }: { api: ReturnType<typeof createMemoryInvitationApi> }) {
    const invitations = useInvitations({ transport: api, onSend: api.onSend, caller: { email: 'me@acme.com', roleSlugs: ['admin'] } });
    return (
      <>
        <InviteDialog onSend={api.onSend} trigger="Invite people" retries={0} onComplete={invitations.addResults} onResend={invitations.resendEmail} />
        <InvitationList invitations={invitations} />
      </>
    );
  }

  it('shows what the dialog sends without a reload, and resends an "already invited" person from the dialog', async () => {
    const api = createMemoryInvitationApi({ invitations: SEEDS });
    const user = userEvent.setup();
    render(<People api={api} />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Email addresses' }));
    await user.paste('new@acme.com, ana@acme.com');
    await user.click(within(dialog).getByRole('button', { name: /^Send 2 invitations/ }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Resend invitation' })).toBeVisible());
    expect(api.invitationCalls.filter((c) => c.kind === 'list')).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Resend invitation' }));
    await waitFor(() => expect(within(dialog).getByText(/^: Invitation resent\.$/, { ignore: '[role="status"]' })).toBeVisible());
    expect(within(dialog).getByRole('status')).toHaveTextContent('ana@acme.com: Invitation resent.');
    expect(api.invitations.find((i) => i.email === 'ana@acme.com')!.sends).toBe(2);
    await expectNoAxeViolations();

    await user.keyboard('{Escape}');
    // The new invitation is listed, first, without another list call.
    expect(within(list()).getAllByRole('listitem')[0]).toHaveTextContent('new@acme.com');
    expect(api.invitationCalls.filter((c) => c.kind === 'list')).toHaveLength(1);
  });

  it('says in the dialog why a resend did not go', async () => {
    const api = createMemoryInvitationApi({ invitations: SEEDS });
    const user = userEvent.setup();
    render(<People api={api} />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Email addresses' }));
    await user.paste('ana@acme.com');
    await user.click(within(dialog).getByRole('button', { name: /^Send 1 invitation/ }));
    api.failNext('invite.org_rate_limited', { on: 'resend', message: 'Too many for now.' });
    await user.click(await within(dialog).findByRole('button', { name: 'Resend invitation' }));
    await waitFor(() => expect(within(dialog).getByText(/^: Not resent\. Too many for now\.$/, { ignore: '[role="status"]' })).toBeVisible());
    // It can be tried again.
    expect(within(dialog).getByRole('button', { name: 'Resend invitation' })).toBeVisible();
  });
});
