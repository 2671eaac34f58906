/**
 * The dialog's behaviour without markup: what `useInviteDialog` derives (the main action and its
 * words, the status line, the counts, the notes, the layout) and what its prop getters do.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInviteDialog, type UseInviteDialogOptions } from '../../src/hooks';
import type { TransportCapabilities } from '../../src/core/types';
import { createFakeTransport, fail, flush, ok } from './fake-transport';

// ─── Harness ─────────────────────────────────────────────────────────────────────────────────────

const BATCH: TransportCapabilities = { roles: 'many', idempotencyKeys: true };

const setup = (options: Partial<UseInviteDialogOptions> = {}, capabilities: TransportCapabilities = BATCH) => {
  const transport = createFakeTransport(capabilities);
  const initialProps: UseInviteDialogOptions = { onSend: transport.onSend, retries: 0, defaultOpen: true, ...options };
  const hook = renderHook((props: UseInviteDialogOptions) => useInviteDialog(props), { initialProps });
  const add = (text: string) => {
    let leftover = '';
    act(() => {
      leftover = hook.result.current.getInputProps().onCommit(text);
    });
    return leftover;
  };
  const click = (props: { onClick: (event: { preventDefault(): void }) => void }) => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    act(() => props.onClick(event));
    return event;
  };
  const send = async () => {
    act(() => hook.result.current.getFormProps().onSubmit({ preventDefault() {} }));
    await act(() => flush());
  };
  const settle = async (results?: Parameters<(typeof transport)['calls'][number]['resolve']>[0]) => {
    await act(async () => {
      transport.last().resolve(results);
      await flush();
    });
  };
  const entry = (email: string) => hook.result.current.batch.entries.find((e) => e.email === email)!;
  return { ...hook, transport, add, click, send, settle, entry };
};

afterEach(() => {
  vi.useRealTimers();
});

// ─── Tests ───────────────────────────────────────────────────────────────────────────────────────

describe('useInviteDialog', () => {
  describe('given nothing yet', () => {
    it('offers Send, blocked, and says why', () => {
      const { result } = setup();
      expect(result.current.action).toBe('send');
      expect(result.current.actionLabel).toBe('Send invitations');
      expect(result.current.actionBlocked).toBe(true);
      expect(result.current.status).toEqual({ text: 'Add at least one email address to send.', tone: undefined });
      expect(result.current.getSubmitProps()).toMatchObject({ type: 'submit', 'aria-disabled': true, 'aria-describedby': result.current.idOf('status') });
    });
  });

  describe('given a paste', () => {
    it('counts only what will be sent, and says what the paste did where it shows', () => {
      const { result, add } = setup();
      add('ana@acme.com, ben@acme.com, nope, ANA@acme.com');
      expect(result.current.counts).toMatchObject({ draft: 3, invalid: 1, toSend: 2 });
      expect(result.current.actionLabel).toBe('Send 2 invitations');
      expect(result.current.feedback).toEqual({ text: 'Added 2 addresses. 1 duplicate merged. 1 is not a valid address.', overflow: undefined });
      expect(result.current.announcement.text).toBe('Added 2 addresses. 1 duplicate merged. 1 is not a valid address.');
      expect(result.current.status).toEqual({ text: 'Fix or remove 1 address to send.', tone: 'danger' });
      expect(result.current.notes).toEqual([
        expect.objectContaining({ kind: 'invalid', email: 'nope', text: expect.stringMatching(/@/), entryIds: [result.current.batch.entries[2]!.id] }),
      ]);
    });

    it('keeps what does not fit out of the field, says how many wait, and adds them as room frees up', () => {
      const { result, add, click } = setup({ maxRecipients: 2 });
      expect(add('a@acme.com b@acme.com c@acme.com d@acme.com e@acme.com')).toBe('');
      expect(result.current.batch.entries).toHaveLength(2);
      expect(result.current.feedback).toEqual({ text: 'Added 2 addresses.' });
      const full = 'Only 2 people at once. 3 more addresses are kept. They join the list after a send.';
      expect(result.current.announcement.text).toBe(`Added 2 addresses. ${full}`);
      // The list is full: nothing to add until a send (or a removal) makes room.
      expect(result.current.kept).toEqual({ text: full, next: 0 });
      expect(result.current.getInputProps()['aria-describedby']).toContain(result.current.idOf('kept'));

      act(() => result.current.batch.removeEntry(result.current.batch.entries[0]!.id));
      expect(result.current.kept).toEqual({ text: 'Only 2 people at once. 3 more addresses are kept.', next: 1 });
      click(result.current.getKeptProps('add'));
      expect(result.current.batch.entries.map((entry) => entry.email)).toEqual(['b@acme.com', 'c@acme.com']);
      expect(result.current.feedback?.text).toBe('Added 1 address.');
      expect(result.current.kept?.text).toBe('Only 2 people at once. 2 more addresses are kept. They join the list after a send.');

      // Remove all takes what is kept too, and Undo brings both back.
      click(result.current.getClearProps());
      expect(result.current.batch.entries).toEqual([]);
      expect(result.current.kept).toBeUndefined();
      expect(result.current.undo).toEqual({ text: 'Removed 4 addresses.' });
      click(result.current.getUndoProps());
      expect(result.current.batch.entries.map((entry) => entry.email)).toEqual(['b@acme.com', 'c@acme.com']);
      expect(result.current.kept?.text).toMatch(/2 more addresses are kept/);
      expect(result.current.announcement.text).toBe('Restored 4 addresses.');
    });

    it('says when a transport that takes no roles leaves pasted roles unapplied', () => {
      const { result, add } = setup({}, { roles: 'none', idempotencyKeys: false });
      add('Email,Role\nana@acme.com,admin\nbo@acme.com,billing\ncy@acme.com,member');
      expect(result.current.feedback?.text).toBe(
        'Added 3 addresses. Header row skipped. The roles given to 2 people were not applied: this service takes no roles.',
      );
      expect(result.current.batch.entries.map((entry) => entry.roleSlugs)).toEqual([['member'], ['member'], ['member']]);
      expect(result.current.actionBlocked).toBe(false);
    });

    it('keeps an over-long token whole in its entry, and names it in its note cut short', () => {
      const { result, add } = setup();
      const token = '('.repeat(5000);
      add(token);
      expect(result.current.batch.entries.map((entry) => entry.email)).toEqual([token]);
      expect(result.current.notes).toEqual([expect.objectContaining({ kind: 'invalid', email: `${'('.repeat(254)}…`, text: expect.stringMatching(/longer than any address/) })]);
    });

    it('says a header row was skipped', () => {
      const { result, add } = setup();
      add('email\tname\nana@acme.com\tAna');
      expect(result.current.feedback?.text).toBe('Added 1 address. Header row skipped.');
    });

    it('commits the typed text first when Send is pressed', async () => {
      const { result, transport, send } = setup();
      // The field registers how to commit what it holds; a send calls it before sending.
      let typed = 'ana@acme.com';
      result.current.getInputProps().flushRef.current = () => {
        result.current.getInputProps().onCommit(typed);
        typed = '';
      };
      await send();
      expect(transport.calls).toHaveLength(1);
      expect(transport.last().emails).toEqual(['ana@acme.com']);
    });
  });

  describe('given a likely typo in a domain', () => {
    it('suggests a fix that one click applies, and never blocks sending', () => {
      const { result, add, click, entry } = setup();
      add('ana@gmial.com, ben@acme.con, carla@acme.com');
      const [ana, ben] = result.current.batch.entries;
      expect(result.current.notes.map((note) => note.fix?.email)).toEqual(['ana@gmail.com', 'ben@acme.com']);
      expect(result.current.notes[0]).toMatchObject({ kind: 'suggestion', email: 'ana@gmial.com', fix: { label: 'Did you mean ana@gmail.com?' } });
      expect(result.current.getEntryProps(ana!).suggestion).toBe('ana@gmail.com');
      expect(result.current.getEntryProps(ana!).describedBy).toBe(result.current.notes[0]!.id);
      expect(result.current.status).toEqual({ text: 'Check 2 addresses: they may be misspelt.', tone: 'warning' });
      expect(result.current.actionBlocked).toBe(false);
      click(result.current.getFixProps(result.current.notes[0]!));
      expect(entry('ana@gmail.com').id).toBe(ana!.id);
      expect(result.current.notes.map((note) => note.entryIds)).toEqual([[ben!.id]]);
    });
  });

  describe('given a role that does not exist', () => {
    it('puts the problem on the role, not the address, until a valid role is chosen', () => {
      const { result, add } = setup();
      add('Email\tRole\nana@acme.com\tsupervisor\nben@acme.com\tadmin');
      const ana = result.current.batch.entries[0]!;
      // The address is fine: shown as a plain draft, not "Needs a fix".
      expect(result.current.describe(ana)).toEqual({ kind: 'draft', label: '', message: undefined });
      expect(result.current.layout).toBe('rows');
      const props = result.current.getEntryProps(ana);
      expect(props).toMatchObject({ picker: true, roleInvalid: true });
      const note = result.current.notes.find((n) => n.id === props.roleDescribedBy)!;
      expect(note).toMatchObject({ kind: 'role', text: 'Role for ana@acme.com: Unknown role "supervisor".' });
      expect(result.current.counts).toMatchObject({ invalid: 0, roleInvalid: 1 });
      expect(result.current.status).toEqual({ text: 'Choose a valid role for 1 person to send.', tone: 'danger' });
      act(() => result.current.rowContext.setRoleSlugs(ana.id, ['admin']));
      expect(result.current.getEntryProps(result.current.batch.entries[0]!).roleInvalid).toBe(false);
      expect(result.current.actionBlocked).toBe(false);
    });
  });

  describe('given a send', () => {
    it('turns the one main action from Send into Sending, then Retry for what failed, and says the outcome apart', async () => {
      const { result, add, send, settle, click } = setup();
      add('a@acme.com b@acme.com c@acme.com d@acme.com');
      await send();
      expect(result.current.action).toBe('sending');
      expect(result.current.actionLabel).toBe('Sending');
      expect(result.current.status.text).toBe('Sending 1 of 4…');
      expect(result.current.getSubmitProps()['aria-disabled']).toBe(true);
      await settle([
        ok('a@acme.com'),
        fail('b@acme.com', 'invite.already_member'),
        fail('c@acme.com', 'invite.already_pending'),
        fail('d@acme.com', 'invite.send_failed', { retryable: true, message: 'Mail server down.' }),
      ]);
      expect(result.current.counts).toMatchObject({ sent: 1, alreadyMember: 1, alreadyPending: 1, failed: 1, retry: 1 });
      expect(result.current.status).toEqual({ text: '1 invited, 1 already a member, 1 already invited, 1 failed.', tone: 'danger' });
      expect(result.current.announcement.text).toBe('1 invited, 1 already a member, 1 already invited, 1 failed.');
      expect(result.current.action).toBe('retry');
      expect(result.current.actionLabel).toBe('Retry 1 failed');
      await send();
      await settle([ok('d@acme.com')]);
      expect(result.current.action).toBe('done');
      expect(result.current.status).toEqual({ text: '2 invited, 1 already a member, 1 already invited.', tone: 'success' });
      click(result.current.getSubmitProps());
      expect(result.current.open).toBe(false);
      // What is done leaves the list on closing.
      expect(result.current.batch.entries).toEqual([]);
    });

    it('groups a note that several people share, with the countdown, and keeps the counts on screen', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      const { result, add, send, settle } = setup();
      add('a@acme.com b@acme.com c@acme.com d@acme.com');
      await send();
      const limited = (email: string) =>
        fail(email, 'invite.org_rate_limited', { retryable: true, retryAfterMs: 90_000, message: 'Limit reached.' });
      await settle([ok('a@acme.com'), limited('b@acme.com'), limited('c@acme.com'), limited('d@acme.com')]);
      // The kit's words for a code it knows, not the server's "Limit reached.".
      const limit = 'Your organization has hit its invitation limit. Try again later.';
      expect(result.current.notes).toEqual([expect.objectContaining({ kind: 'waiting', text: `3 people: ${limit} Retry in 1:30.` })]);
      const [, b, c] = result.current.batch.entries;
      expect(result.current.getEntryProps(b!).describedBy).toBe(result.current.notes[0]!.id);
      expect(result.current.getEntryProps(c!).describedBy).toBe(result.current.notes[0]!.id);
      expect(result.current.status).toEqual({ text: '1 invited, 3 waiting. Too many invitations for now. You can retry in 1:30.', tone: 'warning' });
      expect(result.current.actionLabel).toBe('Retry 3');
      expect(result.current.actionBlocked).toBe(true);
      act(() => vi.advanceTimersByTime(1000));
      expect(result.current.notes[0]!.text).toBe(`3 people: ${limit} Retry in 1:29.`);

      // When the wait is over, nothing goes out by itself: the person is told they can retry.
      act(() => vi.advanceTimersByTime(90_000));
      expect(result.current.actionBlocked).toBe(false);
      expect(result.current.status.text).toBe('1 invited, 3 waiting. The wait is over: you can retry now.');
      expect(result.current.announcement.text).toBe('The wait is over: you can retry now.');
    });

    it('cancels the send in flight and says nothing was lost', async () => {
      const { result, add, send, click, transport } = setup();
      add('a@acme.com');
      await send();
      click(result.current.getCancelProps());
      await act(() => flush());
      expect(transport.last().context.signal.aborted).toBe(true);
      expect(result.current.status.text).toBe('Sending cancelled. Nothing you entered was lost.');
    });
  });

  describe('given removals', () => {
    it('makes Backspace in the empty field and Remove all undoable, restoring the entries where they were', () => {
      const { result, add, click } = setup();
      add('a@acme.com, b@acme.com, c@acme.com');
      const before = result.current.batch.entries.map((e) => e.id);
      act(() => result.current.getInputProps().onRemoveLast());
      expect(result.current.batch.entries.map((e) => e.email)).toEqual(['a@acme.com', 'b@acme.com']);
      expect(result.current.undo).toEqual({ text: 'Removed c@acme.com.' });
      click(result.current.getUndoProps());
      expect(result.current.batch.entries.map((e) => e.id)).toEqual(before);
      expect(result.current.undo).toBeUndefined();
      expect(result.current.announcement.text).toBe('Restored 1 address.');

      expect(result.current.canClear).toBe(true);
      click(result.current.getClearProps());
      expect(result.current.batch.entries).toEqual([]);
      expect(result.current.undo).toEqual({ text: 'Removed 3 addresses.' });
      click(result.current.getUndoProps());
      expect(result.current.batch.entries.map((e) => e.id)).toEqual(before);
    });
  });

  describe('given the roles the transport takes', () => {
    it('shows chips with one picker for all, and rows with a picker each once roles differ', () => {
      const { result, add, click } = setup();
      add('a@acme.com b@acme.com');
      expect(result.current.roleMode).toBe('multiple');
      expect(result.current.layout).toBe('chips');
      expect(result.current.getEntryProps(result.current.batch.entries[0]!).picker).toBe(false);
      click(result.current.getPerPersonProps());
      expect(result.current.perPerson).toBe(true);
      expect(result.current.layout).toBe('rows');
      expect(result.current.getEntryProps(result.current.batch.entries[0]!).picker).toBe(true);
      act(() => result.current.getRoleProps().onValueChange(['admin']));
      expect(result.current.batch.entries.every((e) => e.roleSlugs.join() === 'admin')).toBe(true);
    });

    it('offers no roles to a transport that takes none, and the locales and expiry it takes', () => {
      const { result } = setup({ defaultLocale: 'pt-BR' }, {
        roles: 'none',
        locales: ['en', 'es', 'pt-br', 'fr'],
        expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 },
        idempotencyKeys: false,
      });
      expect(result.current.roleMode).toBe('none');
      expect(result.current.locale).toBe('pt-br');
      expect(result.current.localeOptions.map((option) => option.value)).toEqual(['en', 'fr', 'pt-br', 'es']);
      expect(result.current.getExpiryProps()).toMatchObject({ value: '60', min: 5, max: 10080, 'aria-invalid': undefined });
      act(() => result.current.getExpiryProps().onChange({ currentTarget: { value: '3' } }));
      expect(result.current.getExpiryProps()['aria-invalid']).toBe(true);
    });
  });

  describe('given a controlled open', () => {
    it('follows open and reports changes', () => {
      const onOpenChange = vi.fn();
      const { result, rerender, transport } = setup({ open: false, defaultOpen: undefined, onOpenChange });
      expect(result.current.open).toBe(false);
      act(() => result.current.setOpen(true));
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      expect(result.current.open).toBe(false);
      rerender({ onSend: transport.onSend, open: true, onOpenChange });
      expect(result.current.open).toBe(true);
    });
  });
});
