import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_FAULTS, SESSION_TOKEN, resetDemoServer, startDemoServer } from './support/demo-server';
import { DEMO_ORG_ID } from './support/fixtures';
import { chip, listedEmails, mainButton, openDialog, paste, screenOf, statusLine } from './support/play';
import { People } from './support/People';
import { Playground } from './support/Playground';
import { LANGUAGE_TAGS } from './support/languages';
import ar from 'invite-kit/messages/ar';

/**
 * The whole path, in the browser: the dialog's transport calls `fetch`, Mock Service Worker hands
 * the real `Request` to the kit's `createInviteHandler` (or to a WorkOS or Stytch emulation) over
 * an in-memory invitation service, and the panel beside the dialog shows each request as it
 * leaves and what came back.
 *
 * The server knows `you@acme.com` and `dana@acme.com` as members and has a pending invitation for
 * `erin@acme.com`; it takes five new invitations per 90 seconds.
 */
const meta = {
  title: 'Playground',
  component: Playground,
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 760 } },
  },
  args: {
    transport: 'batch',
    callerRole: 'admin',
    theme: 'light',
    language: 'en',
    retries: 2,
    fault: 'none',
    faultRepeat: 1,
  },
  argTypes: {
    transport: {
      control: 'inline-radio',
      options: ['batch', 'workos', 'stytch'],
      description:
        '`batch`: createBatchApiTransport → createInviteHandler (several roles). `workos`: createWorkOSTransport against an emulated WorkOS (one role, 90 locales, days). `stytch`: createStytchTransport against an emulated Stytch (no roles, 4 locales, minutes).',
    },
    callerRole: { control: 'inline-radio', options: ['member', 'billing', 'admin', 'owner'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    language: {
      // Said outright, as for `fault`: Storybook drops a URL arg (?args=language:ar) whose type it does not know.
      type: { name: 'string', required: true },
      control: 'select',
      options: LANGUAGE_TAGS,
      description: 'The kit’s language: `messages={de}` from `invite-kit/messages/de` (the toolbar’s Language sets it too). Arabic and Hebrew write right to left.',
    },
    retries: { control: { type: 'number', min: 0, max: 3, step: 1 } },
    fault: {
      // Said outright: the prop's type is derived (keyof), which docgen cannot read, and Storybook
      // drops a URL arg (?args=fault:server-error) whose type it does not know.
      type: { name: 'string', required: true },
      control: 'select',
      options: ['none', ...Object.keys(DEMO_FAULTS)],
      description: Object.entries(DEMO_FAULTS)
        .map(([key, text]) => `\`${key}\`: ${text}`)
        .join('; '),
    },
    faultRepeat: { control: { type: 'number', min: 1, max: 10, step: 1 } },
  },
  // The service worker must be running, and the server seeded afresh, before the story renders.
  async beforeEach() {
    await startDemoServer();
    resetDemoServer();
  },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

const log = (canvasElement: HTMLElement) => screenOf(canvasElement).getByTestId('request-log');

/** The playground as a developer finds it: press "Invite people" and try it. */
export const Default: Story = {};

/**
 * A member, an invited person and six new addresses over real HTTP: five are invited, Dana is
 * already a member, Erin already invited, and the sixth new one hits the organization's limit,
 * with a countdown until it can be retried.
 */
export const PartialFailure: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await paste(dialog, 'dana@acme.com, erin@acme.com, ana@acme.com, ben@acme.com, carla@acme.com, dev@acme.com, femi@acme.com, gus@acme.com');
    await expect(listedEmails(dialog)).toHaveLength(8);
    await userEvent.click(mainButton(dialog));

    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent(/You can retry in 1:[23]\d/), { timeout: 8000 });
    await expect(chip(dialog, 'ana@acme.com', 'Invited')).toBeVisible();
    await expect(chip(dialog, 'dana@acme.com', 'Already a member')).toBeVisible();
    await expect(chip(dialog, 'erin@acme.com', 'Already invited')).toBeVisible();
    // Rate-limited: waiting for the countdown, not failed.
    await expect(chip(dialog, 'gus@acme.com', 'Waiting')).toBeVisible();
    await expect(mainButton(dialog)).toHaveAttribute('aria-disabled', 'true');

    // One request with the whole batch, as the batch API takes it, and its answer.
    const panel = within(log(canvasElement));
    await expect(panel.getByText(`/api/orgs/${DEMO_ORG_ID}/invitations`)).toBeVisible();
    await expect(panel.getByText('idempotency-key')).toBeVisible();
    await expect(panel.getByText(`Bearer ${SESSION_TOKEN}`)).toBeVisible();
    await expect(panel.getByText('200')).toBeVisible();
    await expect(panel.getByText(/"invite\.org_rate_limited"/)).toBeVisible();
  },
};

/** The server's answer is lost after it invited: the kit retries with the same Idempotency-Key and the server replays. */
export const AnswerLost: Story = {
  args: { fault: 'answer-lost' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await paste(dialog, 'hana@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(chip(dialog, 'hana@acme.com', 'Invited')).toBeVisible(), { timeout: 8000 });

    // The page behind a modal dialog is hidden from assistive technology, so ask for hidden items.
    const requests = within(log(canvasElement)).getAllByRole('listitem', { hidden: true });
    await expect(requests).toHaveLength(2);
    // Newest first: the replayed 200, then the request whose answer was lost, both with one key.
    await expect(requests[1]).toHaveTextContent('network error');
    await expect(requests[0]).toHaveTextContent('200');
    const key = (item: HTMLElement) => within(item).getByText('idempotency-key').nextElementSibling?.textContent;
    await expect(key(requests[0]!)).toBe(key(requests[1]!));
  },
};

/**
 * Every try fails with a 500: the server may have invited them, so the entry stays as "may have been
 * sent", and one Retry (same key) sends it once the server is back.
 */
export const ServerError: Story = {
  args: { fault: 'server-error', retries: 0 },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await paste(dialog, 'ines@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(mainButton(dialog)).toHaveTextContent('Retry 1 unconfirmed'), { timeout: 8000 });
    await expect(within(log(canvasElement)).getByText('500')).toBeVisible();

    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(chip(dialog, 'ines@acme.com', 'Invited')).toBeVisible(), { timeout: 8000 });
    await expect(statusLine(dialog)).toHaveTextContent('1 invited.');
  },
};

/** The session expired: a 401 comes back, the dialog says so and keeps the list for after sign-in. */
export const SessionExpired: Story = {
  args: { fault: 'session-expired' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await paste(dialog, 'jo@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(within(dialog).getByText(/Your session has expired/)).toBeVisible(), { timeout: 8000 });
    await expect(listedEmails(dialog)).toEqual(['jo@acme.com']);
    await expect(within(log(canvasElement)).getByText('401')).toBeVisible();
  },
};

/**
 * A member may invite members only: the dialog offers no higher role, and the server refuses one
 * all the same when a request asks for it without the dialog.
 */
export const PrivilegeLimitedCaller: Story = {
  args: { callerRole: 'member' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    const menu = await screenOf(canvasElement).findByRole('dialog', { name: 'Role' });
    const owner = within(menu).getByRole('radio', { name: 'Owner' });
    await expect(owner).toBeDisabled();
    await expect(owner).toHaveAccessibleDescription(/Above your own role \(member\)\./);
    await userEvent.keyboard('{Escape}');

    // The server agrees: the same session asking for an admin gets a 403 with the rule's code.
    const response = await fetch(`/api/orgs/${DEMO_ORG_ID}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SESSION_TOKEN}` },
      body: JSON.stringify([{ email: 'kim@acme.com', role_slugs: ['admin'] }]),
    });
    await expect(response.status).toBe(403);
    await expect((await response.json()).error.code).toBe('invite.insufficient_role');
  },
};

/** WorkOS's shape: one role per person, a language and a lifetime in days; one request per person. */
export const WorkOS: Story = {
  args: { transport: 'workos' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(within(dialog).getByRole('combobox', { name: 'Email language' })).toBeVisible();
    await expect(within(dialog).getByRole('spinbutton', { name: 'Invitation valid for (days)' })).toHaveValue(7);
    await paste(dialog, 'dana@acme.com, lea@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(chip(dialog, 'lea@acme.com', 'Invited')).toBeVisible(), { timeout: 8000 });
    await expect(chip(dialog, 'dana@acme.com', 'Already a member')).toBeVisible();

    const panel = within(log(canvasElement));
    await expect(panel.getAllByText('/mock/workos/user_management/invitations')).toHaveLength(2);
    await expect(panel.getByText('201')).toBeVisible();
    await expect(panel.getByText(/"user_already_organization_member"/)).toBeVisible();
  },
};

/** Stytch's shape: no roles, four languages, a lifetime in minutes, HTTP Basic credentials. */
export const Stytch: Story = {
  args: { transport: 'stytch' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(within(dialog).queryByRole('combobox', { name: 'Role' })).toBeNull();
    await expect(within(dialog).getByRole('spinbutton', { name: 'Invitation valid for (minutes)' })).toHaveValue(60);
    await paste(dialog, 'mo@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(chip(dialog, 'mo@acme.com', 'Invited')).toBeVisible(), { timeout: 8000 });

    const panel = within(log(canvasElement));
    await expect(panel.getByText('/mock/stytch/v1/magic_links/email/invite')).toBeVisible();
    await expect(panel.getByText(/^Basic /)).toBeVisible();
    await expect(panel.getByText(/"invite_expiration_minutes": 60/)).toBeVisible();
  },
};

/** Dark theme, in Arabic (`invite-kit/messages/ar`): the page and the dialog write right to left. */
export const DarkRightToLeft: Story = {
  args: { theme: 'dark', language: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, ar.trigger);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(dialog).toHaveAttribute('lang', 'ar');
    await expect(dialog).toHaveAttribute('data-theme', 'dark');
    await paste(dialog, 'nour@acme.com', ar.emailLabel);
    await expect(mainButton(dialog)).toHaveTextContent(ar.send({ count: 1 }));
  },
};

// ─── People: the dialog and the invitations list side by side ───────────────────────────────────

const listOf = (canvasElement: HTMLElement) => within(canvasElement).findByRole('list', { name: 'Sent invitations' }, { timeout: 8000 });
const rowOf = (list: HTMLElement, email: string) => within(list).getAllByRole('listitem').find((item) => within(item).queryByText(email))!;

/**
 * The People page: the dialog and the organization's invitations over real HTTP, one store shared
 * by both. The dialog's sends show in the list at once; Erin, already invited, can be resent from
 * the dialog; the list resends, revokes (after a confirmation), re-invites and copies links, each
 * request in the log.
 */
export const PeopleDefault: Story = {
  name: 'People',
  render: (args) => <People {...args} />,
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(within(rowOf(list, 'erin@acme.com')).getByText('Pending')).toBeVisible();
    await expect(within(rowOf(list, 'omar@acme.com')).getByText('Expired')).toBeVisible();

    const dialog = await openDialog(canvasElement);
    await paste(dialog, 'quinn@acme.com, erin@acme.com');
    await userEvent.click(mainButton(dialog));
    const resend = await within(dialog).findByRole('button', { name: 'Resend invitation' }, { timeout: 8000 });
    await userEvent.click(resend);
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('erin@acme.com: Invitation resent.'), { timeout: 8000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screenOf(canvasElement).queryByRole('dialog')).toBeNull());

    // Sent a moment ago, listed first, with no reload of the list.
    await expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('quinn@acme.com');
    const panel = within(log(canvasElement));
    await expect(panel.getAllByText(`/api/orgs/${DEMO_ORG_ID}/invitations`, { exact: false }).length).toBeGreaterThan(0);
    await expect(panel.getByText(/\/resend$/)).toBeVisible();
  },
};

/** The list over WorkOS's routes (emulated): revoking asks first, then one `POST …/revoke` goes out. */
export const PeopleWorkOS: Story = {
  name: 'People (WorkOS)',
  args: { transport: 'workos' },
  render: (args) => <People {...args} />,
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke the invitation to wen.li@acme.com' }));
    await userEvent.click(within(rowOf(list, 'wen.li@acme.com')).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(canvas.getByText('Invitation to wen.li@acme.com revoked.', { ignore: '[role="status"]' })).toBeVisible(), { timeout: 8000 });
    await expect(within(rowOf(list, 'wen.li@acme.com')).getByText('Revoked')).toBeVisible();
    await expect(within(log(canvasElement)).getByText(/\/revoke$/)).toBeVisible();
  },
};

/** Stytch keeps no list of its magic-link invites: the page says so where the list would be. */
export const PeopleStytch: Story = {
  name: 'People (Stytch)',
  args: { transport: 'stytch' },
  render: (args) => <People {...args} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/keeps no list of them/)).toBeVisible();
    await expect(within(log(canvasElement)).queryByText('GET')).toBeNull();
  },
};
