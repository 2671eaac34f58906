/// <reference types="vite/client" />
/**
 * The dialog as parts: a host recomposes them (reorders, drops one, puts its own button in the
 * footer), styles them by slot, and typing re-renders no row that did not change (React Profiler).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { Profiler, forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import testingUser from '@testing-library/user-event';
import { userEvent } from 'vitest/browser';
import '../../src/components/styles.css';
import {
  InviteDialog,
  InviteDialogContent,
  InviteDialogFooter,
  InviteDialogRoot,
  InviteDialogStatus,
  InviteDialogSubmit,
  type InviteDialogEntryProps,
} from '../../src/components/index';
import { BATCH, animationsDone, expectNoAxeViolations, fakeTransport } from './harness';

const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const dialog = () => screen.getByRole('dialog', { name: 'Invite people' });
const many = (count: number) => Array.from({ length: count }, (_, i) => `person${i + 1}@acme.com`).join(', ');

/** What a host's design system hands in: its own button, which forwards its ref and props. */
const HostButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'> & { tone?: string }>(function HostButton(
  { tone = 'brand', className, ...props },
  ref,
) {
  return <button ref={ref} className={`host-button host-${tone} ${className ?? ''}`} {...props} />;
});

describe('InviteDialog parts', () => {
  describe('given a keystroke with 20 people listed', () => {
    // Each row inside a Profiler, behind a memo of exactly the props the list passes: the Profiler
    // reports a row only when the row itself rendered (props or a context it reads changed).
    const renders = new Map<string, number>();
    const CountedEntry = memo(function CountedEntry(props: InviteDialogEntryProps) {
      return (
        <Profiler id={props.entry.email} onRender={(id) => renders.set(id, (renders.get(id) ?? 0) + 1)}>
          <InviteDialog.Entry {...props} />
        </Profiler>
      );
    });

    it.each([
      ['chips', false],
      ['rows with a role picker each', true],
    ])('re-renders no row in %s, and only the row that changed when one does', async (_, perPerson) => {
      renders.clear();
      const transport = fakeTransport(BATCH);
      render(
        <InviteDialog.Root onSend={transport.onSend} defaultOpen defaultRolesPerPerson={perPerson}>
          <InviteDialog.Content>
            <InviteDialog.Header />
            <InviteDialog.Body>
              <InviteDialog.Recipients renderEntry={(props) => <CountedEntry {...props} />} />
              <InviteDialog.Roles />
            </InviteDialog.Body>
            <InviteDialog.Footer />
          </InviteDialog.Content>
        </InviteDialog.Root>,
      );
      await waitFor(() => expect(field()).toHaveFocus());
      field().focus();
      // Testing Library's paste, not a hand-made ClipboardEvent: Firefox's constructor gives the
      // event a new, empty DataTransfer instead of the one passed in, so the field got nothing.
      await testingUser.setup().paste(many(20));
      await waitFor(() => expect(within(dialog()).getAllByRole('listitem')).toHaveLength(20));
      expect(renders.size).toBe(20);

      renders.clear();
      await userEvent.keyboard('ne');
      await waitFor(() => expect(field()).toHaveValue('ne'));
      expect([...renders.keys()]).toEqual([]);

      // The harness does see a render when there is one: edit one person, and only that row renders.
      await userEvent.keyboard('{Backspace}{Backspace}');
      await userEvent.click(screen.getByRole('button', { name: /^person7@acme\.com/ }));
      const edit = screen.getByRole('textbox', { name: 'Edit person7@acme.com' });
      await userEvent.fill(edit, 'person-seven@acme.com');
      renders.clear();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(screen.getByRole('button', { name: /^person-seven@acme\.com/ })).toBeInTheDocument());
      expect([...renders.keys()]).toEqual(['person-seven@acme.com']);
    });
  });

  describe('given a host that recomposes them', () => {
    it('reorders parts, drops one, puts its own button in the footer, and still sends', async () => {
      const transport = fakeTransport({ ...BATCH, locales: ['en', 'de'], expiry: { unit: 'days', min: 1, max: 30, default: 7 } });
      const onClick = vi.fn();
      render(
        <InviteDialogRoot onSend={transport.onSend} classNames={{ footer: 'host-footer', chipButton: 'host-chip' }}>
          <InviteDialog.Trigger asChild>
            <HostButton tone="quiet">Add teammates</HostButton>
          </InviteDialog.Trigger>
          <InviteDialogContent className="host-dialog">
            <InviteDialog.Header />
            <InviteDialog.Body>
              {/* Options first, no roles at all. */}
              <InviteDialog.Options />
              <InviteDialog.Recipients />
            </InviteDialog.Body>
            <InviteDialogFooter>
              <InviteDialogStatus />
              <InviteDialogSubmit asChild onClick={onClick}>
                <HostButton />
              </InviteDialogSubmit>
            </InviteDialogFooter>
          </InviteDialogContent>
        </InviteDialogRoot>,
      );
      const trigger = screen.getByRole('button', { name: 'Add teammates' });
      expect(trigger).toHaveClass('host-button', 'host-quiet');
      await userEvent.click(trigger);
      await waitFor(() => expect(field()).toHaveFocus());
      await animationsDone();
      expect(dialog()).toHaveClass('ik-InviteDialog-content', 'host-dialog');
      // Options now come before the email field, and there is no role picker.
      const language = screen.getByRole('combobox', { name: 'Email language' });
      expect(language.compareDocumentPosition(field()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();

      await userEvent.keyboard('ana@acme.com{Enter}');
      const send = within(dialog()).getByRole('button', { name: 'Send 1 invitation' });
      // The host's button, with the kit's words, state and handlers.
      expect(send).toHaveClass('host-button', 'host-brand');
      expect(send).toHaveAttribute('data-slot', 'invite-dialog-submit');
      expect(send).toHaveAttribute('data-state', 'send');
      expect(dialog().querySelector('[data-slot="invite-dialog-footer"]')).toHaveClass('host-footer');
      expect(screen.getByRole('button', { name: /^ana@acme\.com/ })).toHaveClass('ik-InviteDialog-chip-button', 'host-chip');
      await expectNoAxeViolations();
      await userEvent.click(send);
      expect(onClick).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      expect(transport.last().request).toMatchObject({ expiresInDays: 7 });
    });

    it('lets the host’s handler stop the kit’s, as Radix does', async () => {
      const transport = fakeTransport(BATCH);
      render(
        <InviteDialogRoot onSend={transport.onSend} defaultOpen>
          <InviteDialogContent>
            <InviteDialog.Header />
            <InviteDialog.Recipients />
            <InviteDialogFooter>
              <InviteDialogSubmit onClick={(event) => event.preventDefault()} />
            </InviteDialogFooter>
          </InviteDialogContent>
        </InviteDialogRoot>,
      );
      await waitFor(() => expect(field()).toHaveFocus());
      await userEvent.keyboard('ana@acme.com{Enter}');
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Send 1 invitation' }));
      expect(transport.calls).toHaveLength(0);
    });

    it('says which part was used outside the root', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        expect(() => render(<InviteDialogFooter />)).toThrow('`InviteDialogFooter` must be used within `InviteDialogRoot`');
        expect(() => render(<InviteDialog.Submit />)).toThrow('`InviteDialogSubmit` must be used within `InviteDialogRoot`');
      } finally {
        error.mockRestore();
      }
    });
  });

  describe('given a host that styles by slot', () => {
    it('puts a data-slot on every element it renders, labels, reasons, indicators and icons included', async () => {
      const transport = fakeTransport({ ...BATCH, locales: ['en', 'de'], expiry: { unit: 'days', min: 1, max: 30, default: 7 } });
      render(<InviteDialog onSend={transport.onSend} defaultOpen defaultRolesPerPerson roles={[{ slug: 'org-sales', name: 'Sales' }]} />);
      await waitFor(() => expect(field()).toHaveFocus());
      await userEvent.keyboard('ana@gmial.com, nope,');
      await userEvent.click(screen.getByRole('combobox', { name: 'Role for ana@gmial.com' }));
      const menu = await screen.findByRole('dialog', { name: 'Role for ana@gmial.com' });
      // Hidden text (for screen readers only), the inside of an icon and a select's options need none.
      const unslotted = [...dialog().querySelectorAll('*'), ...menu.querySelectorAll('*')].filter(
        (element) =>
          !element.hasAttribute('data-slot') &&
          !element.closest('svg[data-slot]') &&
          !element.closest('[hidden]') &&
          element.tagName !== 'OPTION' &&
          (element as HTMLElement).style?.clipPath !== 'inset(50%)',
      );
      expect(unslotted.map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 30)}"`)).toEqual([]);
    });
  });
});
