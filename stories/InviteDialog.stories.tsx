import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type CSSProperties } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { InviteDialog } from '../src/components/invite-dialog';
import { WORKOS_CAPABILITIES } from '../src/transports/workos';
import { STYTCH_CAPABILITIES } from '../src/transports/stytch';
import ar from 'invite-kit/messages/ar';
import { CALLER_EMAIL, ROLES, ROLES_AR, callerWith, manyAddresses } from './support/fixtures';
import { chip, findDialog, listedEmails, mainButton, openDialog, paste, screenOf, statusLine } from './support/play';
import { scriptedSend } from './support/scripted-send';

/**
 * The invite dialog: paste or type addresses, pick roles, send, and see per person what happened.
 * Each story below is one state; the ones that show a behaviour perform it in their play function
 * (see the Interactions panel). Sends go to a scripted `onSend`; the Playground sends over HTTP.
 */
const meta = {
  title: 'Components/InviteDialog',
  component: InviteDialog,
  parameters: {
    // A modal dialog takes the whole page: in the docs each story gets its own frame.
    docs: { story: { inline: false, iframeHeight: 620 } },
  },
  args: {
    onSend: scriptedSend(),
    trigger: 'Invite people',
    roles: ROLES,
    caller: callerWith('owner', 'org-support', 'org-analyst'),
  },
  argTypes: {
    onSend: { control: false },
    messages: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof InviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A trigger button that opens the dialog, with focus in the email field. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Invite people');
    await expect(dialog).toHaveAccessibleDescription(/email with a link/);
  },
};

/** The host owns `open`: a button elsewhere opens it, Escape closes it, `onOpenChange` reports both. */
export const Controlled: Story = {
  args: { onOpenChange: fn() },
  render: function ControlledDialog(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'center' }}>
        <button type="button" className="ik-Button" onClick={() => setOpen(true)}>
          Open from the host
        </button>
        <p>The dialog is {open ? 'open' : 'closed'}.</p>
        <InviteDialog
          {...args}
          trigger={undefined}
          open={open}
          onOpenChange={(next) => {
            args.onOpenChange?.(next);
            setOpen(next);
          }}
        />
      </div>
    );
  },
  play: async ({ args, canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Open from the host' }));
    await findDialog(canvasElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await expect(screen.getByText('The dialog is closed.')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Open from the host' })).toHaveFocus();
  },
};

/** Open and empty: Send stays disabled and says why. */
export const Empty: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(mainButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    await expect(mainButton(dialog)).toHaveAccessibleDescription('Add at least one email address to send.');
    await expect(within(dialog).getByText('0 of at most 100 addresses')).toBeInTheDocument();
  },
};

/** A comma ends an address and makes it a chip; the next one is still being typed. */
export const Typing: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    const field = within(dialog).getByRole('textbox', { name: 'Email addresses' });
    await userEvent.type(field, 'ana@acme.com,ben@acm');
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com']);
    await expect(field).toHaveValue('ben@acm');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Added 1 address.');
    await expect(mainButton(dialog)).toHaveTextContent('Send 1 invitation');
  },
};

/** Tokens that are not addresses stay visible, flagged with what is wrong, and block Send until fixed. */
export const InvalidEntries: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com; jane.acme.com; bob@; carla@acme');
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'jane.acme.com', 'bob@', 'carla@acme']);
    await expect(chip(dialog, 'jane.acme.com')).toHaveAttribute('aria-invalid', 'true');
    await expect(chip(dialog, 'jane.acme.com')).toHaveAccessibleDescription(/jane\.acme\.com: .*@/);
    await expect(statusLine(dialog)).toHaveTextContent('Fix or remove 3 addresses to send.');
    await expect(mainButton(dialog)).toHaveAttribute('aria-disabled', 'true');

    // Fixing one in place: Enter edits the chip, Enter again keeps the change.
    await userEvent.click(chip(dialog, 'bob@'));
    const edit = within(dialog).getByRole('textbox', { name: 'Edit bob@' });
    await userEvent.clear(edit);
    await userEvent.type(edit, 'bob@acme.com{Enter}');
    await expect(chip(dialog, 'bob@acme.com')).not.toHaveAttribute('aria-invalid');
    await expect(statusLine(dialog)).toHaveTextContent('Fix or remove 2 addresses to send.');
  },
};

/**
 * More people than one request holds (the batch API takes 20 a request): all 45 are listed, each
 * can be removed on its own, and Send sends them in requests of 20, counting people as they go.
 */
export const ManyPeople: Story = {
  args: { defaultOpen: true, onSend: scriptedSend({ delayMs: 150 }) },
  play: async ({ args, canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, manyAddresses(45).join('\n'));
    await expect(listedEmails(dialog)).toHaveLength(45);
    await expect(within(dialog).getByRole('button', { name: 'Remove teammate45@acme.com' })).toBeInTheDocument();
    await expect(mainButton(dialog)).toHaveTextContent('Send 45 invitations');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('45 invited.'));
    const onSend = args.onSend as ReturnType<typeof scriptedSend>;
    await expect(onSend.mock.calls.map(([request]) => request.entries.length)).toEqual([20, 20, 5]);
  },
};

/**
 * A paste beyond `maxRecipients` (5 here): what does not fit is kept out of the field, verbatim, and
 * a note says how many wait. They join the list after a send, or with "Add the next" once there is
 * room; "Copy them" takes them elsewhere, and "Remove all" discards them with the list, undoably.
 */
export const TooMany: Story = {
  args: { defaultOpen: true, maxRecipients: 5 },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, manyAddresses(8).join('\n'));
    await expect(listedEmails(dialog)).toHaveLength(5);
    await expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveValue('');
    await expect(within(dialog).getByText('Only 5 people at once. 3 more addresses are kept. They join the list after a send.')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove teammate1@acme.com' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add the next 1' }));
    await expect(listedEmails(dialog)).toContain('teammate6@acme.com');
    await expect(within(dialog).getByText('Only 5 people at once. 2 more addresses are kept. They join the list after a send.')).toBeVisible();
  },
};

/** The same address twice, in any case, is listed once; the announcement says how many were merged. */
export const DuplicatesMerged: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'Ana@Acme.com, ana@acme.com\nben@acme.com; BEN@ACME.COM, carla@acme.com');
    await expect(listedEmails(dialog)).toEqual(['Ana@acme.com', 'ben@acme.com', 'carla@acme.com']);
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Added 3 addresses. 2 duplicates merged.');
    // Shown too, not only announced.
    await expect(dialog.querySelector('[data-slot="invite-dialog-feedback"]')).toHaveTextContent('Added 3 addresses. 2 duplicates merged.');
  },
};

/**
 * A pasted spreadsheet with a role column gives each person one row and one compact role picker;
 * custom roles live inside it. The header row is skipped, and the dialog says so.
 */
export const PerPersonRoles: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'Email\tRole\nana@acme.com\tadmin\nben@acme.com\tmember org-support\ncarla@acme.com\tmember\n');
    await expect(within(dialog).getByText('Added 3 addresses. Header row skipped.', { ignore: '[role="status"]' })).toBeVisible();
    await expect(within(dialog).getByRole('combobox', { name: 'Role for ana@acme.com' })).toHaveTextContent('Admin');
    await expect(within(dialog).getByRole('combobox', { name: 'Role for ben@acme.com' })).toHaveTextContent('Member, Support agent');
    await expect(within(dialog).queryByRole('checkbox')).toBeNull();

    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Role for carla@acme.com' }));
    const menu = await screen.findByRole('dialog', { name: 'Role for carla@acme.com' });
    await userEvent.click(within(menu).getByRole('radio', { name: 'Billing' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Role for carla@acme.com' })).toBeNull());
    await expect(within(dialog).getByRole('combobox', { name: 'Role for carla@acme.com' })).toHaveTextContent('Billing');
  },
};

/** A pasted role that does not exist shows in that person's picker as it came; choosing a valid one clears it. */
export const UnknownRole: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'Email\tRole\nana@acme.com\tsupervisor\nben@acme.com\tadmin\n');
    const picker = within(dialog).getByRole('combobox', { name: 'Role for ana@acme.com' });
    await expect(picker).toHaveTextContent('supervisor');
    await expect(picker).toHaveAttribute('aria-invalid', 'true');
    await expect(picker).toHaveAccessibleDescription('Role for ana@acme.com: Unknown role "supervisor".');
    await expect(chip(dialog, 'ana@acme.com')).not.toHaveAttribute('aria-invalid');
    await expect(statusLine(dialog)).toHaveTextContent('Choose a valid role for 1 person to send.');
    await userEvent.click(picker);
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Role for ana@acme.com' })).getByRole('radio', { name: 'Member' }));
    await userEvent.keyboard('{Escape}');
    await expect(picker).not.toHaveAttribute('aria-invalid');
    await expect(mainButton(dialog)).toHaveTextContent('Send 2 invitations');
  },
};

/** A likely misspelt domain gets "Did you mean …?": one click fixes it. A warning, never a block. */
export const TypoSuggestion: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@gmial.com, ben@acme.con, carla@acme.com');
    await expect(statusLine(dialog)).toHaveTextContent('Check 2 addresses: they may be misspelt.');
    await expect(mainButton(dialog)).not.toHaveAttribute('aria-disabled');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Did you mean ana@gmail.com?' }));
    await expect(listedEmails(dialog)).toEqual(['ana@gmail.com', 'ben@acme.con', 'carla@acme.com']);
  },
};

/** Backspace in the empty field removes the last address, and Remove all removes them all: both undo from the footer. */
export const Undo: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com, carla@acme.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove all' }));
    await expect(listedEmails(dialog)).toEqual([]);
    await expect(dialog.querySelector('[data-slot="invite-dialog-undo-note"]')).toHaveTextContent('Removed 3 addresses.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com', 'carla@acme.com']);
    await userEvent.keyboard('{Backspace}');
    await expect(dialog.querySelector('[data-slot="invite-dialog-undo-note"]')).toHaveTextContent('Removed carla@acme.com.');
  },
};

/** Many people, a role each: one row per person of one height, however many there are; the footer stays in view. */
export const ManyPeoplePerPerson: Story = {
  args: { defaultOpen: true, defaultRolesPerPerson: true },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    const rows = manyAddresses(24).map((email, i) => `${email}\t${['member', 'admin', 'member org-support', 'billing'][i % 4]}`);
    await paste(dialog, rows.join('\n'));
    await expect(listedEmails(dialog)).toHaveLength(24);
    await expect(within(dialog).getByRole('combobox', { name: 'Role for teammate3@acme.com' })).toHaveTextContent('Member, Support agent');
    const heights = new Set(Array.from(dialog.querySelectorAll('[data-slot="invite-dialog-entry"]'), (row) => Math.round(row.getBoundingClientRect().height)));
    await expect(heights.size).toBe(1);
    const box = mainButton(dialog).getBoundingClientRect();
    await expect(box.bottom).toBeLessThanOrEqual(canvasElement.ownerDocument.defaultView!.innerHeight);
  },
};

/** Each person's invitation carries the roles chosen for them. */
export const PerPersonRolesSent: Story = {
  args: { defaultOpen: true, onSend: scriptedSend() },
  play: async (context) => {
    await PerPersonRoles.play!(context);
    const { args, canvasElement } = context;
    const dialog = await findDialog(canvasElement);
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('3 invited.'));

    const [request] = (args.onSend as ReturnType<typeof scriptedSend>).mock.calls[0]!;
    await expect(request.entries.map((entry) => [entry.email, entry.roleSlugs])).toEqual([
      ['ana@acme.com', ['admin']],
      ['ben@acme.com', ['member', 'org-support']],
      ['carla@acme.com', ['billing']],
    ]);
  },
};

/** An admin cannot give the owner role, and cannot invite themself: both say why. */
export const PrivilegeLimitedCaller: Story = {
  args: { defaultOpen: true, caller: callerWith('admin') },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    const menu = await screenOf(canvasElement).findByRole('dialog', { name: 'Role' });
    const owner = within(menu).getByRole('radio', { name: 'Owner' });
    await expect(owner).toBeDisabled();
    await expect(owner).toHaveAccessibleDescription(/Above your own role \(admin\)\./);
    await userEvent.keyboard('{Escape}');

    await paste(dialog, CALLER_EMAIL);
    await expect(chip(dialog, CALLER_EMAIL)).toHaveAttribute('aria-invalid', 'true');
    await expect(within(dialog).getByText(/You cannot invite yourself\./)).toBeVisible();
  },
};

/** Sending: progress, a spinner per person, entries locked, and a Cancel. (This server never answers.) */
export const Sending: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({ outcomes: { 'ana@acme.com': 'no-answer' } }),
    timeoutMs: 86_400_000,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await userEvent.click(mainButton(dialog));
    await expect(mainButton(dialog)).toHaveTextContent('Sending');
    await expect(statusLine(dialog)).toHaveTextContent('Sending 1 of 2…');
    await expect(chip(dialog, 'ana@acme.com', 'Sending')).toHaveAttribute('aria-disabled', 'true');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};

/** Cancelling a send that has not answered: nothing typed is lost, and the list can be sent again. */
export const Cancelled: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({ outcomes: { 'ana@acme.com': 'no-answer' } }),
    timeoutMs: 86_400_000,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await userEvent.click(mainButton(dialog));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect(statusLine(dialog)).toHaveTextContent('Sending cancelled. Nothing you entered was lost.');
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com']);
    await expect(chip(dialog, 'ana@acme.com', 'May have been sent')).toBeVisible();
  },
};

/**
 * Some invited, one already a member, one already invited (neutral, not errors), one failed: Retry
 * resends only the failure, with its idempotency key unchanged.
 */
export const PartialFailure: Story = {
  args: {
    defaultOpen: true,
    retries: 0,
    onSend: scriptedSend({
      outcomes: {
        'dana@acme.com': { code: 'invite.already_member' },
        'erin@acme.com': { code: 'invite.already_pending' },
        'gus@acme.com': [{ code: 'invite.send_failed' }, 'invited'],
      },
    }),
  },
  play: async ({ args, canvasElement }) => {
    const onSend = args.onSend as ReturnType<typeof scriptedSend>;
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com, dana@acme.com, erin@acme.com, gus@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('2 invited, 1 already a member, 1 already invited, 1 failed.'));
    await expect(chip(dialog, 'dana@acme.com', 'Already a member')).toBeVisible();
    await expect(chip(dialog, 'erin@acme.com', 'Already invited')).toBeVisible();
    await expect(chip(dialog, 'gus@acme.com', 'Failed')).toBeVisible();
    await expect(within(dialog).getByText(/The invitation could not be delivered\. Try again\./)).toBeVisible();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('3 invited, 1 already a member, 1 already invited.'));
    await expect(onSend).toHaveBeenCalledTimes(2);
    const [first] = onSend.mock.calls[0]!;
    const [retry] = onSend.mock.calls[1]!;
    await expect(retry.entries.map((entry) => entry.email)).toEqual(['gus@acme.com']);
    await expect(retry.entries[0]!.idempotencyKey).toBe(first.entries.find((entry) => entry.email === 'gus@acme.com')!.idempotencyKey);
    await expect(mainButton(dialog)).toHaveTextContent('Done');
  },
};

/**
 * The organization hit its limit: three people wait (not a red failure), their note is said once
 * for the three, and the counts stay on screen while a countdown runs until Retry works again.
 */
export const RateLimited: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({
      outcomes: Object.fromEntries(
        ['carla@acme.com', 'dan@acme.com', 'eve@acme.com'].map((email) => [email, { code: 'invite.org_rate_limited', retryAfterMs: 90_000 }]),
      ),
    }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com, carla@acme.com, dan@acme.com, eve@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent(/^2 invited, 3 waiting\. .*You can retry in 1:(29|30)\./));
    await expect(mainButton(dialog)).toHaveTextContent(/^Retry 3$/);
    await expect(mainButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    await expect(chip(dialog, 'ana@acme.com', 'Invited')).toBeVisible();
    await expect(chip(dialog, 'carla@acme.com', 'Waiting')).toBeVisible();
    await expect(within(dialog).getByText(/^3 people: .* Retry in 1:(29|30)\.$/)).toBeVisible();
    // The outcome is announced once the send has ended, a render after the status line shows it:
    // a screen reader reads a polite region when it is next idle, so the few ms between the two
    // go unheard, and the story waits for the words as a listener does.
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(/2 invited, 3 waiting\./));
    // The countdown moves.
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent(/You can retry in 1:(2[0-8])\./), { timeout: 3000 });
  },
};

/** Offline (`navigator.onLine` false): Send waits and says why; nothing is lost, and nothing goes out by itself. */
export const Offline: Story = {
  args: { defaultOpen: true, onSend: scriptedSend() },
  beforeEach: () => {
    const onLine = spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    return () => onLine.mockRestore();
  },
  play: async ({ args, canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await expect(statusLine(dialog)).toHaveTextContent("You're offline. You can send the invitations once you're back online.");
    await expect(mainButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    await expect(mainButton(dialog)).toHaveAccessibleDescription(/You're offline\./);
    await userEvent.click(mainButton(dialog));
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com']);
  },
};

/** No answer in time: the invitation may have been sent, so it is neither shown as sent nor as failed. */
export const MayHaveBeenSent: Story = {
  args: {
    defaultOpen: true,
    retries: 0,
    timeoutMs: 500,
    onSend: scriptedSend({ outcomes: { 'ana@acme.com': 'no-answer' } }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(chip(dialog, 'ana@acme.com', 'May have been sent')).toBeVisible());
    await expect(within(dialog).getByText(/No answer in time\. The invitation may have been sent\./)).toBeVisible();
    await expect(statusLine(dialog)).toHaveTextContent('1 may have been sent.');
  },
};

/** The session expired (401): one message for the batch, and the list kept for after signing in. */
export const Unauthenticated: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({
      outcomes: { 'ana@acme.com': { code: 'authorize.unauthenticated' }, 'ben@acme.com': { code: 'authorize.unauthenticated' } },
    }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() =>
      expect(within(dialog).getByText('Your session has expired. Sign in again, then retry: your list is kept.')).toBeVisible(),
    );
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com']);
    await expect(mainButton(dialog)).toHaveTextContent('Retry 2 failed');
  },
};

/**
 * The caller may not invite people here (403 `authorize.forbidden`): no Retry, the list is kept, and
 * Copy addresses takes the unsent ones to someone who may.
 */
export const Forbidden: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({
      outcomes: { 'ana@acme.com': { code: 'authorize.forbidden' }, 'ben@acme.com': { code: 'authorize.forbidden' } },
    }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() =>
      expect(within(dialog).getByText('You do not have permission to invite people to this organization. Your list is kept.')).toBeVisible(),
    );
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com']);
    await expect(mainButton(dialog)).toHaveTextContent('Done');
    await expect(within(dialog).queryByRole('button', { name: /^Retry/ })).toBeNull();

    // Only while the play runs: opened by hand, the story copies for real.
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(within(dialog).getByRole('button', { name: 'Copy addresses' }));
      await expect(writeText).toHaveBeenCalledWith('ana@acme.com\nben@acme.com');
      await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Addresses copied.'));
    } finally {
      writeText.mockRestore();
    }
  },
};

/** The server asks to confirm identity first (403 `mfa.step_up_required`); without an `onStepUp`, the dialog says so. */
export const StepUpRequired: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({ outcomes: { 'ana@acme.com': { code: 'mfa.step_up_required' } } }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() =>
      expect(within(dialog).getByText('Confirm your identity to send these invitations, then retry: your list is kept.')).toBeVisible(),
    );
  },
};

/** With `onStepUp`, the dialog waits while the host confirms identity, then sends the same entries again. */
export const StepUpConfirmed: Story = {
  args: {
    defaultOpen: true,
    onSend: scriptedSend({ outcomes: { 'ana@acme.com': [{ code: 'mfa.step_up_required' }, 'invited'] } }),
    // Stands for the host's own prompt (a passkey, a code): here it confirms after a moment.
    onStepUp: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 600))),
  },
  play: async ({ args, canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(within(dialog).getByText('Waiting for you to confirm your identity…')).toBeVisible());
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('1 invited.'));
    await expect(args.onStepUp).toHaveBeenCalledTimes(1);
  },
};

/** Everyone invited: Done closes the dialog, and the invited leave the list. */
export const Done: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    await userEvent.click(mainButton(dialog));
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('2 invited.'));
    await expect(chip(dialog, 'ben@acme.com', 'Invited')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const reopened = await openDialog(canvasElement);
    await expect(listedEmails(reopened)).toEqual([]);
  },
};

/** Sends five people and one mistyped address removed first: every kind of outcome at once, left on screen. */
async function showEveryOutcome(canvasElement: HTMLElement) {
  const dialog = await findDialog(canvasElement);
  await paste(dialog, 'ana@acme.com, dana@acme.com, erin@acme.com, gus@acme.com, not-an-address');
  await userEvent.click(within(dialog).getByRole('button', { name: /Remove not-an-address/ }));
  await userEvent.click(mainButton(dialog));
  await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('1 invited, 1 already a member, 1 already invited, 1 failed.'));
  // Each state in words, beside its address; the failure's reason in a note.
  await expect(chip(dialog, 'dana@acme.com', 'Already a member')).toBeVisible();
  await expect(chip(dialog, 'gus@acme.com', 'Failed')).toHaveAccessibleDescription(/The invitation could not be delivered/);
  await paste(dialog, 'typo@acme');
  return dialog;
}

/** The outcome of a partial failure, left on screen: invited, already a member, already invited, failed, and a new address that needs a fix. */
export const PartialFailureOutcome: Story = {
  args: { ...PartialFailure.args },
  play: async ({ canvasElement }) => {
    const dialog = await showEveryOutcome(canvasElement);
    await expect(chip(dialog, 'typo@acme', 'Needs a fix')).toBeVisible();
  },
};

/** The dark theme, showing every kind of outcome. */
export const DarkTheme: Story = {
  args: {
    ...PartialFailure.args,
    theme: 'dark',
  },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    await expect(await findDialog(canvasElement)).toHaveAttribute('data-theme', 'dark');
    await showEveryOutcome(canvasElement);
  },
};

/** Right to left in Arabic (`messages={ar}` from `invite-kit/messages/ar`), with the host's Arabic role names; the language names in Arabic. */
export const RightToLeft: Story = {
  args: {
    defaultOpen: true,
    dir: 'rtl',
    messages: ar,
    roles: ROLES_AR,
    defaultLocale: 'ar',
    trigger: true,
    onSend: scriptedSend({ capabilities: WORKOS_CAPABILITIES }),
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(dialog).toHaveAttribute('lang', 'ar');
    await expect(dialog).toHaveAccessibleName(ar.title);
    await paste(dialog, 'ana@acme.com, ben@acme.com, غير-صالح', ar.emailLabel);
    await expect(within(dialog).getByRole('status')).toHaveTextContent(ar.added({ added: 2, duplicates: 0, invalid: 1, skippedHeader: false }));
    await expect(listedEmails(dialog)).toEqual(['ana@acme.com', 'ben@acme.com', 'غير-صالح']);
    await expect(within(dialog).getByRole('combobox', { name: ar.localeLabel })).toHaveDisplayValue(/العربية/);
  },
};

/** Every string can be replaced: here a host's own wording, including an error message by code. */
export const CustomMessages: Story = {
  args: {
    defaultOpen: true,
    trigger: true,
    messages: {
      trigger: 'Add teammates',
      title: 'Add teammates to Acme',
      description: 'They get an email and join your workspace with one click.',
      emailLabel: 'Work emails',
      send: ({ count }) => (count === 1 ? 'Add 1 teammate' : `Add ${count} teammates`),
      errors: { 'invite.invalid_email': 'That does not look like a work email.' },
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Add teammates to Acme');
    await paste(dialog, 'ana@acme.com, nope', 'Work emails');
    await expect(within(dialog).getByText(/That does not look like a work email\./)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: /Remove nope/ }));
    await expect(mainButton(dialog)).toHaveTextContent('Add 1 teammate');
  },
};

/** `unstyled`: no `ik-` classes at all, for hosts that style by `data-slot` with their own design system. */
export const Unstyled: Story = {
  args: { defaultOpen: true, unstyled: true },
  // Without the kit's CSS the dialog is plain flow content at the end of <body>: no centring layout.
  parameters: { layout: 'padded' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, nope');
    await expect(dialog.querySelectorAll('[class*="ik-"]')).toHaveLength(0);
    await expect(dialog).toHaveAttribute('data-slot', 'invite-dialog-content');
  },
};

/**
 * Brand tokens for one dialog, through `style`: the `--ik-*` custom properties restyle every part,
 * the role picker's popover too (it opens inside the dialog).
 */
export const BrandTokens: Story = {
  args: {
    defaultOpen: true,
    style: {
      '--ik-primary': '#0f766e',
      '--ik-primary-hover': '#115e59',
      '--ik-ring': '#0d9488',
      '--ik-radius': '0.25rem',
    } as CSSProperties,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com');
    await expect(getComputedStyle(mainButton(dialog)).backgroundColor).toBe('rgb(15, 118, 110)');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    const menu = await screenOf(canvasElement).findByRole('dialog', { name: 'Role' });
    await expect(getComputedStyle(menu).getPropertyValue('--ik-primary')).toBe('#0f766e');
    await userEvent.keyboard('{Escape}');
  },
};

/** WorkOS's shape (`WORKOS_CAPABILITIES`): one role per person, 90 email languages, a lifetime in days. */
export const WorkOSShape: Story = {
  args: { defaultOpen: true, onSend: scriptedSend({ capabilities: WORKOS_CAPABILITIES }), defaultLocale: 'de-AT' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByRole('combobox', { name: 'Email language' })).toHaveDisplayValue('Deutsch — German');
    await expect(within(dialog).getByRole('spinbutton', { name: 'Invitation valid for (days)' })).toHaveValue(7);
    await expect(within(dialog).queryByRole('checkbox')).toBeNull();
  },
};

/** Stytch's shape (`STYTCH_CAPABILITIES`): no roles, four email languages, a lifetime in minutes. */
export const StytchShape: Story = {
  args: { defaultOpen: true, onSend: scriptedSend({ capabilities: STYTCH_CAPABILITIES }) },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).queryByRole('combobox', { name: 'Role' })).toBeNull();
    await expect(within(dialog).getByRole('spinbutton', { name: 'Invitation valid for (minutes)' })).toHaveValue(60);
    await expect(within(within(dialog).getByRole('combobox', { name: 'Email language' })).getAllByRole('option')).toHaveLength(4);
  },
};

/**
 * A table with a role column pasted for a transport that takes no roles: the roles are not applied
 * (everyone is invited as they would be anyway), and the dialog says so; nothing to fix.
 */
export const StytchPastedRoles: Story = {
  args: { defaultOpen: true, onSend: scriptedSend({ capabilities: STYTCH_CAPABILITIES }) },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'Email,Role\nana@acme.com,admin\nben@acme.com,billing\ncarla@acme.com,member\n');
    await expect(
      within(dialog).getByText('Added 3 addresses. Header row skipped. The roles given to 2 people were not applied: this service takes no roles.', {
        ignore: '[role="status"]',
      }),
    ).toBeVisible();
    await expect(mainButton(dialog)).toHaveTextContent('Send 3 invitations');
    await expect(mainButton(dialog)).not.toHaveAttribute('aria-disabled');
  },
};

/**
 * A host's own composition of the parts: the options before the addresses, no role picker, and its
 * own button in the footer through `asChild` (it gets the kit's words, state and handlers).
 */
export const ComposedParts: Story = {
  args: { onSend: scriptedSend({ capabilities: WORKOS_CAPABILITIES }) },
  render: function Composed(args) {
    return (
      <InviteDialog.Root onSend={args.onSend} defaultOpen classNames={{ footer: 'host-footer' }}>
        <InviteDialog.Content>
          <InviteDialog.Header />
          <InviteDialog.Body>
            <InviteDialog.Options />
            <InviteDialog.Recipients />
          </InviteDialog.Body>
          <InviteDialog.Footer>
            <InviteDialog.Status />
            <InviteDialog.Submit asChild>
              <button type="button" className="host-button" style={hostButton} />
            </InviteDialog.Submit>
          </InviteDialog.Footer>
        </InviteDialog.Content>
      </InviteDialog.Root>
    );
  },
  play: async ({ args, canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).queryByRole('combobox', { name: 'Role' })).toBeNull();
    await paste(dialog, 'ana@acme.com, ben@acme.com');
    const send = within(dialog).getByRole('button', { name: 'Send 2 invitations' });
    await expect(send).toHaveClass('host-button');
    await userEvent.click(send);
    await waitFor(() => expect(statusLine(dialog)).toHaveTextContent('2 invited.'));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

// A host design system's button, standing in for the kit's.
const hostButton: CSSProperties = {
  padding: '0.5rem 1.25rem',
  border: 0,
  borderRadius: 999,
  background: '#0f766e',
  color: '#fff',
  font: '600 0.875rem system-ui',
};
