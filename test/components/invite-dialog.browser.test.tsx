/// <reference types="vite/client" />
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import '../../src/components/styles.css';
import { InviteDialog, type InviteDialogProps } from '../../src/components/index';
import type { TransportCapabilities } from '../../src/core/types';
import { BATCH, STYTCH, WORKOS, animationsDone, expectNoAxeViolations, fail, fakeTransport, ok } from './harness';

function setup(props: Partial<InviteDialogProps> = {}, capabilities: TransportCapabilities = BATCH) {
  const transport = fakeTransport(capabilities);
  const user = userEvent.setup();
  const view = render(
    <main>
      <h1>Team</h1>
      <InviteDialog onSend={transport.onSend} trigger="Invite people" retries={0} {...props} />
    </main>,
  );
  return { user, transport, view };
}

const dialog = () => screen.getByRole('dialog', { name: /Invite people|Einladen/ });
const emailField = () => screen.getByRole('textbox', { name: 'Email addresses' });
const chips = () => within(screen.getByRole('list', { name: 'Addresses to invite' })).queryAllByRole('listitem');
const chip = (email: string) => screen.getByRole('button', { name: new RegExp(`^${email.replace(/[.]/g, '\\.')}`) });
const submitButton = () => within(dialog()).getByRole('button', { name: /^(Send|Retry|Done|Sending)/ });
const live = () => within(dialog()).getByRole('status');
/** Text the dialog shows (the live region repeats some of it for screen readers). */
const shown = (text: RegExp | string) => within(dialog()).getByText(text, { ignore: '[role="status"], [role="status"] *' });
/** A chip's name: its address, then its status for screen readers, exactly ("ana@acme.com, Invited"). */
const named = (email: string, status: string) => `${email}, ${status}`;

/**
 * Opens the dialog with its trigger and waits until it has faded in, as a person waits to read
 * it: until then it is partly transparent, and `toBeVisible()` fails at the first keyframe
 * (opacity 0) for as long as the engine has rendered no frame of it (WebKit, on a busy machine).
 */
async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Invite people' }));
  await animationsDone();
}

async function openByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  await user.tab();
  expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(emailField()).toHaveFocus());
  await animationsDone();
}

describe('InviteDialog', () => {
  describe('given a keyboard-only person', () => {
    it('opens, takes typed and pasted addresses, fixes an invalid one, sends, retries, and returns focus', async () => {
      const { user, transport } = setup({ caller: { roleSlugs: ['admin'] } });
      await openByKeyboard(user);
      expect(dialog()).toHaveAccessibleName('Invite people');
      expect(dialog()).toHaveAccessibleDescription(/email with a link/);
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
      expect(submitButton()).toHaveAccessibleDescription('Add at least one email address to send.');
      await expectNoAxeViolations();

      await user.keyboard('ana@acme.com,');
      expect(chips()).toHaveLength(1);
      expect(emailField()).toHaveValue('');
      expect(live()).toHaveTextContent('Added 1 address.');

      await user.paste('Bob <bob@acme.com>; nope\nana@acme.com');
      expect(chips()).toHaveLength(3);
      expect(live()).toHaveTextContent('Added 1 address. 1 duplicate merged. 1 is not a valid address.');
      expect(screen.getByText('3 of at most 100 addresses')).toBeInTheDocument();
      // Shown, not only announced.
      expect(shown('Added 1 address. 1 duplicate merged. 1 is not a valid address.')).toBeVisible();

      const invalid = chip('nope');
      expect(invalid).toHaveAttribute('aria-invalid', 'true');
      expect(invalid).toHaveAccessibleDescription(/nope: Missing @/);
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
      expect(shown('Fix or remove 1 address to send.')).toBeVisible();
      await expectNoAxeViolations();

      // Enter on a blocked Send does nothing.
      await user.click(submitButton());
      expect(transport.onSend).not.toHaveBeenCalled();

      // Left arrow from the empty field reaches the last chip; Enter edits it.
      emailField().focus();
      await user.keyboard('{ArrowLeft}');
      expect(invalid).toHaveFocus();
      await user.keyboard('{Enter}');
      const edit = screen.getByRole('textbox', { name: 'Edit nope' });
      expect(edit).toHaveFocus();
      await user.clear(edit);
      await user.keyboard('carla@acme.com{Enter}');
      expect(chip('carla@acme.com')).toHaveFocus();
      expect(chip('carla@acme.com')).not.toHaveAttribute('aria-invalid');
      expect(submitButton()).toHaveTextContent('Send 3 invitations');
      expect(submitButton()).not.toHaveAttribute('aria-disabled');

      // Choose a role with the keyboard; owner is above the caller, disabled with the reason.
      const role = screen.getByRole('combobox', { name: 'Role' });
      role.focus();
      await user.keyboard('{Enter}');
      const menu = await screen.findByRole('dialog', { name: 'Role' });
      expect(within(menu).getByRole('radio', { name: 'Member' })).toHaveFocus();
      const owner = within(menu).getByRole('radio', { name: 'Owner' });
      expect(owner).toBeDisabled();
      expect(owner).toHaveAccessibleDescription(/Above your own role \(admin\)\./);
      await expectNoAxeViolations();
      await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Role' })).not.toBeInTheDocument());
      expect(role).toHaveTextContent('Admin');
      expect(role).toHaveFocus();

      // Send: progress, read-only chips, a Cancel.
      submitButton().focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      const first = transport.last();
      expect(first.emails).toEqual(['ana@acme.com', 'bob@acme.com', 'carla@acme.com']);
      expect(first.request.entries.every((entry) => entry.roleSlugs.join() === 'admin')).toBe(true);
      expect(shown('Sending 1 of 3…')).toBeVisible();
      expect(chip('ana@acme.com')).toHaveAttribute('aria-disabled', 'true');
      expect(chip('ana@acme.com')).toHaveAccessibleDescription(/Being sent: it cannot be changed now\./);
      expect(within(dialog()).getByRole('button', { name: 'Cancel' })).toBeVisible();
      await user.keyboard('{Delete}');
      expect(chips()).toHaveLength(3);
      await expectNoAxeViolations();

      await act(async () => {
        first.resolve([
          ok('ana@acme.com'),
          fail('bob@acme.com', 'invite.already_member', { message: 'Already a member of this organization.' }),
          fail('carla@acme.com', 'invite.send_failed', { message: 'The mail server said no.', retryable: true }),
        ]);
      });
      await waitFor(() => expect(live()).toHaveTextContent('1 invited, 1 already a member, 1 failed.'));
      expect(shown('1 invited, 1 already a member, 1 failed.')).toBeVisible();
      expect(chip('ana@acme.com')).toHaveAccessibleName(named('ana@acme.com', 'Invited'));
      expect(chip('bob@acme.com')).toHaveAccessibleName(named('bob@acme.com', 'Already a member'));
      expect(chip('bob@acme.com').closest('[data-slot="invite-dialog-chip"]')).toHaveAttribute('data-status', 'already');
      expect(chip('carla@acme.com')).toHaveAccessibleName(named('carla@acme.com', 'Failed'));
      // Each state is visible text too, not only colour.
      expect(within(chip('carla@acme.com')).getByText('Failed')).toBeVisible();
      expect(within(chip('bob@acme.com')).getByText('Already a member')).toBeVisible();
      // A code the kit knows is said in its words, not the server's ("The mail server said no.").
      expect(chip('carla@acme.com')).toHaveAccessibleDescription(expect.stringContaining(INVITE_ERROR_CODES['invite.send_failed'].message));
      expect(submitButton()).toHaveTextContent('Retry 1 failed');
      await expectNoAxeViolations();

      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(transport.last().emails).toEqual(['carla@acme.com']);
      expect(transport.last().keys).toEqual([first.keys[2]]);
      await act(async () => transport.last().resolve([ok('carla@acme.com')]));
      await waitFor(() => expect(submitButton()).toHaveTextContent('Done'));
      expect(live()).toHaveTextContent('2 invited, 1 already a member.');

      await user.click(submitButton());
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
    });

    it('removes chips with Backspace in the empty field and with Delete on a chip', async () => {
      const { user } = setup();
      await openByKeyboard(user);
      await user.paste('a@acme.com, b@acme.com, c@acme.com');
      expect(chips()).toHaveLength(3);
      await user.keyboard('{Backspace}');
      expect(chips()).toHaveLength(2);
      expect(live()).toHaveTextContent('Removed c@acme.com.');
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(chip('a@acme.com')).toHaveFocus();
      await user.keyboard('{Delete}');
      expect(chips()).toHaveLength(1);
      expect(chip('b@acme.com')).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Remove b@acme.com' }));
      expect(screen.queryByRole('list', { name: 'Addresses to invite' })).not.toBeInTheDocument();
      expect(emailField()).toHaveFocus();
    });
  });

  describe('given the server rate-limits', () => {
    it('counts down, keeps Send disabled until the wait is over, then retries only those', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      const first = transport.last();
      await act(async () =>
        first.resolve([
          ok('a@acme.com'),
          fail('b@acme.com', 'invite.org_rate_limited', { message: 'Your organization has hit its invitation limit.', retryable: true, retryAfterMs: 2000 }),
        ]),
      );
      await waitFor(() => expect(shown(/You can retry in 0:0[12]\./)).toBeVisible());
      expect(live()).toHaveTextContent(/1 invited, 1 waiting\. Too many invitations for now\. You can retry in 0:02\./);
      // Temporary, so not a red failure: "Waiting", with the server's reason.
      expect(chip('b@acme.com')).toHaveAccessibleName(named('b@acme.com', 'Waiting'));
      expect(chip('b@acme.com').closest('[data-slot="invite-dialog-chip"]')).toHaveAttribute('data-status', 'waiting');
      expect(chip('b@acme.com')).toHaveAccessibleDescription(/Your organization has hit its invitation limit\./);
      expect(shown(/Your organization has hit its invitation limit\./).closest('li')).toHaveAttribute('data-status', 'waiting');
      expect(within(dialog()).queryByText(/failed/)).not.toBeInTheDocument();
      expect(submitButton()).toHaveTextContent(/^Retry 1$/);
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
      expect(submitButton()).toHaveAccessibleDescription(/You can retry in/);
      await expectNoAxeViolations();
      await user.click(submitButton());
      expect(transport.calls).toHaveLength(1);

      await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-disabled'), { timeout: 4000 });
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(transport.last().emails).toEqual(['b@acme.com']);
      expect(transport.last().keys).toEqual([first.keys[1]]);
    });
  });

  describe('given outcomes that may have been sent', () => {
    it('words Retry by what it resends, never calling an unconfirmed one failed', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      // A Stytch-like 500: the server may have invited both.
      await act(async () => transport.last().reject({ status: 500 }));
      await waitFor(() => expect(live()).toHaveTextContent('2 may have been sent.'));
      expect(submitButton()).toHaveTextContent('Retry 2 unconfirmed');

      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      await act(async () =>
        transport.last().resolve([
          fail('a@acme.com', 'invite.send_failed', { retryable: true }),
          fail('b@acme.com', 'invite.timeout', { retryable: true, uncertain: true }),
        ]),
      );
      await waitFor(() => expect(submitButton()).toHaveTextContent('Retry 1 failed, 1 unconfirmed'));
      await expectNoAxeViolations();
    });
  });

  describe('given the session expired', () => {
    it('says so clearly and keeps every entry for a retry with the same keys', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      const first = transport.last();
      await act(async () => first.reject({ status: 401, code: 'authorize.unauthenticated', message: 'Session expired' }));
      await waitFor(() => expect(shown(/Your session has expired\. Sign in again/)).toBeVisible());
      expect(chips()).toHaveLength(2);
      expect(live()).toHaveTextContent(/Your session has expired/);
      expect(submitButton()).toHaveTextContent('Retry 2 failed');
      await expectNoAxeViolations();
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(transport.last().keys).toEqual(first.keys);
    });
  });

  describe('given the caller may not invite (F18)', () => {
    it('keeps the entries, offers no retry, and copies the unsent addresses one a line', async () => {
      // After userEvent.setup(), which puts its own clipboard on navigator.
      const { user, transport } = setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
      try {
        await openDialog(user);
        await user.paste('a@acme.com, b@acme.com, c@acme.com');
        await user.click(submitButton());
        await waitFor(() => expect(transport.calls).toHaveLength(1));
        await act(async () =>
          transport.last().resolve([ok('a@acme.com'), fail('b@acme.com', 'authorize.forbidden'), fail('c@acme.com', 'authorize.forbidden')]),
        );
        await waitFor(() => expect(shown(/You do not have permission to invite people/)).toBeVisible());
        expect(chips()).toHaveLength(3);
        expect(within(dialog()).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
        expect(submitButton()).toHaveTextContent('Done');
        await expectNoAxeViolations();

        await user.click(within(dialog()).getByRole('button', { name: 'Copy addresses' }));
        expect(writeText).toHaveBeenCalledWith('b@acme.com\nc@acme.com');
        await waitFor(() => expect(live()).toHaveTextContent('Addresses copied.'));
      } finally {
        writeText.mockRestore();
      }
    });

    it('offers no Copy button where the browser has no clipboard, and says when copying is refused', async () => {
      const { user, transport, view } = setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      try {
        await openDialog(user);
        await user.paste('b@acme.com');
        await user.click(submitButton());
        await waitFor(() => expect(transport.calls).toHaveLength(1));
        await act(async () => transport.last().reject({ status: 403, code: 'authorize.forbidden', message: 'Forbidden' }));
        await user.click(await within(dialog()).findByRole('button', { name: 'Copy addresses' }));
        await waitFor(() => expect(live()).toHaveTextContent('The browser did not allow copying the addresses.'));

        const clipboard = vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
        try {
          view.rerender(
            <main>
              <h1>Team</h1>
              <InviteDialog onSend={transport.onSend} trigger="Invite people" retries={0} />
            </main>,
          );
          expect(within(dialog()).queryByRole('button', { name: 'Copy addresses' })).not.toBeInTheDocument();
          expect(chips()).toHaveLength(1);
        } finally {
          clipboard.mockRestore();
        }
      } finally {
        writeText.mockRestore();
      }
    });
  });

  describe('given the browser goes offline (F16)', () => {
    it('says so, keeps Send disabled with that reason, and re-enables it, without sending, once back online', async () => {
      const { user, transport } = setup();
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      // Awaited, so an async act: a sync one would hand the act environment back before React
      // flushed what the event scheduled, and React would say the environment cannot act.
      const network = (online: boolean) =>
        act(async () => {
          onLine.mockReturnValue(online);
          window.dispatchEvent(new Event(online ? 'online' : 'offline'));
        });
      try {
        await openDialog(user);
        await user.paste('a@acme.com');
        await network(false);
        const reason = "You're offline. You can send the invitations once you're back online.";
        expect(shown(reason)).toBeVisible();
        expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
        expect(submitButton()).toHaveAccessibleDescription(reason);
        await expectNoAxeViolations();
        await user.click(submitButton());
        expect(transport.calls).toHaveLength(0);
        expect(chips()).toHaveLength(1);

        await network(true);
        expect(within(dialog()).queryByText(reason)).not.toBeInTheDocument();
        expect(submitButton()).not.toHaveAttribute('aria-disabled');
        expect(transport.calls).toHaveLength(0);
        await user.click(submitButton());
        await waitFor(() => expect(transport.calls).toHaveLength(1));
      } finally {
        onLine.mockRestore();
      }
    });
  });

  describe('given the dialog closes', () => {
    it('keeps drafts, the half-typed text and invalid entries for the next open', async () => {
      const { user } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, nope');
      await user.type(emailField(), 'half@ac');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();

      await user.keyboard('{Enter}');
      await waitFor(() => expect(emailField()).toHaveFocus());
      expect(chips()).toHaveLength(2);
      expect(chip('nope')).toHaveAttribute('aria-invalid', 'true');
      expect(emailField()).toHaveValue('half@ac');
    });

    it('finishes a send in flight, announces it while closed, and shows it on reopening', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(transport.last().context.signal.aborted).toBe(false);

      await act(async () => transport.last().resolve([ok('a@acme.com'), fail('b@acme.com', 'invite.timeout', { uncertain: true, retryable: true })]));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 invited, 1 may have been sent.'));

      await openDialog(user);
      expect(chip('a@acme.com')).toHaveAccessibleName(named('a@acme.com', 'Invited'));
      expect(chip('b@acme.com')).toHaveAccessibleName(named('b@acme.com', 'May have been sent'));
      expect(submitButton()).toHaveTextContent('Retry 1 unconfirmed');
      await expectNoAxeViolations();

      // Closing now clears what is done and keeps what is not.
      await user.keyboard('{Escape}');
      await openDialog(user);
      expect(chips()).toHaveLength(1);
      expect(chip('b@acme.com')).toBeInTheDocument();
    });
  });

  describe('given a send is cancelled', () => {
    it('aborts, says so, and keeps the entries', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
      expect(transport.last().context.signal.aborted).toBe(true);
      // It had left, so it may have arrived: never shown as plain failed or as not sent.
      await waitFor(() => expect(live()).toHaveTextContent('Sending cancelled. Nothing you entered was lost. 1 may have been sent.'));
      expect(shown(/Sending cancelled/)).toBeVisible();
      expect(chips()).toHaveLength(1);
      expect(chip('a@acme.com')).toHaveAccessibleName(named('a@acme.com', 'May have been sent'));
    });
  });

  describe('given roles per person', () => {
    it('gives each row one compact role picker, custom roles inside it, and sends each person their role', async () => {
      const { user, transport } = setup({ roles: [{ slug: 'org-sales', name: 'Sales', description: 'Sees the pipeline.' }] });
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      const toggle = screen.getByRole('switch', { name: 'Set a role per person' });
      expect(toggle).toHaveAttribute('aria-checked', 'false');
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-checked', 'true');
      expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
      // No block of checkboxes under each row: the custom roles live inside the picker.
      expect(within(dialog()).queryByRole('checkbox')).not.toBeInTheDocument();
      await animationsDone();
      const rows = chips();
      const heights = () => rows.map((row) => Math.round(row.getBoundingClientRect().height));
      const before = heights();
      expect(new Set(before).size).toBe(1);

      await user.click(screen.getByRole('combobox', { name: 'Role for b@acme.com' }));
      const menuOfB = await screen.findByRole('dialog', { name: 'Role for b@acme.com' });
      await user.click(within(menuOfB).getByRole('radio', { name: /Billing/ }));
      // Custom roles go with member only: offered, but not available beside billing.
      expect(within(menuOfB).getByRole('group', { name: 'Custom roles' })).toBeDisabled();
      expect(within(menuOfB).getByText('Custom roles can only be given with the Member role.')).toBeVisible();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Role for b@acme.com' })).not.toBeInTheDocument());
      expect(screen.getByRole('combobox', { name: 'Role for b@acme.com' })).toHaveTextContent('Billing');

      await user.click(screen.getByRole('combobox', { name: 'Role for a@acme.com' }));
      const menuOfA = await screen.findByRole('dialog', { name: 'Role for a@acme.com' });
      await user.click(within(menuOfA).getByRole('checkbox', { name: /Sales/ }));
      await expectNoAxeViolations();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Role for a@acme.com' })).not.toBeInTheDocument());
      expect(screen.getByRole('combobox', { name: 'Role for a@acme.com' })).toHaveTextContent('Member, Sales');
      // However the roles changed, the rows kept their height.
      expect(heights()).toEqual(before);

      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request.entries.map((entry) => entry.roleSlugs)).toEqual([['member', 'org-sales'], ['billing']]);
    });
  });

  describe('given a pasted table with a role per person', () => {
    it('lines the pickers up, one row per person, and keeps showing each role once sent', async () => {
      const { user, transport } = setup({ roles: [{ slug: 'org-sales', name: 'Sales' }] });
      await openDialog(user);
      await user.paste('Email\tRole\nana@acme.com\tbilling\nbo@acme.com\tadmin\ncarla.long.name@acme.com\tmember org-sales\n');
      const pickers = ['ana@acme.com', 'bo@acme.com', 'carla.long.name@acme.com'].map((email) =>
        screen.getByRole('combobox', { name: `Role for ${email}` }),
      );
      expect(pickers.map((picker) => picker.textContent)).toEqual(['Billing', 'Admin', 'Member, Sales']);
      const boxes = pickers.map((picker) => picker.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.left))).size).toBe(1);
      expect(new Set(boxes.map((box) => Math.round(box.width))).size).toBe(1);
      expect(new Set(chips().map((row) => Math.round(row.getBoundingClientRect().height))).size).toBe(1);
      // The header row was skipped, and the person sees it.
      expect(shown('Added 3 addresses. Header row skipped.')).toBeVisible();
      await expectNoAxeViolations();

      const rolesOf = (email: string) => chip(email).closest('li')!.querySelector('[data-slot="invite-dialog-entry-roles"]');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      // In flight and then sent: no picker, but each row still says what its person gets.
      expect(screen.queryByRole('combobox', { name: /^Role for/ })).not.toBeInTheDocument();
      expect(rolesOf('ana@acme.com')).toHaveTextContent('Role: Billing');
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(live()).toHaveTextContent('3 invited.'));
      expect(rolesOf('ana@acme.com')).toHaveTextContent('Role: Billing');
      expect(rolesOf('bo@acme.com')).toHaveTextContent('Role: Admin');
      expect(rolesOf('carla.long.name@acme.com')).toHaveTextContent('Role: Member, Sales');
      await expectNoAxeViolations();
    });
  });

  describe('given what the transport accepts', () => {
    it('offers one role, the locales and days for a WorkOS-like transport', async () => {
      const { user, transport } = setup({ defaultLocale: 'de-AT' }, WORKOS);
      await openDialog(user);
      expect(screen.getByRole('combobox', { name: 'Role' })).toBeInTheDocument();
      expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
      const language = screen.getByRole('combobox', { name: 'Email language' });
      expect(language).toHaveDisplayValue('Deutsch — German');
      const days = screen.getByRole('spinbutton', { name: 'Invitation valid for (days)' });
      expect(days).toHaveValue(7);
      expect(days).toHaveAccessibleDescription('From 1 to 30 days.');
      await user.clear(days);
      await user.type(days, '31');
      expect(days).toHaveAttribute('aria-invalid', 'true');
      await user.click(emailField());
      await user.paste('a@acme.com');
      expect(shown('Invitations can last a whole number of days from 1 to 30.')).toBeVisible();
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
      await user.clear(days);
      await user.type(days, '14');
      await user.selectOptions(language, 'Français — French');
      await expectNoAxeViolations();
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request).toMatchObject({ expiresInDays: 14, locale: 'fr' });
    });

    it('offers no roles and minutes for a Stytch-like transport', async () => {
      const { user, transport } = setup({}, STYTCH);
      await openDialog(user);
      expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
      expect(screen.queryByRole('switch')).not.toBeInTheDocument();
      expect(screen.getByRole('spinbutton', { name: 'Invitation valid for (minutes)' })).toHaveValue(60);
      await user.paste('a@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request).toMatchObject({ expiresInMinutes: 60 });
    });

    it('says a Stytch-like transport takes no roles when a pasted table has some, and sends everyone without them', async () => {
      const { user, transport } = setup({}, STYTCH);
      await openDialog(user);
      await user.paste('Email,Role\nana@acme.com,admin\nbo@acme.com,member\n');
      const said = 'Added 2 addresses. Header row skipped. The role given to 1 person was not applied: this service takes no roles.';
      expect(shown(said)).toBeVisible();
      expect(live()).toHaveTextContent(said);
      // Nothing to fix, and nothing that cannot be fixed: no role pickers, no flagged rows.
      expect(screen.queryByRole('combobox', { name: /^Role/ })).not.toBeInTheDocument();
      expect(chip('ana@acme.com')).not.toHaveAttribute('aria-invalid');
      expect(submitButton()).not.toHaveAttribute('aria-disabled');
      await expectNoAxeViolations();
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request.entries.map((entry) => entry.roleSlugs)).toEqual([['member'], ['member']]);
    });

    it('hides language and expiry when the transport takes neither', async () => {
      const { user } = setup({}, BATCH);
      await openDialog(user);
      expect(screen.queryByRole('combobox', { name: 'Email language' })).not.toBeInTheDocument();
      expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    });

    it('never retries a plain onSend without capabilities blind, as the hook does (F15)', async () => {
      // No capabilities anywhere: the send loop's own default must hold, not one the dialog made up.
      // A 503 may have been applied, and nothing says the API honours keys: the person decides.
      const transport = fakeTransport();
      const user = userEvent.setup();
      render(<InviteDialog onSend={transport.onSend} trigger="Invite people" retries={2} retryDelayMs={1} />);
      await openDialog(user);
      await user.paste('a@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await act(async () => transport.last().reject({ status: 503 }));
      await waitFor(() => expect(submitButton()).toHaveTextContent('Retry 1 unconfirmed'));
      expect(transport.calls).toHaveLength(1);
      // The person's retry resends it with the same key.
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(transport.last().keys).toEqual(transport.calls[0]!.keys);
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(live()).toHaveTextContent('1 invited.'));
    });

    it('lets the capabilities prop override the transport', async () => {
      const { user } = setup({ capabilities: STYTCH }, BATCH);
      await openDialog(user);
      expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Email language' })).toBeInTheDocument();
    });
  });

  describe('given hostile text from the server', () => {
    it('renders messages as text only', async () => {
      const { user, transport } = setup();
      await openDialog(user);
      await user.paste('a@acme.com, b@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await act(async () =>
        transport.last().resolve([
          // Codes the kit does not know: the server's own text is what shows.
          fail('a@acme.com', 'acme.mail_blocked', { message: '<img src=x onerror=alert(1)>' }),
          fail('b@acme.com', 'acme.mail_blocked', { message: '<a href="javascript:alert(1)">help</a>' }),
        ]),
      );
      await waitFor(() => expect(shown(/<img src=x onerror=alert\(1\)>/)).toBeVisible());
      expect(shown(/<a href="javascript:alert\(1\)">help<\/a>/)).toBeVisible();
      expect(dialog().querySelector('img, a')).toBeNull();
    });
  });

  describe('given more people than one request holds', () => {
    it('lists and sends them all, in requests of maxBatchSize, counting people', async () => {
      const { user, transport } = setup({ maxBatchSize: 20, concurrency: 1 });
      await openDialog(user);
      await user.paste(Array.from({ length: 25 }, (_, i) => `person${i}@acme.com`).join('\n'));
      // Every one of them is listed and can be removed on its own: nothing hidden behind "and 5 more".
      expect(chips()).toHaveLength(25);
      expect(screen.getByRole('button', { name: 'Remove person24@acme.com' })).toBeInTheDocument();
      expect(screen.getByText('25 of at most 100 addresses')).toBeInTheDocument();
      expect(submitButton()).toHaveTextContent('Send 25 invitations');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().emails).toHaveLength(20);
      expect(shown('Sending 1 of 25…')).toBeVisible();
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(transport.last().emails).toHaveLength(5);
      expect(shown('Sending 21 of 25…')).toBeVisible();
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(live()).toHaveTextContent('25 invited.'));
      await expectNoAxeViolations();
    });

    it('keeps what does not fit out of the field, shows how many wait, adds them as room frees up, and loses nothing', async () => {
      const { user, transport } = setup({ maxRecipients: 5 });
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
      try {
        await openDialog(user);
        await user.paste(Array.from({ length: 8 }, (_, i) => `person${i}@acme.com`).join('\n'));
        expect(chips()).toHaveLength(5);
        // Not in the field: a long rest there is what made a big paste block the page.
        expect(emailField()).toHaveValue('');
        const note = 'Only 5 people at once. 3 more addresses are kept. They join the list after a send.';
        expect(shown('Added 5 addresses.')).toBeVisible();
        expect(shown(note)).toBeVisible();
        expect(live()).toHaveTextContent(`Added 5 addresses. ${note}`);
        expect(emailField()).toHaveAccessibleDescription(new RegExp(note.replace(/[.]/g, '\\.')));
        // Full: nothing to add now.
        expect(within(dialog()).queryByRole('button', { name: /^Add the next/ })).not.toBeInTheDocument();
        await expectNoAxeViolations();

        await user.click(within(dialog()).getByRole('button', { name: 'Copy them' }));
        expect(writeText).toHaveBeenCalledWith('person5@acme.com\nperson6@acme.com\nperson7@acme.com');
        await waitFor(() => expect(live()).toHaveTextContent('Addresses copied.'));

        // Room for two: the next two come in on request.
        await user.click(screen.getByRole('button', { name: 'Remove person0@acme.com' }));
        await user.click(screen.getByRole('button', { name: 'Remove person1@acme.com' }));
        await user.click(within(dialog()).getByRole('button', { name: 'Add the next 2' }));
        expect(chips()).toHaveLength(5);
        expect(chip('person6@acme.com')).toBeInTheDocument();
        expect(emailField()).toHaveFocus();
        expect(shown('Only 5 people at once. 1 more address is kept. They join the list after a send.')).toBeVisible();

        // A send that invites them makes room: the last one joins by itself.
        await user.click(submitButton());
        await waitFor(() => expect(transport.calls).toHaveLength(1));
        await act(async () => transport.last().resolve());
        await waitFor(() => expect(chip('person7@acme.com')).toBeInTheDocument());
        expect(within(dialog()).queryByText(/more addresses? (is|are) kept/)).not.toBeInTheDocument();
        expect(submitButton()).toHaveTextContent('Send 1 invitation');
      } finally {
        writeText.mockRestore();
      }
    });
  });

  describe('given a typed address with a comma in it', () => {
    it('ends the address at a comma only where the parser would: not inside quotes, brackets or comments', async () => {
      const { user } = setup();
      await openDialog(user);
      // A bracket inside quotes is text, and an escaped quote does not close them.
      await user.keyboard('"Sales (EMEA" <sales@acme.com>,');
      expect(chips()).toHaveLength(1);
      expect(emailField()).toHaveValue('');
      await user.keyboard('"Doe \\"JJ, Jane" <jane@acme.com>,');
      expect(chips()).toHaveLength(2);
      expect(emailField()).toHaveValue('');
      expect(chip('jane@acme.com')).toBeInTheDocument();
    });
  });

  describe('given a pasted table with an address to fix', () => {
    it('keeps the row\'s name and role when the address is fixed', async () => {
      const { user, transport } = setup({ roles: [{ slug: 'org-sales', name: 'Sales' }] });
      await openDialog(user);
      await user.paste('Email\tName\tRole\njane@acme\tJane Doe\tbilling\nbo@acme.com\tBo\tadmin\n');
      expect(chip('jane@acme')).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('combobox', { name: 'Role for jane@acme' })).toHaveTextContent('Billing');
      await user.click(chip('jane@acme'));
      const edit = screen.getByRole('textbox', { name: 'Edit jane@acme' });
      await user.clear(edit);
      await user.keyboard('jane@acme.com{Enter}');
      expect(chip('jane@acme.com')).not.toHaveAttribute('aria-invalid');
      expect(screen.getByRole('combobox', { name: 'Role for jane@acme.com' })).toHaveTextContent('Billing');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request.entries.map(({ email, name, roleSlugs }) => ({ email, name, roleSlugs }))).toEqual([
        { email: 'jane@acme.com', name: 'Jane Doe', roleSlugs: ['billing'] },
        { email: 'bo@acme.com', name: 'Bo', roleSlugs: ['admin'] },
      ]);
    });
  });

  describe('given a theme', () => {
    it('carries it onto the portalled dialog and its popovers, with contrast that passes in dark', async () => {
      const { user, transport } = setup({ theme: 'dark', roles: [{ slug: 'org-sales', name: 'Sales' }] }, WORKOS);
      await openDialog(user);
      expect(dialog()).toHaveAttribute('data-theme', 'dark');
      expect(getComputedStyle(dialog()).backgroundColor).toBe('rgb(17, 24, 39)');
      await user.paste('a@acme.com, b@acme, c@acme.com, d@acme.com');
      await expectNoAxeViolations();
      await user.click(screen.getByRole('button', { name: /^Remove b@acme/ }));
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await act(async () =>
        transport.last().resolve([
          ok('a@acme.com'),
          fail('c@acme.com', 'invite.already_pending'),
          fail('d@acme.com', 'invite.timeout', { uncertain: true, retryable: true }),
        ]),
      );
      await waitFor(() => expect(submitButton()).toHaveTextContent('Retry 1 unconfirmed'));
      await expectNoAxeViolations();
      await user.click(screen.getByRole('combobox', { name: 'Role' }));
      expect(await screen.findByRole('dialog', { name: 'Role' })).toHaveAttribute('data-theme', 'dark');
      await expectNoAxeViolations();
    });

    it('takes the theme of the trigger surroundings when none is given', async () => {
      const transport = fakeTransport(BATCH);
      const user = userEvent.setup();
      render(
        <section className="dark" aria-label="Settings">
          <InviteDialog onSend={transport.onSend} trigger="Invite people" />
        </section>,
      );
      await openDialog(user);
      expect(dialog()).toHaveAttribute('data-theme', 'dark');
    });
  });

  describe('given a right-to-left page', () => {
    it('mirrors the dialog and the arrow keys between field and chips', async () => {
      const { user } = setup({ dir: 'rtl' });
      await openDialog(user);
      expect(dialog()).toHaveAttribute('dir', 'rtl');
      await user.paste('a@acme.com, b@acme.com');
      await user.keyboard('{ArrowRight}');
      expect(chip('b@acme.com')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(chip('a@acme.com')).toHaveFocus();
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(emailField()).toHaveFocus();
      await expectNoAxeViolations();
    });
  });

  describe('given unstyled', () => {
    it('renders no ik- classes but keeps every data-slot, and still works', async () => {
      const { user, transport } = setup({ unstyled: true, className: 'host-dialog' });
      await openDialog(user);
      await user.paste('a@acme.com');
      const classes = [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
      expect(classes.filter((name) => name.startsWith('ik-'))).toEqual([]);
      expect(dialog()).toHaveClass('host-dialog');
      for (const slot of ['content', 'overlay', 'title', 'description', 'input', 'entries', 'chip', 'counter', 'submit']) {
        expect(document.querySelector(`[data-slot="invite-dialog-${slot}"]`)).toBeInTheDocument();
      }
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
    });
  });

  describe('given StrictMode', () => {
    it('sends once and shows the outcome', async () => {
      const transport = fakeTransport(BATCH);
      const user = userEvent.setup();
      render(
        <StrictMode>
          <InviteDialog onSend={transport.onSend} trigger="Invite people" />
        </StrictMode>,
      );
      await openDialog(user);
      await user.paste('a@acme.com');
      await user.click(submitButton());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(live()).toHaveTextContent('1 invited.'));
      expect(transport.calls).toHaveLength(1);
    });
  });

  describe('given a controlled dialog', () => {
    it('follows open and reports changes', async () => {
      const transport = fakeTransport(BATCH);
      const seen: boolean[] = [];
      function Host() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(true)}>
              Open it
            </button>
            <InviteDialog
              onSend={transport.onSend}
              open={open}
              onOpenChange={(next) => {
                seen.push(next);
                setOpen(next);
              }}
              messages={{ title: 'Einladen', close: 'Schließen' }}
            />
          </>
        );
      }
      const user = userEvent.setup();
      render(<Host />);
      await user.click(screen.getByRole('button', { name: 'Open it' }));
      expect(screen.getByRole('dialog', { name: 'Einladen' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Schließen' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(seen).toEqual([false]);
      expect(screen.getByRole('button', { name: 'Open it' })).toHaveFocus();
    });
  });
});
