/// <reference types="vite/client" />
/**
 * The dialog as a person uses it, in Chromium with the real keyboard (`vitest/browser`'s
 * `userEvent` drives the browser itself, so focus moves exactly as it does for a person): focus,
 * one tab stop for the list, undo, every screen size, the footer in view, states in words, role
 * problems where they show, typo suggestions.
 */
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import testingUser from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/styles.css';
import { InviteDialog, type InviteDialogProps } from '../../src/components/index';
import { BATCH, animationsDone, expectNoAxeViolations, fail, fakeTransport, ok } from './harness';

const ROLES = [
  { slug: 'org-sales', name: 'Sales' },
  { slug: 'org-support', name: 'Support' },
];

async function open(props: Partial<InviteDialogProps> = {}) {
  const transport = fakeTransport(BATCH);
  render(
    <main>
      <h1>Team</h1>
      <InviteDialog onSend={transport.onSend} trigger="Invite people" retries={0} roles={ROLES} {...props} />
    </main>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
  await waitFor(() => expect(field()).toHaveFocus());
  await animationsDone();
  return transport;
}

const dialog = () => screen.getByRole('dialog', { name: 'Invite people' });
const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const rows = () => within(screen.getByRole('list', { name: 'Addresses to invite' })).queryAllByRole('listitem');
const person = (email: string) => screen.getByRole('button', { name: new RegExp(`^${email.replace(/[.+]/g, '\\$&')}(,|$)`) });
const submit = () => within(dialog()).getByRole('button', { name: /^(Send|Retry|Done|Sending)/ });
const status = () => dialog().querySelector<HTMLElement>('[data-slot="invite-dialog-status"]')!;
const paste = async (text: string) => {
  field().focus();
  await testingUser.setup().paste(text);
};
const many = (count: number, prefix = 'person') => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@acme.com`).join('\n');
/** Whether the element is inside the window, whole. */
const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
};

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe('InviteDialog in use', () => {
  describe('1. focus', () => {
    it('commits a typed address on Tab and moves on to the next control, never to the dialog', async () => {
      await open();
      await userEvent.keyboard('ana@acme.com');
      await userEvent.tab();
      expect(rows()).toHaveLength(1);
      expect(field()).toHaveValue('');
      expect(screen.getByRole('combobox', { name: 'Role' })).toHaveFocus();
      expect(document.activeElement).not.toBe(dialog());
      // Back: the field, then the list's one tab stop.
      await userEvent.tab({ shift: true });
      expect(field()).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(person('ana@acme.com')).toHaveFocus();
    });

    it('commits a typed address when the person clicks Send right after typing it', async () => {
      const transport = await open();
      await userEvent.keyboard('ana@acme.com');
      // Forced: Playwright will not click what is aria-disabled, and Send is, until the address is in.
      await userEvent.click(submit(), { force: true });
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().emails).toEqual(['ana@acme.com']);
    });

    it('lands on the main button after Cancel and after a send, and the dialog box never shows a ring', async () => {
      const transport = await open();
      await paste('ana@acme.com');
      submit().focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      within(dialog()).getByRole('button', { name: 'Cancel' }).focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(submit()).toHaveFocus());
      expect(submit()).toHaveTextContent('Retry 1 unconfirmed');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(transport.calls).toHaveLength(2));
      await act(async () => transport.last().resolve());
      await waitFor(() => expect(submit()).toHaveTextContent('Done'));
      expect(submit()).toHaveFocus();
      dialog().focus();
      expect(getComputedStyle(dialog()).outlineStyle).toBe('none');
    });
  });

  describe('2. one tab stop for the list', () => {
    it('moves with the arrow keys, Home and End, and takes one Tab for everyone', async () => {
      await open();
      await paste('a@acme.com, b@acme.com, c@acme.com, d@acme.com');
      const buttons = rows().map((row) => within(row).getAllByRole('button')[0]!);
      expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
      await userEvent.tab({ shift: true });
      expect(person('a@acme.com')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
      expect(person('c@acme.com')).toHaveFocus();
      await userEvent.keyboard('{End}');
      expect(person('d@acme.com')).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(person('a@acme.com')).toHaveFocus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(person('a@acme.com')).toHaveFocus();
      // The tab stop follows: leaving and coming back lands where the person was.
      await userEvent.keyboard('{End}');
      await userEvent.tab();
      expect(field()).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(person('d@acme.com')).toHaveFocus();
      await expectNoAxeViolations();
    });

    it('goes down the rows and across to each person’s role picker', async () => {
      await open({ defaultRolesPerPerson: true });
      await paste('a@acme.com, b@acme.com');
      await userEvent.tab({ shift: true });
      expect(person('a@acme.com')).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      expect(person('b@acme.com')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(screen.getByRole('combobox', { name: 'Role for b@acme.com' })).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}');
      expect(screen.getByRole('combobox', { name: 'Role for a@acme.com' })).toHaveFocus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(person('a@acme.com')).toHaveFocus();
    });

    it('undoes Backspace in the empty field and Remove all, from the status area', async () => {
      await open();
      await paste('a@acme.com, b@acme.com, c@acme.com');
      await userEvent.keyboard('{Backspace}');
      expect(rows()).toHaveLength(2);
      const note = dialog().querySelector('[data-slot="invite-dialog-undo-note"]')!;
      expect(note).toHaveTextContent('Removed c@acme.com.');
      expect(dialog().querySelector('[data-slot="invite-dialog-footer"]')).toContainElement(note as HTMLElement);
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Undo' }));
      expect(rows().map((row) => within(row).getAllByRole('button')[0]!.textContent)).toEqual(['a@acme.com', 'b@acme.com', 'c@acme.com']);
      expect(field()).toHaveFocus();

      await userEvent.click(within(dialog()).getByRole('button', { name: 'Remove all' }));
      expect(screen.queryByRole('list', { name: 'Addresses to invite' })).not.toBeInTheDocument();
      expect(field()).toHaveFocus();
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Undo' }));
      expect(rows()).toHaveLength(3);
    });
  });

  describe('3. every screen', () => {
    it.each([
      [320, 568],
      [375, 667],
      // A 1280 × 720 screen at 200 % and 400 % zoom.
      [640, 360],
      [320, 180],
    ])('fits %i × %i px with no sideways scrolling, a sheet under 480 px', async (width, height) => {
      await page.viewport(width, height);
      await open({ defaultRolesPerPerson: true });
      await paste(`a.very.long.address.of.someone.in.sales.and.marketing@subsidiary.example-company.com\n${many(6)}`);
      await animationsDone();
      const box = dialog().getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(window.innerWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      for (const element of dialog().querySelectorAll('*')) {
        const style = getComputedStyle(element);
        // An inline box has no client width (always 0); what it holds overflows its block's box,
        // checked here too. Firefox still gives inline boxes a scrollWidth, Chromium gives 0.
        if (style.display === 'inline') continue;
        if (element.scrollWidth > element.clientWidth + 1 && style.overflowX === 'visible') {
          throw new Error(`${element.getAttribute('data-slot') ?? element.tagName} is wider than its box`);
        }
      }
      if (width < 480) expect([Math.round(box.width), Math.round(box.height)]).toEqual([width, height]);
      // A long address is cut short where it shows, and whole where it is named.
      const long = 'a.very.long.address.of.someone.in.sales.and.marketing@subsidiary.example-company.com';
      const text = person(long).querySelector('[data-slot="invite-dialog-chip-text"]')!;
      expect(text.scrollWidth).toBeGreaterThan(text.clientWidth);
      expect(person(long)).toHaveAttribute('title', long);
      expect(person(long)).toHaveAccessibleName(long);
      if (height >= 320) expect(inView(submit())).toBe(true);
    });
    it('shows a token longer than any address cut short, and keeps all of it for editing', async () => {
      await open();
      const token = `${'x'.repeat(2_000)}(`;
      await paste(token);
      const chip = screen.getByRole('button', { name: /^x+…, Needs a fix$/ });
      const shown = `${token.slice(0, 254)}…`;
      expect(chip).toHaveAccessibleName(`${shown}, Needs a fix`);
      expect(chip).toHaveAttribute('title', shown);
      expect(chip.querySelector('[data-slot="invite-dialog-chip-text"]')).toHaveTextContent(shown);
      await userEvent.click(chip);
      expect(screen.getByRole('textbox', { name: /^Edit x+/ })).toHaveValue(token);
    });
  });

  describe('5. the footer stays in view', () => {
    it('keeps the status line and the main button on screen however long the list, and the outcome after a send', async () => {
      const transport = await open({ defaultRolesPerPerson: true });
      await paste(many(60));
      const body = dialog().querySelector<HTMLElement>('[data-slot="invite-dialog-body"]')!;
      expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
      expect(inView(submit())).toBe(true);
      expect(inView(status())).toBe(true);
      body.scrollTop = body.scrollHeight;
      expect(inView(submit())).toBe(true);
      await userEvent.click(submit());
      // Sixty people, twenty a request.
      await waitFor(() => expect(transport.calls).toHaveLength(3));
      await act(async () => transport.calls.forEach((call) => call.resolve()));
      await waitFor(() => expect(status()).toHaveTextContent('60 invited.'));
      expect(inView(status())).toBe(true);
    });
  });

  describe('7. states in words', () => {
    it('writes each state beside the address, tells a failed send from a mistyped address, and groups repeated notes', async () => {
      const transport = await open();
      await paste('a@acme.com, b@acme.com, c@acme.com, d@acme.com, e@acme.com, f@acme.com, g@acme.com');
      await userEvent.click(submit());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      const limited = (email: string) => fail(email, 'invite.org_rate_limited', { retryable: true, retryAfterMs: 1000, message: 'Limit reached.' });
      await act(async () =>
        transport.last().resolve([
          ok('a@acme.com'),
          fail('b@acme.com', 'invite.already_member'),
          fail('c@acme.com', 'invite.already_pending'),
          fail('d@acme.com', 'invite.send_failed', { message: 'The mail server said no.' }),
          limited('e@acme.com'),
          limited('f@acme.com'),
          limited('g@acme.com'),
        ]),
      );
      await waitFor(() => expect(status()).toHaveTextContent(/^1 invited, 1 already a member, 1 already invited, 1 failed, 3 waiting\. Too many invitations/));
      for (const [email, state] of [
        ['a@acme.com', 'Invited'],
        ['b@acme.com', 'Already a member'],
        ['c@acme.com', 'Already invited'],
        ['d@acme.com', 'Failed'],
        ['e@acme.com', 'Waiting'],
      ] as const) {
        expect(within(person(email)).getByText(state)).toBeVisible();
      }
      // Three people, one note.
      const notes = within(dialog().querySelector<HTMLElement>('[data-slot="invite-dialog-notes"]')!).getAllByRole('listitem');
      // Codes the kit knows are said in its words, not the server's ("The mail server said no.").
      expect(notes.map((note) => note.textContent)).toEqual([
        `d@acme.com: ${INVITE_ERROR_CODES['invite.send_failed'].message}`,
        expect.stringMatching(new RegExp(`^3 people: ${INVITE_ERROR_CODES['invite.org_rate_limited'].message.replace(/\./g, '\\.')} Retry in 0:0[01]\\.$`)),
      ]);
      expect(person('e@acme.com')).toHaveAccessibleDescription(expect.stringContaining(`3 people: ${INVITE_ERROR_CODES['invite.org_rate_limited'].message}`));
      await expectNoAxeViolations();
      // When the wait is over, the person is told they can retry.
      await waitFor(() => expect(status()).toHaveTextContent('The wait is over: you can retry now.'), { timeout: 5000 });
      expect(submit()).not.toHaveAttribute('aria-disabled');
      // The three who waited; the plain failure needs a fix first.
      expect(submit()).toHaveTextContent('Retry 3');

      await paste('nope');
      const failed = person('d@acme.com').closest('[data-slot="invite-dialog-chip"]')!;
      const mistyped = person('nope').closest('[data-slot="invite-dialog-chip"]')!;
      expect(within(person('nope')).getByText('Needs a fix')).toBeVisible();
      expect(getComputedStyle(failed).borderStyle).toBe('solid');
      expect(getComputedStyle(mistyped).borderStyle).toBe('dashed');
      expect(failed.querySelector('svg')!.innerHTML).not.toBe(mistyped.querySelector('svg')!.innerHTML);
    });
  });

  describe('8. a role that does not exist', () => {
    it('shows in the person’s own picker as it came, says the role is the problem, and clears once a valid role is chosen', async () => {
      await open();
      await paste('Email\tRole\nana@acme.com\tsupervisor\nben@acme.com\tadmin\n');
      const picker = screen.getByRole('combobox', { name: 'Role for ana@acme.com' });
      expect(picker).toHaveTextContent('supervisor');
      expect(picker).toHaveAttribute('aria-invalid', 'true');
      expect(picker).toHaveAccessibleDescription('Role for ana@acme.com: Unknown role "supervisor".');
      // The address is fine.
      expect(person('ana@acme.com')).not.toHaveAttribute('aria-invalid');
      expect(person('ana@acme.com').closest('[data-slot="invite-dialog-chip"]')).toHaveAttribute('data-status', 'draft');
      expect(status()).toHaveTextContent('Choose a valid role for 1 person to send.');
      expect(submit()).toHaveAttribute('aria-disabled', 'true');
      await expectNoAxeViolations();

      await userEvent.click(picker);
      const menu = await screen.findByRole('dialog', { name: 'Role for ana@acme.com' });
      await userEvent.click(within(menu).getByRole('radio', { name: 'Admin' }));
      await userEvent.keyboard('{Escape}');
      expect(picker).toHaveTextContent('Admin');
      expect(picker).not.toHaveAttribute('aria-invalid');
      expect(submit()).not.toHaveAttribute('aria-disabled');
      expect(submit()).toHaveTextContent('Send 2 invitations');
    });
  });

  describe('9. feedback a sighted person sees', () => {
    it('shows merged duplicates, and counts in Send only what will be sent', async () => {
      await open();
      await paste('ana@acme.com, ANA@acme.com, ben@acme.com, nope');
      expect(
        within(dialog()).getByText('Added 2 addresses. 1 duplicate merged. 1 is not a valid address.', { ignore: '[role="status"]' }),
      ).toBeVisible();
      expect(submit()).toHaveTextContent('Send 2 invitations');
    });
  });

  describe('10. typos', () => {
    it('suggests a fix for a misspelt common domain that one click applies, without blocking Send', async () => {
      const transport = await open();
      await paste('ana@gmial.com, ben@acme.con');
      expect(person('ana@gmial.com')).toHaveAccessibleDescription(/ana@gmial\.com: Did you mean ana@gmail\.com\?/);
      expect(status()).toHaveTextContent('Check 2 addresses: they may be misspelt.');
      expect(submit()).not.toHaveAttribute('aria-disabled');
      await expectNoAxeViolations();
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Did you mean ana@gmail.com?' }));
      expect(person('ana@gmail.com')).toBeInTheDocument();
      expect(within(dialog()).queryByRole('button', { name: 'Did you mean ana@gmail.com?' })).not.toBeInTheDocument();
      // A warning, never a block: the other one goes as typed if the person says so.
      await userEvent.click(submit());
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().emails).toEqual(['ana@gmail.com', 'ben@acme.con']);
    });
  });
});
