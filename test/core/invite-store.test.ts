// @vitest-environment node
/**
 * The invite batch store without React and without a DOM: every behaviour the hook relies on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInviteBatchStore, type DraftStorage, type InviteBatchStoreOptions } from '../../src/core/invite-store';
import { createFakeTransport, fail, flush, ok } from '../hooks/fake-transport';

const setup = (options: Partial<InviteBatchStoreOptions> = {}) => {
  const transport = createFakeTransport();
  const store = createInviteBatchStore({ onSend: transport.onSend, retries: 0, ...options });
  const entry = (email: string) => store.getState().entries.find((e) => e.email === email)!;
  return { store, transport, entry, state: () => store.getState() };
};

const memoryStorage = (): DraftStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('createInviteBatchStore', () => {
  describe('given the same options again, as a host that re-renders passes them', () => {
    it('keeps the same state, though an issue carries values and an empty expiry is NaN (no render loop)', () => {
      const transport = createFakeTransport({ roles: 'one', expiry: { unit: 'days', min: 1, max: 30, default: 7 }, idempotencyKeys: true });
      const options = { onSend: transport.onSend, retries: 0, expiresInDays: Number.NaN, defaultRoleSlugs: ['admin', 'org-x'] };
      const store = createInviteBatchStore(options);
      store.addText('a@acme.com');
      const before = store.getState();
      // The expiry out of range and one role too many: issues with params ({ unit, min, max }, { roles }).
      expect(before.issues.map((issue) => issue.reason)).toEqual(expect.arrayContaining(['expiry_out_of_range']));
      const listener = vi.fn();
      store.subscribe(listener);
      store.update({ ...options, defaultRoleSlugs: [...options.defaultRoleSlugs] });
      store.update({ ...options, expiresInDays: Number.NaN });
      expect(listener).not.toHaveBeenCalled();
      expect(store.getState()).toBe(before);
      store.update({ ...options, expiresInDays: 14 });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.getState().issues.map((issue) => issue.reason)).not.toContain('expiry_out_of_range');
    });
  });

  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    const { state } = setup();
    expect(state().entries).toEqual([]);
    expect(state().status).toBe('idle');
  });

  describe('given a paste', () => {
    it('adds valid addresses, keeps each unreadable token visible and flagged, and counts repeats', () => {
      const { store, state } = setup();
      const result = store.addText('ana@acme.com, Ben <ben@acme.com>; nope\nana@ACME.com');
      expect(result).toEqual({ added: 2, duplicates: 1, invalid: 1 });
      const emails = state().entries.map((e) => e.email);
      expect(emails).toEqual(['ana@acme.com', 'ben@acme.com', 'nope']);
      const bad = state().entries[2]!;
      expect(bad.status).toBe('draft');
      expect(bad.error).toMatchObject({ code: 'invite.invalid_email', entryId: bad.id });
      // The parser's own words, not a generic message.
      expect(bad.error?.message).toMatch(/@/);
      expect(state().issues).toContainEqual(expect.objectContaining({ code: 'invite.invalid_email', index: 2, entryId: bad.id }));
      expect(state().canSubmit).toBe(false);
      expect(state().blockedReason).toBe('invalid');
    });

    it('keeps the order things were typed in, valid or not', () => {
      const { store, state } = setup();
      store.addText('nope, ana@acme.com; also wrong, ben@acme.com');
      expect(state().entries.map((e) => e.email)).toEqual(['nope', 'ana@acme.com', 'also wrong', 'ben@acme.com']);
    });

    it('drops addresses already listed and counts them as repeats', () => {
      const { store, state } = setup();
      store.addText('ana@acme.com');
      expect(store.addText('ANA@acme.com, ben@acme.com')).toEqual({ added: 1, duplicates: 1, invalid: 0 });
      expect(state().entries).toHaveLength(2);
    });

    it('gives each entry a stable id, its default roles and an idempotency key', () => {
      const { store, state } = setup({ defaultRoleSlugs: ['admin'] });
      store.addText('ana@acme.com ben@acme.com');
      const [a, b] = state().entries;
      expect(a!.id).not.toBe(b!.id);
      expect(a!.roleSlugs).toEqual(['admin']);
      expect(a!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      store.addEntry({ email: 'cy@acme.com' });
      expect(state().entries[0]).toBe(a);
      expect(state().entries[1]).toBe(b);
    });

    it('clears the flag once the token is fixed, or when it is removed', () => {
      const { store, state } = setup();
      store.addText('ana@acme.com, jane@');
      const bad = state().entries[1]!;
      store.updateEntry(bad.id, { email: 'jane@acme.com' });
      expect(state().issues).toEqual([]);
      expect(state().canSubmit).toBe(true);
      store.addText('oops');
      store.removeEntry(state().entries[2]!.id);
      expect(state().canSubmit).toBe(true);
    });
  });

  describe('given a pasted table', () => {
    it('keeps the name and roles a row gave an unreadable address, so fixing the address keeps them', () => {
      const { store, state } = setup();
      store.addText('Email,Name,Role\njane@acme,Jane Doe,admin\nbo@acme.com,Bo,billing');
      const bad = state().entries[0]!;
      expect(bad).toMatchObject({ email: 'jane@acme', name: 'Jane Doe', roleSlugs: ['admin'], issue: { code: 'invite.invalid_email' } });
      store.updateEntry(bad.id, { email: 'jane@acme.com' });
      expect(state().entries[0]).toMatchObject({ email: 'jane@acme.com', name: 'Jane Doe', roleSlugs: ['admin'] });
      expect(state().issues).toEqual([]);
    });

    it('does not apply its roles for a transport that takes none, says how many, and leaves nothing to fix', () => {
      const transport = createFakeTransport({ roles: 'none', idempotencyKeys: false });
      const store = createInviteBatchStore({ onSend: transport.onSend, retries: 0 });
      const result = store.addText('Email,Role\nana@acme.com,admin\nbo@acme.com,member\ncy@acme.com,billing org-x');
      // Bo's "member" is what everyone gets anyway: not counted.
      expect(result).toEqual({ added: 3, duplicates: 0, invalid: 0, rolesIgnored: 2, skippedHeader: true });
      expect(store.getState().entries.map((e) => e.roleSlugs)).toEqual([['member'], ['member'], ['member']]);
      expect(store.getState().issues).toEqual([]);
      expect(store.getState().canSubmit).toBe(true);
    });
  });

  describe('given a paste beyond maxRecipients', () => {
    it('adds what fits, in order, and keeps the rest verbatim in the store, to add once there is room', () => {
      const { store, state } = setup({ maxRecipients: 3 });
      store.addText('a@acme.com');
      const text = 'b@acme.com, nope; "Lima, Ana" <ana@acme.com>, A@acme.com\r\nzed@acme.com, wrong one';
      // Room for two more: b and the unreadable "nope". Nothing past them is read.
      expect(store.addText(text)).toEqual({ added: 1, duplicates: 0, invalid: 1, kept: 3 });
      expect(state().entries.map((e) => e.email)).toEqual(['a@acme.com', 'b@acme.com', 'nope']);
      // As it was typed (its line breaks as one LF), not rebuilt; its addresses counted by their @.
      expect(state().kept).toEqual({ count: 3, text: '"Lima, Ana" <ana@acme.com>, A@acme.com\nzed@acme.com, wrong one' });

      // No room: nothing moves. Room for two: the next two (the repeat of a is merged on the way),
      // then the last once there is room again.
      expect(store.addKept()).toEqual({ added: 0, duplicates: 0, invalid: 0 });
      store.removeEntry(state().entries[1]!.id);
      store.removeEntry(state().entries[1]!.id);
      expect(store.addKept()).toEqual({ added: 2, duplicates: 1, invalid: 0 });
      expect(state().entries.map((e) => [e.email, e.name])).toEqual([
        ['a@acme.com', undefined],
        ['ana@acme.com', 'Lima, Ana'],
        ['zed@acme.com', undefined],
      ]);
      // What is left has no @: it is kept all the same, and counted as no address.
      expect(state().kept).toEqual({ count: 0, text: 'wrong one' });
      store.clear();
      expect(store.addKept()).toEqual({ added: 0, duplicates: 0, invalid: 1 });
      expect(state().entries.map((e) => e.email)).toEqual(['wrong one']);
      expect(state().kept).toBeUndefined();
    });

    it('keeps a table with its header row, so the rest is read under the same columns: names and roles kept', () => {
      const { store, state } = setup({ maxRecipients: 1 });
      const result = store.addText('Email\tName\tRole\nana@acme.com\tAna\tadmin\nben@acme.com\tBen\tmember org-sales\ncy@acme.com\t\t\n');
      expect(result).toEqual({ added: 1, duplicates: 0, invalid: 0, kept: 2, skippedHeader: true });
      const copied = state().kept!.text;
      expect(copied).toBe('Email\tName\tRole\nben@acme.com\tBen\tmember org-sales\ncy@acme.com\t\t\n');
      store.clear();
      store.addKept();
      expect(state().entries.map((e) => [e.email, e.name, e.roleSlugs])).toEqual([['ben@acme.com', 'Ben', ['member', 'org-sales']]]);
      store.clear();
      store.addKept();
      expect(state().entries.map((e) => [e.email, e.roleSlugs])).toEqual([['cy@acme.com', ['member']]]);
      // The text as the person can copy it reads the same on its own.
      const copy = setup();
      expect(copy.store.addText(copied)).toEqual({ added: 2, duplicates: 0, invalid: 0, skippedHeader: true });
      expect(copy.state().entries.map((e) => [e.email, e.name, e.roleSlugs])).toEqual([
        ['ben@acme.com', 'Ben', ['member', 'org-sales']],
        ['cy@acme.com', undefined, ['member']],
      ]);
    });

    it('keeps even one address typed while the list is full: nothing is read past the limit', () => {
      const { store, state } = setup({ maxRecipients: 1 });
      store.addText('ana@acme.com');
      expect(store.addText('ANA@acme.com, Ben <ben@acme.com>')).toEqual({ added: 0, duplicates: 1, invalid: 0, kept: 1 });
      expect(state().kept).toEqual({ count: 1, text: 'Ben <ben@acme.com>' });
      expect(state().entries).toHaveLength(1);
    });

    it('reads only what fits of a huge paste, and keeps the rest whole, counted', () => {
      const { store, state } = setup();
      const text = Array.from({ length: 10_000 }, (_, i) => `p${i}@acme.com`).join('\n');
      expect(store.addText(text)).toEqual({ added: 100, duplicates: 0, invalid: 0, kept: 9_900 });
      expect(state().entries).toHaveLength(100);
      expect(state().kept?.text).toBe(text.slice(text.indexOf('p100@')));
    });

    it('queues pastes that do not fit, first kept first added', () => {
      const { store, state } = setup({ maxRecipients: 1 });
      store.addText('a@acme.com, b@acme.com');
      store.addText('Email,Role\nc@acme.com,admin');
      expect(state().kept).toEqual({ count: 2, text: 'b@acme.com\nEmail,Role\nc@acme.com,admin' });
      store.clear();
      store.addKept();
      store.clear();
      store.addKept();
      expect(state().entries.map((e) => [e.email, e.roleSlugs])).toEqual([['c@acme.com', ['admin']]]);
    });

    it('adds the next of what it keeps by itself once a send invited people, and only then', async () => {
      const { store, state, transport } = setup({ maxRecipients: 2 });
      store.addText('a@acme.com b@acme.com c@acme.com d@acme.com e@acme.com');
      expect(state().kept?.count).toBe(3);
      const done = store.submit();
      await flush();
      transport.last().resolve([ok('a@acme.com'), fail('b@acme.com', 'invite.already_member')]);
      await done;
      // Both are done with: room for two more.
      expect(state().entries.map((e) => [e.email, e.status])).toEqual([
        ['a@acme.com', 'sent'],
        ['b@acme.com', 'failed'],
        ['c@acme.com', 'draft'],
        ['d@acme.com', 'draft'],
      ]);
      expect(state().kept).toEqual({ count: 1, text: 'e@acme.com' });
      // A send that invites nobody makes no room.
      const again = store.submit();
      await flush();
      transport.last().resolve([fail('c@acme.com', 'invite.send_failed'), fail('d@acme.com', 'invite.send_failed')]);
      await again;
      expect(state().kept?.count).toBe(1);
    });

    it('lets go of what it keeps on request, and takes it back for an undo', () => {
      const { store, state } = setup({ maxRecipients: 1 });
      store.addText('a@acme.com, b@acme.com');
      const dropped = store.dropKept()!;
      expect(state().kept).toBeUndefined();
      expect(dropped).toEqual({ count: 1, text: 'b@acme.com' });
      store.restoreKept(dropped);
      expect(state().kept).toEqual({ count: 1, text: 'b@acme.com' });
      store.clear();
      store.addKept();
      expect(state().entries.map((e) => e.email)).toEqual(['b@acme.com']);
    });

    it('waits with a table row of more addresses than there is room for, whole', () => {
      const { store, state } = setup({ maxRecipients: 2 });
      store.addText('Email,Backup\na@acme.com\nb@acme.com,c@acme.com');
      expect(state().entries.map((e) => e.email)).toEqual(['a@acme.com']);
      expect(store.addKept()).toEqual({ added: 0, duplicates: 0, invalid: 0 });
      store.clear();
      expect(store.addKept()).toEqual({ added: 2, duplicates: 0, invalid: 0 });
      expect(state().kept).toBeUndefined();
    });

    it('counts only people still to send against the limit: the invited make room', async () => {
      const { store, state, transport } = setup({ maxRecipients: 2 });
      store.addText('a@acme.com b@acme.com');
      const done = store.submit();
      await flush();
      transport.last().resolve([ok('a@acme.com'), fail('b@acme.com', 'invite.already_member')]);
      await done;
      expect(store.addText('c@acme.com d@acme.com e@acme.com')).toEqual({ added: 2, duplicates: 0, invalid: 0, kept: 1 });
      expect(state().entries).toHaveLength(4);
      expect(state().kept?.text).toBe('e@acme.com');
    });
  });

  describe('given a header row', () => {
    it('says it skipped it, and only then', () => {
      const { store } = setup();
      expect(store.addText('email,role\nana@acme.com,admin')).toEqual({ added: 1, duplicates: 0, invalid: 0, skippedHeader: true });
      expect(store.addText('Hello team\nben@acme.com')).toEqual({ added: 1, duplicates: 0, invalid: 1 });
      expect(store.addText('Email')).toEqual({ added: 0, duplicates: 0, invalid: 0 });
    });
  });

  describe('given removed entries', () => {
    it('puts them back where they stood, as they were, parse errors included', () => {
      const { store, state } = setup();
      store.addText('a@acme.com, nope, c@acme.com, d@acme.com');
      const before = state().entries;
      const removed = [1, 3].map((index) => ({ entry: before[index]!, index }));
      store.removeEntry(before[1]!.id);
      store.removeEntry(before[3]!.id);
      expect(state().canSubmit).toBe(true);
      store.restoreEntries(removed);
      expect(state().entries.map((e) => [e.id, e.email, e.idempotencyKey])).toEqual(before.map((e) => [e.id, e.email, e.idempotencyKey]));
      expect(state().entries[1]!.error).toMatchObject({ code: 'invite.invalid_email', message: before[1]!.error!.message });
      expect(state().canSubmit).toBe(false);
    });

    it('undoes a clear, skipping an address listed again meanwhile', () => {
      const { store, state } = setup();
      store.addText('a@acme.com b@acme.com');
      const removed = state().entries.map((entry, index) => ({ entry, index }));
      store.clear();
      store.addText('B@acme.com');
      store.restoreEntries(removed);
      expect(state().entries.map((e) => e.email)).toEqual(['a@acme.com', 'B@acme.com']);
    });
  });

  describe('given the rules', () => {
    it('reflects the core rules for the current entries and policy', () => {
      const { store, state } = setup({ caller: { email: 'me@acme.com', roleSlugs: ['admin'] } });
      store.addText('me@acme.com');
      expect(state().issues.map((i) => i.code)).toEqual(['invite.self_invite']);
      store.clear();
      store.addEntry({ email: 'ana@acme.com', roleSlugs: ['owner'] });
      expect(state().issues.map((i) => i.code)).toEqual(['invite.insufficient_role']);
    });

    it('reports an empty batch as blocked without counting it against the person', () => {
      const { state } = setup();
      expect(state().canSubmit).toBe(false);
      expect(state().blockedReason).toBe('empty');
    });

    it('blocks more people than maxRecipients, not more than one request holds', () => {
      const { store, state } = setup({ maxBatchSize: 2, maxRecipients: 3 });
      store.addText('a@acme.com b@acme.com c@acme.com');
      // Three people, two per request: fine, the send splits them.
      expect(state().issues).toEqual([]);
      store.addEntry({ email: 'd@acme.com' });
      expect(state().issues.map((i) => i.code)).toEqual(['invite.batch_too_large']);
      expect(state().issues[0]!.message).toBe('At most 3 invitations can be sent at once; this batch has 4.');
      expect(state().canSubmit).toBe(false);
    });

    it('holds 100 people by default, and maxBatchSize when that is larger', () => {
      const big = setup();
      expect(big.store.addText(Array.from({ length: 120 }, (_, i) => `p${i}@acme.com`).join('\n'))).toMatchObject({ added: 100, kept: 20 });
      const wide = setup({ maxBatchSize: 150 });
      expect(wide.store.addText(Array.from({ length: 120 }, (_, i) => `p${i}@acme.com`).join('\n'))).toEqual({ added: 120, duplicates: 0, invalid: 0 });
    });

    it('re-validates at once when the role catalog arrives late', () => {
      const { store, state, transport } = setup({ roles: [] });
      store.addEntry({ email: 'ana@acme.com', roleSlugs: ['member', 'org-design'] });
      expect(state().issues.map((i) => i.code)).toEqual(['invite.invalid_role']);
      const listener = vi.fn();
      store.subscribe(listener);
      store.update({ onSend: transport.onSend, roles: [{ slug: 'org-design', name: 'Design' }] });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(state().issues).toEqual([]);
      expect(state().canSubmit).toBe(true);
    });

    it('does not notify when an update changes nothing', () => {
      const { store, transport } = setup({ caller: { email: 'me@acme.com' } });
      store.addText('ana@acme.com');
      const before = store.getState();
      const listener = vi.fn();
      store.subscribe(listener);
      store.update({ onSend: transport.onSend, retries: 0, caller: { email: 'me@acme.com' } });
      expect(listener).not.toHaveBeenCalled();
      expect(store.getState()).toBe(before);
    });

    it('keeps unchanged entries identical when the policy flags another one', () => {
      const { store, state, transport } = setup();
      store.addText('ana@acme.com ben@acme.com');
      const [a] = state().entries;
      store.update({ onSend: transport.onSend, existingMemberEmails: ['ben@acme.com'] });
      expect(state().entries[0]).toBe(a);
      expect(state().entries[1]!.error).toMatchObject({ code: 'invite.already_member' });
    });

    it('flags an edit that repeats an address already sent', async () => {
      const { store, state, transport } = setup();
      store.addText('ana@acme.com');
      const sending = store.submit();
      await flush();
      transport.last().resolve();
      await sending;
      const id = store.addEntry({ email: 'ANA@acme.com' });
      expect(state().issues).toEqual([expect.objectContaining({ code: 'invite.duplicate_email', entryId: id, index: 1 })]);
    });
  });

  describe('given request fields', () => {
    it.each([0, 31, 7.5, '7'])('blocks expiresInDays %j with invite.invalid_expiry', (value) => {
      const { store, state } = setup({ expiresInDays: value as number });
      store.addText('ana@acme.com');
      expect(state().issues.map((i) => i.code)).toEqual(['invite.invalid_expiry']);
      expect(state().issues[0]!.index).toBeUndefined();
      expect(state().canSubmit).toBe(false);
    });

    it('sends a valid expiry, organization, inviter and locale with every request', async () => {
      const { store, transport } = setup({ expiresInDays: 7, organizationId: 'org_1', inviterUserId: 'user_1', locale: 'EN-gb' });
      store.addText('ana@acme.com');
      expect(store.getState().request).toEqual({ expiresInDays: 7, organizationId: 'org_1', inviterUserId: 'user_1', locale: 'en-GB' });
      void store.submit();
      await flush();
      expect(transport.last().request).toMatchObject({ expiresInDays: 7, organizationId: 'org_1', inviterUserId: 'user_1', locale: 'en-GB' });
    });

    it('checks expiresInMinutes against 5..10080', () => {
      const { store, state } = setup({ expiresInMinutes: 4 });
      store.addText('ana@acme.com');
      expect(state().issues.map((i) => i.code)).toEqual(['invite.invalid_expiry']);
      store.update({ onSend: createFakeTransport().onSend, expiresInMinutes: 60 });
      expect(state().canSubmit).toBe(true);
      expect(state().request.expiresInMinutes).toBe(60);
    });

    it('flags entries with more roles than the transport takes, before anything is sent', () => {
      const transport = createFakeTransport({ roles: 'one', idempotencyKeys: true });
      const store = createInviteBatchStore({ onSend: transport.onSend });
      store.addEntry({ email: 'ana@acme.com', roleSlugs: ['member', 'org-eng'] });
      store.addEntry({ email: 'ben@acme.com', roleSlugs: ['admin'] });
      expect(store.getState().issues).toEqual([expect.objectContaining({ code: 'invite.roles_not_supported', index: 0 })]);
      expect(store.getState().canSubmit).toBe(false);
    });

    it('matches the locale to what the transport accepts, or omits it', () => {
      const transport = createFakeTransport({ roles: 'none', idempotencyKeys: false, locales: ['en', 'es', 'pt-br', 'fr'] });
      const store = createInviteBatchStore({ onSend: transport.onSend, locale: 'pt-BR' });
      expect(store.getState().request.locale).toBe('pt-br');
      store.update({ onSend: transport.onSend, locale: 'de-CH' });
      expect(store.getState().request.locale).toBeUndefined();
    });
  });

  describe('given a submit', () => {
    it('is single-flight: a second call returns the same promise and sends once', async () => {
      const { store, transport } = setup();
      store.addText('ana@acme.com');
      const first = store.submit();
      const second = store.submit();
      expect(second).toBe(first);
      await flush();
      expect(transport.onSend).toHaveBeenCalledTimes(1);
      transport.last().resolve();
      await expect(first).resolves.toEqual([ok('ana@acme.com')]);
    });

    it('marks what it sends as sending and read-only, and applies the results by entry', async () => {
      const { store, state, transport, entry } = setup();
      store.addText('ana@acme.com ben@acme.com');
      const done = store.submit();
      expect(state().status).toBe('sending');
      expect(state().entries.every((e) => e.status === 'sending' && e.readOnly)).toBe(true);
      expect(state().canSubmit).toBe(false);
      expect(state().blockedReason).toBe('sending');
      await flush();
      // Results in another order are still matched by address (F09).
      transport.last().resolve([ok('ben@acme.com'), ok('ana@acme.com')]);
      await done;
      expect(entry('ana@acme.com').status).toBe('sent');
      expect(entry('ben@acme.com').status).toBe('sent');
      expect(state().status).toBe('done');
      expect(state().summary).toMatchObject({ sent: 2, failed: 0, unknown: 0 });
    });

    it('keeps in-flight entries read-only while new pastes wait for the next send (F27)', async () => {
      const { store, state, transport, entry } = setup();
      store.addText('ana@acme.com');
      const done = store.submit();
      const ana = entry('ana@acme.com');
      store.updateEntry(ana.id, { email: 'anna@acme.com' });
      store.removeEntry(ana.id);
      store.setRoleSlugs('all', ['admin']);
      expect(entry('ana@acme.com')).toBe(ana);
      store.addText('ben@acme.com, ana@acme.com');
      expect(entry('ben@acme.com').status).toBe('draft');
      expect(state().entries).toHaveLength(2);
      await flush();
      expect(transport.last().emails).toEqual(['ana@acme.com']);
      transport.last().resolve();
      await done;
      expect(entry('ana@acme.com').status).toBe('sent');
      expect(entry('ben@acme.com').status).toBe('draft');
      // The next send carries only the new one.
      void store.submit();
      await flush();
      expect(transport.last().emails).toEqual(['ben@acme.com']);
    });

    it('sends more people than one request holds in requests of maxBatchSize, counting people', async () => {
      const { store, state, transport } = setup({ maxBatchSize: 20, concurrency: 1 });
      store.addText(Array.from({ length: 45 }, (_, i) => `p${i}@acme.com`).join('\n'));
      expect(state().canSubmit).toBe(true);
      const done = store.submit();
      expect(state().progress).toEqual({ settled: 0, total: 45 });
      for (let i = 0; i < 3; i++) {
        await vi.waitFor(() => expect(transport.calls).toHaveLength(i + 1));
        transport.last().resolve();
      }
      await done;
      expect(transport.calls.map((call) => call.emails.length)).toEqual([20, 20, 5]);
      expect(state().summary.sent).toBe(45);
      expect(state().progress).toEqual({ settled: 45, total: 45 });
    });

    it('reports progress while sending, entry by entry', async () => {
      const { store, state, transport } = setup({ retries: 1, retryDelayMs: 0 });
      store.addText('ana@acme.com ben@acme.com');
      const done = store.submit();
      expect(state().progress).toEqual({ settled: 0, total: 2 });
      await flush();
      // Ana is invited; Ben's failure is transient, so the loop tries him again.
      transport.last().resolve([ok('ana@acme.com'), fail('ben@acme.com', 'invite.send_failed', { retryable: true })]);
      await vi.waitFor(() => expect(transport.calls).toHaveLength(2));
      expect(state().progress).toEqual({ settled: 1, total: 2 });
      expect(state().entries.map((e) => e.status)).toEqual(['sent', 'sending']);
      transport.last().resolve();
      await done;
      expect(state().progress).toEqual({ settled: 2, total: 2 });
    });

    it('calls onComplete with the results, and reads callbacks at call time', async () => {
      const onComplete = vi.fn();
      const { store, transport } = setup();
      store.update({ onSend: transport.onSend, retries: 0, onComplete });
      store.addText('ana@acme.com');
      const later = createFakeTransport();
      const done = store.submit();
      store.update({ onSend: later.onSend, retries: 0, onComplete });
      await flush();
      expect(transport.onSend).not.toHaveBeenCalled();
      expect(later.onSend).toHaveBeenCalledTimes(1);
      later.last().resolve();
      await done;
      expect(onComplete).toHaveBeenCalledWith([ok('ana@acme.com')]);
      expect(store.getState().lastResults).toEqual([ok('ana@acme.com')]);
    });

    it('resolves [] without sending when the batch breaks a rule', async () => {
      const { store, transport } = setup();
      store.addText('nope');
      await expect(store.submit()).resolves.toEqual([]);
      expect(transport.onSend).not.toHaveBeenCalled();
    });

    it('turns a rejected transport into unknown entries, nothing lost (F02)', async () => {
      const { store, state, transport } = setup();
      store.addText('ana@acme.com');
      const done = store.submit();
      await flush();
      transport.last().reject(new Error('ECONNRESET'));
      await done;
      expect(state().entries[0]).toMatchObject({ email: 'ana@acme.com', status: 'unknown' });
      expect(state().status).toBe('failed');
      expect(state().canSubmit).toBe(true);
    });
  });

  describe('given a partial failure', () => {
    const partial = async (options: Partial<InviteBatchStoreOptions> = {}) => {
      const ctx = setup(options);
      ctx.store.addText('a@acme.com b@acme.com c@acme.com');
      const done = ctx.store.submit();
      await flush();
      const firstKeys = ctx.transport.last().keys;
      ctx.transport.last().resolve([
        ok('a@acme.com'),
        fail('b@acme.com', 'invite.send_failed', { retryable: true }),
        fail('c@acme.com', 'invite.already_member'),
      ]);
      await done;
      return { ...ctx, firstKeys };
    };

    it('locks the sent entry, shows each outcome and summarises them', async () => {
      const { state, entry } = await partial();
      expect(entry('a@acme.com')).toMatchObject({ status: 'sent', readOnly: true });
      expect(entry('b@acme.com')).toMatchObject({ status: 'failed', error: { code: 'invite.send_failed' } });
      expect(entry('c@acme.com')).toMatchObject({ status: 'failed', error: { code: 'invite.already_member' } });
      expect(state().status).toBe('partial');
      expect(state().summary).toEqual({ sent: 1, alreadyInvited: 1, failed: 1, unknown: 0, draft: 0 });
    });

    it('retries only the retryable failure, with its original key (F25)', async () => {
      const { store, transport, firstKeys, entry } = await partial();
      const done = store.submit();
      await flush();
      expect(transport.last().emails).toEqual(['b@acme.com']);
      expect(transport.last().keys).toEqual([firstKeys[1]]);
      transport.last().resolve();
      await done;
      expect(entry('b@acme.com').status).toBe('sent');
      expect(store.getState().status).toBe('done');
    });

    it('gives an edited entry a new key and a retried one the same (F26)', async () => {
      const { store, transport, firstKeys, entry } = await partial();
      store.setRoleSlugs(entry('b@acme.com').id, ['billing']);
      expect(entry('b@acme.com')).toMatchObject({ status: 'draft', roleSlugs: ['billing'] });
      expect(entry('b@acme.com').idempotencyKey).not.toBe(firstKeys[1]);
      // The terminal failure is sent again only once it is edited.
      store.updateEntry(entry('c@acme.com').id, { email: 'cy@acme.com' });
      const done = store.submit();
      await flush();
      expect(transport.last().emails).toEqual(['b@acme.com', 'cy@acme.com']);
      expect(transport.last().keys[0]).toBe(entry('b@acme.com').idempotencyKey);
      expect(transport.last().keys[1]).not.toBe(firstKeys[2]);
      transport.last().resolve();
      await done;
    });

    it('ignores edits that change nothing: same key', async () => {
      const { store, entry, firstKeys } = await partial();
      store.updateEntry(entry('b@acme.com').id, { email: 'b@acme.com', roleSlugs: ['member'] });
      expect(entry('b@acme.com')).toMatchObject({ status: 'failed', idempotencyKey: firstKeys[1] });
    });

    it('never sends a sent entry again, and cannot edit it', async () => {
      const { store, entry } = await partial();
      const a = entry('a@acme.com');
      store.updateEntry(a.id, { email: 'x@acme.com' });
      expect(entry('a@acme.com')).toBe(a);
      store.setRoleSlugs('all', ['admin']);
      expect(entry('a@acme.com')).toBe(a);
      // "set for everyone" leaves the member who needs nothing.
      expect(entry('c@acme.com').status).toBe('failed');
      expect(entry('b@acme.com').roleSlugs).toEqual(['admin']);
    });
  });

  describe('given an uncertain outcome', () => {
    it('marks timeouts and lost responses unknown, never sent or failed', async () => {
      const { store, transport, entry, state } = setup();
      store.addText('a@acme.com b@acme.com c@acme.com');
      const done = store.submit();
      await flush();
      transport.last().resolve([
        fail('a@acme.com', 'invite.timeout', { retryable: true, uncertain: true }),
        fail('b@acme.com', 'invite.network_error', { retryable: true, uncertain: undefined }),
      ]);
      await done;
      expect(entry('a@acme.com').status).toBe('unknown');
      expect(entry('b@acme.com').status).toBe('unknown');
      // No result at all for c (F07).
      expect(entry('c@acme.com')).toMatchObject({ status: 'unknown', error: { code: 'invite.invalid_response' } });
      expect(state().summary.unknown).toBe(3);
    });

    it('resends unknown entries with the same keys, and counts already_pending then as sent (F20)', async () => {
      const { store, transport, entry, state } = setup();
      store.addText('a@acme.com b@acme.com');
      let done = store.submit();
      await flush();
      const keys = transport.last().keys;
      transport.last().resolve([fail('a@acme.com', 'invite.timeout', { retryable: true, uncertain: true })]);
      await done;
      expect(entry('a@acme.com').status).toBe('unknown');
      done = store.submit();
      await flush();
      expect(transport.last().keys).toEqual(keys);
      transport.last().resolve([fail('a@acme.com', 'invite.already_pending'), fail('b@acme.com', 'invite.already_pending')]);
      await done;
      expect(entry('a@acme.com').status).toBe('sent');
      expect(entry('b@acme.com').status).toBe('sent');
      expect(state().summary.sent).toBe(2);
      expect(state().status).toBe('done');
    });

    it('does not count already_pending as sent for an entry that was never uncertain', async () => {
      const { store, transport, entry } = setup();
      store.addText('a@acme.com');
      const done = store.submit();
      await flush();
      transport.last().resolve([fail('a@acme.com', 'invite.already_pending')]);
      await done;
      expect(entry('a@acme.com').status).toBe('failed');
      expect(store.getState().summary.alreadyInvited).toBe(1);
      expect(store.getState().status).toBe('done');
    });
  });

  describe('given a cancel', () => {
    it('before anything left: onSend is never called and entries go back to draft (F06)', async () => {
      const { store, transport, state } = setup();
      store.addText('ana@acme.com');
      const done = store.submit();
      store.cancel();
      const results = await done;
      expect(transport.onSend).not.toHaveBeenCalled();
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.aborted', uncertain: false } });
      expect(state().entries[0]).toMatchObject({ status: 'draft', readOnly: false });
      expect(state().status).toBe('idle');
      expect(state().canSubmit).toBe(true);
    });

    it('after the request left: the transport is aborted and entries become unknown', async () => {
      const { store, transport, state } = setup();
      store.addText('ana@acme.com');
      const done = store.submit();
      await flush();
      const { signal } = transport.last().context;
      store.cancel();
      await done;
      expect(signal.aborted).toBe(true);
      expect(state().entries[0]).toMatchObject({ status: 'unknown' });
      // A late answer from a transport that ignored the signal changes nothing (F05).
      transport.last().resolve([fail('ana@acme.com', 'invite.send_failed')]);
      await flush();
      expect(state().entries[0]!.status).toBe('unknown');
    });

    it('an unknown entry whose retry is cancelled before it left stays unknown, with its earlier reason', async () => {
      const { store, transport, state } = setup();
      store.addText('ana@acme.com');
      let done = store.submit();
      await flush();
      transport.last().resolve([fail('ana@acme.com', 'invite.timeout', { retryable: true, uncertain: true })]);
      await done;
      done = store.submit();
      store.cancel();
      await done;
      expect(transport.calls).toHaveLength(1);
      expect(state().entries[0]).toMatchObject({ status: 'unknown', error: { code: 'invite.timeout' } });
    });

    it('mount() cleanup aborts too, and the store still records the outcome (F29)', async () => {
      const { store, transport, state } = setup();
      const unmount = store.mount();
      store.addText('ana@acme.com');
      const done = store.submit();
      await flush();
      unmount();
      await done;
      expect(transport.last().context.signal.aborted).toBe(true);
      expect(state().entries[0]!.status).toBe('unknown');
    });

    it('stops notifying after destroy()', async () => {
      const { store } = setup();
      const listener = vi.fn();
      store.subscribe(listener);
      store.destroy();
      store.addText('ana@acme.com');
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('given the host must act', () => {
    it('resends the same entries with the same keys once sign-in succeeds (F17)', async () => {
      const signIn = vi.fn(() => Promise.resolve());
      const { store, transport, state } = setup({ onAuthRequired: signIn });
      store.addText('a@acme.com b@acme.com');
      const done = store.submit();
      await flush();
      const keys = transport.last().keys;
      transport.last().resolve([fail('a@acme.com', 'authorize.unauthenticated'), fail('b@acme.com', 'authorize.unauthenticated')]);
      await flush(20);
      expect(signIn).toHaveBeenCalledTimes(1);
      expect(transport.calls).toHaveLength(2);
      expect(transport.last().keys).toEqual(keys);
      expect(state().entries.every((e) => e.status === 'sending')).toBe(true);
      transport.last().resolve();
      const results = await done;
      expect(results).toEqual([ok('a@acme.com'), ok('b@acme.com')]);
      expect(state().status).toBe('done');
    });

    it('shows that it waits for the host', async () => {
      const stepUp = vi.fn(() => new Promise(() => {}));
      const { store, transport, state } = setup({ onStepUp: stepUp });
      store.addText('a@acme.com');
      void store.submit();
      await flush();
      transport.last().resolve([fail('a@acme.com', 'mfa.step_up_required')]);
      await flush(20);
      expect(state().awaiting).toBe('step_up');
      // Cancelling while the host is asked sends them back to draft.
      store.cancel();
      await flush(20);
      expect(state().awaiting).toBeUndefined();
      expect(state().entries[0]!.status).toBe('draft');
    });

    it('puts entries back to draft when the step-up is cancelled (F19)', async () => {
      const stepUp = vi.fn(() => Promise.reject(new Error('cancelled')));
      const { store, transport, state } = setup({ onStepUp: stepUp });
      store.addText('a@acme.com');
      const done = store.submit();
      await flush();
      const key = transport.last().keys[0];
      transport.last().resolve([fail('a@acme.com', 'mfa.step_up_required')]);
      await done;
      expect(transport.calls).toHaveLength(1);
      expect(state().entries[0]).toMatchObject({ status: 'draft', idempotencyKey: key });
      expect(state().entries[0]!.error).toBeUndefined();
    });

    it('fails them with the code when the host gave no function, and resends them on retry', async () => {
      const { store, transport, state } = setup();
      store.addText('a@acme.com');
      let done = store.submit();
      await flush();
      transport.last().resolve([fail('a@acme.com', 'invite.unauthorized')]);
      await done;
      expect(state().entries[0]).toMatchObject({ status: 'failed', error: { code: 'invite.unauthorized' } });
      done = store.submit();
      await flush();
      expect(transport.calls).toHaveLength(2);
      transport.last().resolve();
      await done;
    });

    it('asks only once per submit', async () => {
      const signIn = vi.fn(() => Promise.resolve());
      const { store, transport, state } = setup({ onAuthRequired: signIn });
      store.addText('a@acme.com');
      const done = store.submit();
      await flush();
      transport.last().resolve([fail('a@acme.com', 'authorize.unauthenticated')]);
      await flush(20);
      transport.last().resolve([fail('a@acme.com', 'authorize.unauthenticated')]);
      await done;
      expect(signIn).toHaveBeenCalledTimes(1);
      expect(state().entries[0]).toMatchObject({ status: 'failed', error: { code: 'authorize.unauthenticated' } });
    });
  });

  describe('given a rate limit', () => {
    it('blocks submitting until retryAt, then allows the retry', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      vi.setSystemTime(1_000_000);
      const { store, transport, state } = setup();
      store.mount();
      store.addText('a@acme.com');
      const done = store.submit();
      await flush();
      transport.last().resolve([fail('a@acme.com', 'invite.org_rate_limited', { retryable: true, retryAfterMs: 120_000 })]);
      await done;
      expect(state()).toMatchObject({ canSubmit: false, blockedReason: 'rate_limited', retryAfterMs: 120_000, retryAt: 1_120_000 });
      expect(state().issues).toEqual([]);
      await expect(store.submit()).resolves.toEqual([]);
      vi.advanceTimersByTime(119_000);
      expect(state().canSubmit).toBe(false);
      vi.advanceTimersByTime(1_000);
      expect(state()).toMatchObject({ canSubmit: true, retryAt: undefined });
      void store.submit();
      await flush();
      expect(transport.calls).toHaveLength(2);
    });
  });

  describe('given the host says it is offline (F16)', () => {
    it('sends nothing while offline, says why, and only sends again when asked once back online', async () => {
      const { store, transport, state } = setup({ online: false });
      expect(state().blockedReason).toBe('empty');
      store.addText('a@acme.com');
      expect(state()).toMatchObject({ canSubmit: false, blockedReason: 'offline' });
      expect(state().issues).toEqual([]);
      await expect(store.submit()).resolves.toEqual([]);
      await flush();
      expect(transport.calls).toHaveLength(0);
      expect(state().entries[0]!.status).toBe('draft');

      store.update({ onSend: transport.onSend, retries: 0, online: true });
      expect(state()).toMatchObject({ canSubmit: true, blockedReason: undefined });
      await flush();
      expect(transport.calls).toHaveLength(0);
      void store.submit();
      await flush();
      expect(transport.calls).toHaveLength(1);
    });
  });

  describe('given draft storage', () => {
    it('keeps unsent entries and restores them in a new store', () => {
      const storage = memoryStorage();
      const { store } = setup({ storage, draftKey: 'invites' });
      store.addText('ana@acme.com, nope');
      const saved = store.getState().entries;
      const again = createInviteBatchStore({ onSend: createFakeTransport().onSend, storage, draftKey: 'invites' });
      expect(again.getState().entries.map((e) => [e.id, e.email, e.idempotencyKey])).toEqual(saved.map((e) => [e.id, e.email, e.idempotencyKey]));
      expect(again.getState().entries[1]!.error).toMatchObject({ code: 'invite.invalid_email' });
      // What a server render saw: nothing restored yet.
      expect(again.getInitialState().entries).toEqual([]);
    });

    it('restores an entry that was in flight as unknown, keeps its key, and drops storage once all are sent', async () => {
      const storage = memoryStorage();
      const { store, transport } = setup({ storage, draftKey: 'invites' });
      store.addText('ana@acme.com');
      void store.submit();
      await flush();
      const key = transport.last().keys[0];
      const reloaded = createInviteBatchStore({ onSend: transport.onSend, retries: 0, storage, draftKey: 'invites' });
      expect(reloaded.getState().entries[0]).toMatchObject({ status: 'unknown', idempotencyKey: key });
      const done = reloaded.submit();
      await flush();
      transport.last().resolve([fail('ana@acme.com', 'invite.already_pending')]);
      await done;
      expect(reloaded.getState().entries[0]!.status).toBe('sent');
      expect(storage.data.has('invites')).toBe(false);
    });

    it('ignores storage that is corrupt or throws', () => {
      const storage = memoryStorage();
      storage.data.set('invites', '{not json');
      expect(createInviteBatchStore({ onSend: createFakeTransport().onSend, storage, draftKey: 'invites' }).getState().entries).toEqual([]);
      const throwing: DraftStorage = {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => {},
      };
      const store = createInviteBatchStore({ onSend: createFakeTransport().onSend, storage: throwing, draftKey: 'invites' });
      expect(() => store.addText('ana@acme.com')).not.toThrow();
      expect(store.getState().entries).toHaveLength(1);
    });
  });
});
