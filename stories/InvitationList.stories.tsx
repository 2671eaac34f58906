import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState, type ComponentType } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { InvitationList, type InvitationListLooks } from '../src/components/invitation-list';
import type { InvitationFilter } from '../src/core/invitations';
import type { InvitationInviter, InvitationsTransport } from '../src/core/types';
import type { InvitationListViewOptions } from '../src/hooks/use-invitation-list';
import type { UseInvitationsOptions } from '../src/hooks/use-invitations';
import { createStytchInvitations } from '../src/transports/stytch-invitations';
import type { MemoryInvitationApi, MemorySeedInvitation } from '../src/transports/memory-api';
import { invitationListMessages as arList } from 'invite-kit/messages/ar';
import { ROLES, ROLES_AR, callerWith } from './support/fixtures';
import {
  expiredInvitations,
  failsOnce,
  forbiddenList,
  hanging,
  manyInvitations,
  neverLists,
  teamInvitations,
  useStoryService,
} from './support/invitations';

/** What a story serves: its invitations, and a transport made from the service (a misbehaving one). */
interface Service {
  seeds?: () => MemorySeedInvitation[];
  transport?: (api: MemoryInvitationApi) => InvitationsTransport;
}

/** What the stories set: the list's own props, without where its invitations come from (each story's service). */
type ListArgs = InvitationListViewOptions & Pick<UseInvitationsOptions, 'caller' | 'pageSize' | 'organizationId'> & Omit<InvitationListLooks, 'children'>;

/** The list over a fresh in-memory service per story. */
function WithService({ service = {}, ...args }: ListArgs & { service?: Service }) {
  const api = useStoryService(service.seeds ?? teamInvitations);
  const transport = useMemo(() => (service.transport ? service.transport(api) : api), [api]);
  return <InvitationList {...(args as object)} transport={transport} onSend={api.onSend} />;
}

const inviterName = ({ id }: InvitationInviter): string | undefined => (id === 'user_me' ? 'you' : undefined);

/**
 * The organization's sent invitations: state in words, roles, "expires in 3 days" by the server's
 * clock, who sent them, and the actions that work — Resend, Re-invite, Copy link, Revoke after a
 * confirmation. Each story is one state, over an in-memory service (the Playground's People page
 * goes over HTTP); the ones that show a behaviour perform it in their play function.
 */
const meta = {
  title: 'Components/InvitationList',
  // Documented as the real component; the stories set its own props, each bringing its service.
  component: InvitationList as unknown as ComponentType<ListArgs>,
  // The toolbar's Language gives the list its strings (stories/support/locale.tsx).
  parameters: { layout: 'padded', i18n: 'list' },
  args: {
    caller: callerWith('admin', 'org-support'),
    roles: ROLES,
    inviterName,
  },
  argTypes: {
    messages: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (args, { parameters }) => (
    <div style={{ maxWidth: 760 }}>
      <WithService {...(args as object)} service={parameters.service as Service} />
    </div>
  ),
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const listOf = (canvasElement: HTMLElement) => within(canvasElement).findByRole('list', { name: 'Sent invitations' });
const rowOf = (list: HTMLElement, email: string) => within(list).getAllByRole('listitem').find((item) => within(item).queryByText(email))!;
const liveOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status');

/** A team's invitations, pending first, each with what can be done to it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const rows = within(list).getAllByRole('listitem');
    await expect(rows.map((row) => within(row).getByText(/@acme\.com$/).textContent)).toEqual([
      'chen.wei@acme.com',
      'ana.lima@acme.com',
      'dev.patel@acme.com',
      'bo.lindqvist@acme.com',
      'farah.haddad@acme.com',
      'gus.petrov@acme.com',
      'hana.sato@acme.com',
    ]);
    const ana = within(rowOf(list, 'ana.lima@acme.com'));
    await expect(ana.getByText('Pending')).toBeVisible();
    await expect(ana.getByText('Expires in 6 days')).toBeVisible();
    await expect(ana.getByText('Invited by you')).toBeVisible();
    await expect(ana.getByRole('button', { name: 'Copy link to the invitation of ana.lima@acme.com' })).toBeVisible();
  },
};

/** The host owns the filter (`filter`, `onFilterChange`): its own buttons and the list's agree. */
export const Controlled: Story = {
  args: { onFilterChange: fn() },
  render: function ControlledFilter(args) {
    const [filter, setFilter] = useState<InvitationFilter>('pending');
    return (
      <div style={{ display: 'grid', gap: '0.75rem', maxWidth: 760 }}>
        <p>
          The host shows: <strong>{filter}</strong>{' '}
          <button type="button" className="ik-Button" onClick={() => setFilter('all')}>
            Show all from the host
          </button>
        </p>
        <WithService
          {...(args as object)}
          filter={filter}
          onFilterChange={(next) => {
            args.onFilterChange?.(next);
            setFilter(next);
          }}
        />
      </div>
    );
  },
  play: async ({ args, canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Expired (1)' }));
    await expect(args.onFilterChange).toHaveBeenLastCalledWith('expired');
    await expect(canvas.getByText('expired')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show all from the host' }));
    await expect(canvas.getByRole('button', { name: 'All (7)' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Nobody invited yet. */
export const Empty: Story = {
  parameters: { service: { seeds: () => [] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/No invitations yet/)).toBeVisible();
  },
};

/** The first page on its way: skeleton rows, "Loading invitations…" for screen readers. */
export const Loading: Story = {
  parameters: { service: { transport: () => neverLists } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading invitations…')).toBeInTheDocument();
    await expect(within(canvasElement).getByRole('region', { name: 'Invitations' })).toHaveAttribute('aria-busy', 'true');
  },
};

/** The list failed (the network); Try again loads it. */
export const LoadError: Story = {
  name: 'Error',
  parameters: { service: { transport: failsOnce } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Shown, and said once by the live region (ignored here).
    await expect(await canvas.findByText('The invitations could not be loaded. The network failed before an answer came back.', { ignore: '[role="status"]' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await listOf(canvasElement);
  },
};

/** Sixty invitations, twenty a page: "Load more" goes on with the API's cursor. */
export const Many: Story = {
  args: { pageSize: 20 },
  parameters: { service: { seeds: () => manyInvitations(60) } },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(40));
    await expect(liveOf(canvasElement)).toHaveTextContent('20 more invitations shown.');
  },
};

/** The expired ones, filtered: each can be re-invited in one action (here a resend that renews it). */
export const Expired: Story = {
  args: { defaultFilter: 'expired' },
  parameters: { service: { seeds: expiredInvitations } },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(rowOf(list, 'jon.berg@acme.com')).getByText('Expired 8 days ago')).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Re-invite ines.moreau@acme.com' }));
    await waitFor(() => expect(liveOf(canvasElement)).toHaveTextContent('ines.moreau@acme.com invited again.'));
    await expect(within(rowOf(list, 'ines.moreau@acme.com')).getByText('Pending')).toBeVisible();
  },
};

/** Actions on their way: a resend and a revoke that have not answered yet. */
export const Acting: Story = {
  parameters: { service: { transport: hanging } },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Resend the invitation to ana.lima@acme.com' }));
    await expect(within(rowOf(list, 'ana.lima@acme.com')).getByText('Resending…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Resend the invitation to ana.lima@acme.com' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke the invitation to chen.wei@acme.com' }));
    await userEvent.click(within(rowOf(list, 'chen.wei@acme.com')).getByRole('button', { name: 'Revoke' }));
    await expect(within(rowOf(list, 'chen.wei@acme.com')).getByText('Revoking…')).toBeVisible();
    await expect(rowOf(list, 'chen.wei@acme.com')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Revoking asks first; Keep (or Escape) leaves it as it was, focus back on Revoke. */
export const RevokeConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await listOf(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke the invitation to bo.lindqvist@acme.com' }));
    const confirm = canvas.getByRole('group', { name: 'Revoke the invitation to bo.lindqvist@acme.com? Its link stops working.' });
    await expect(within(confirm).getByRole('button', { name: 'Revoke' })).toHaveFocus();
  },
};

/** A member, not an admin: invitations for roles above theirs offer their actions disabled, saying why. */
export const AboveYourRole: Story = {
  args: { caller: callerWith('member') },
  play: async ({ canvasElement }) => {
    await listOf(canvasElement);
    const revoke = within(canvasElement).getByRole('button', { name: 'Revoke the invitation to dev.patel@acme.com' });
    await expect(revoke).toHaveAttribute('aria-disabled', 'true');
    await expect(revoke).toHaveAccessibleDescription('This invitation is for a role above your own.');
    await expect(within(canvasElement).getByRole('button', { name: 'Revoke the invitation to bo.lindqvist@acme.com' })).not.toHaveAttribute('aria-disabled');
  },
};

/** The server says the caller may not see the list (403): said in words, not an empty list. */
export const Forbidden: Story = {
  parameters: { service: { transport: () => forbiddenList } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('You do not have permission to see this organization’s invitations.', { ignore: '[role="status"]' })).toBeVisible();
  },
};

/** Stytch's magic-link invites keep no list: the component explains instead of showing a broken one. */
export const Stytch: Story = {
  parameters: { service: { transport: () => createStytchInvitations() } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/keeps no list of them/)).toBeVisible();
    await expect(within(canvasElement).queryByRole('group', { name: 'Show' })).toBeNull();
  },
};

/** Copy link puts the invitation's accept link on the clipboard and says so. */
export const CopyLink: Story = {
  play: async ({ canvasElement }) => {
    await listOf(canvasElement);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Copy link to the invitation of chen.wei@acme.com' }));
    await waitFor(() => expect(liveOf(canvasElement)).toHaveTextContent('Invitation link of chen.wei@acme.com copied.'));
    await expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/app\.acme\.test\/invite\?invitation_token=/));
    writeText.mockRestore();
  },
};

/** Dark, asked of the list itself. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await listOf(canvasElement);
    await expect(within(canvasElement).getByRole('region', { name: 'Invitations' })).toHaveAttribute('data-theme', 'dark');
  },
};

/**
 * In Arabic (`messages={invitationListMessages}` from `invite-kit/messages/ar`): right to left,
 * `lang="ar"`, the host's Arabic role names, relative times in Arabic ("خلال ٦ أيام").
 */
export const RightToLeft: Story = {
  args: { messages: arList, roles: ROLES_AR },
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', { name: arList.listLabel });
    const region = within(canvasElement).getByRole('region', { name: arList.title });
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(region).toHaveAttribute('lang', 'ar');
    await expect(within(rowOf(list, 'ana.lima@acme.com')).getByText('مشرف')).toBeVisible();
  },
};

/** The parts recomposed by a host: its own heading level, no filter, its own button for Load more. */
export const ComposedParts: Story = {
  args: { pageSize: 3 },
  render: function Composed(args) {
    const api = useStoryService(teamInvitations);
    return (
      <div style={{ maxWidth: 640 }}>
        <h2>Team</h2>
        <InvitationList.Root {...(args as object)} transport={api} onSend={api.onSend}>
          <InvitationList.Header>
            <InvitationList.Title asChild>
              <h3>Waiting to join</h3>
            </InvitationList.Title>
            <InvitationList.Refresh data-variant="ghost" />
          </InvitationList.Header>
          <InvitationList.Items />
          <InvitationList.Footer>
            <InvitationList.LoadMore asChild>
              <button type="button" style={{ borderRadius: 999, padding: '0.25rem 1rem' }}>
                Show more people
              </button>
            </InvitationList.LoadMore>
          </InvitationList.Footer>
        </InvitationList.Root>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Waiting to join' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show more people' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(6));
  },
};
