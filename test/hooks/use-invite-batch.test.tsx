import { StrictMode, memo, useState, type ReactNode } from 'react';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInviteBatch, type InviteBatchEntry, type UseInviteBatchOptions } from '../../src/hooks';
import { createFakeTransport, fail, flush, ok } from './fake-transport';

// ─── Harness ─────────────────────────────────────────────────────────────────────────────────────

const setup = (options: Partial<UseInviteBatchOptions> = {}, wrapper?: (props: { children: ReactNode }) => ReactNode) => {
  const transport = createFakeTransport();
  const initialProps: UseInviteBatchOptions = { onSend: transport.onSend, retries: 0, ...options };
  const hook = renderHook((props: UseInviteBatchOptions) => useInviteBatch(props), { initialProps, wrapper });
  const entry = (email: string) => hook.result.current.entries.find((e) => e.email === email)!;
  return { ...hook, transport, entry, initialProps };
};

/**
 * Submits inside act and lets the request reach the transport. Returns the submit promise wrapped,
 * since an async function would otherwise wait for it.
 */
const submit = async (result: { current: ReturnType<typeof useInviteBatch> }) => {
  let pending!: Promise<unknown>;
  act(() => {
    pending = result.current.submit();
  });
  await act(() => flush());
  return { done: pending };
};

const beforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

// ─── Tests ───────────────────────────────────────────────────────────────────────────────────────

describe('useInviteBatch', () => {
  describe('given a paste', () => {
    it('lists valid addresses and flags unreadable tokens, nothing dropped silently', () => {
      const { result } = setup();
      let counts;
      act(() => {
        counts = result.current.addText('ana@acme.com; ben@acme.com, ana@acme.com, ben@');
      });
      expect(counts).toEqual({ added: 2, duplicates: 1, invalid: 1 });
      expect(result.current.entries.map((e) => [e.email, e.status])).toEqual([
        ['ana@acme.com', 'draft'],
        ['ben@acme.com', 'draft'],
        ['ben@', 'draft'],
      ]);
      expect(result.current.entries[2]!.error).toMatchObject({ code: 'invite.invalid_email' });
      expect(result.current.canSubmit).toBe(false);
    });
  });

  describe('given options that change (controlled)', () => {
    it('re-validates at once when the role catalog arrives late', () => {
      const { result, rerender, initialProps } = setup({ roles: [] });
      act(() => {
        result.current.addEntry({ email: 'ana@acme.com', roleSlugs: ['member', 'org-design'] });
      });
      expect(result.current.issues).toEqual([expect.objectContaining({ code: 'invite.invalid_role', index: 0 })]);
      expect(result.current.canSubmit).toBe(false);
      rerender({ ...initialProps, roles: [{ slug: 'org-design' }] });
      expect(result.current.issues).toEqual([]);
      expect(result.current.canSubmit).toBe(true);
    });

    it('does not re-render for options that are new objects with the same content', () => {
      const transport = createFakeTransport();
      let renders = 0;
      const { rerender } = renderHook(() => {
        renders++;
        return useInviteBatch({ onSend: (request, context) => transport.onSend(request, context), caller: { email: 'me@acme.com' } });
      });
      expect(renders).toBe(1);
      rerender();
      expect(renders).toBe(2);
    });

    it('blocks an expiry outside 1..30 days until it is fixed', () => {
      const { result, rerender, initialProps } = setup({ expiresInDays: 31 });
      act(() => {
        result.current.addText('ana@acme.com');
      });
      expect(result.current.issues.map((i) => i.code)).toEqual(['invite.invalid_expiry']);
      rerender({ ...initialProps, expiresInDays: 30 });
      expect(result.current.canSubmit).toBe(true);
    });
  });

  describe('given a double submit', () => {
    it('two submit() calls in one act send once and return the same promise (F22, F23)', async () => {
      const { result, transport } = setup();
      act(() => {
        result.current.addText('ana@acme.com');
      });
      let first!: Promise<unknown>;
      let second!: Promise<unknown>;
      act(() => {
        first = result.current.submit();
        second = result.current.submit();
      });
      expect(second).toBe(first);
      await act(() => flush());
      expect(transport.onSend).toHaveBeenCalledTimes(1);
      expect(result.current.status).toBe('sending');
      await act(async () => {
        transport.last().resolve();
        await first;
      });
      expect(result.current.status).toBe('done');
    });

    it('a double click on a button built on the hook sends once', async () => {
      const transport = createFakeTransport();
      function Form() {
        const batch = useInviteBatch({ onSend: transport.onSend });
        return (
          <>
            <button onClick={() => batch.addText('ana@acme.com')}>Add</button>
            <button onClick={() => void batch.submit()}>Send</button>
          </>
        );
      }
      render(<Form />);
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      act(() => {
        // Two events before React re-renders.
        fireEvent.click(screen.getByRole('button', { name: 'Send' }));
        fireEvent.click(screen.getByRole('button', { name: 'Send' }));
      });
      await act(() => flush());
      expect(transport.onSend).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a partial failure', () => {
    const partial = async () => {
      const ctx = setup();
      act(() => {
        ctx.result.current.addText('a@acme.com b@acme.com c@acme.com');
      });
      const { done } = await submit(ctx.result);
      const firstKeys = ctx.transport.last().keys;
      await act(async () => {
        ctx.transport.last().resolve([
          ok('a@acme.com'),
          fail('b@acme.com', 'invite.send_failed', { retryable: true }),
          fail('c@acme.com', 'invite.already_member'),
        ]);
        await done;
      });
      return { ...ctx, firstKeys };
    };

    it('shows each outcome and retries only the failure, with its original key (F25)', async () => {
      const { result, transport, firstKeys, entry } = await partial();
      expect(result.current.status).toBe('partial');
      expect(result.current.summary).toMatchObject({ sent: 1, alreadyInvited: 1, failed: 1 });
      expect(entry('a@acme.com').readOnly).toBe(true);
      const { done } = await submit(result);
      expect(transport.last().emails).toEqual(['b@acme.com']);
      expect(transport.last().keys).toEqual([firstKeys[1]]);
      await act(async () => {
        transport.last().resolve();
        await done;
      });
      expect(entry('b@acme.com').status).toBe('sent');
      expect(result.current.status).toBe('done');
    });

    it('an edit before the retry mints a new key; an unchanged retry keeps it (F26)', async () => {
      const { result, transport, firstKeys, entry } = await partial();
      act(() => {
        result.current.setRoleSlugs(entry('b@acme.com').id, ['billing']);
      });
      expect(entry('b@acme.com')).toMatchObject({ status: 'draft', roleSlugs: ['billing'] });
      const { done } = await submit(result);
      expect(transport.last().keys).toEqual([entry('b@acme.com').idempotencyKey]);
      expect(transport.last().keys[0]).not.toBe(firstKeys[1]);
      await act(async () => {
        transport.last().resolve([fail('b@acme.com', 'invite.send_failed', { retryable: true })]);
        await done;
      });
      const key = entry('b@acme.com').idempotencyKey;
      const { done: again } = await submit(result);
      expect(transport.last().keys).toEqual([key]);
      await act(async () => {
        transport.last().resolve();
        await again;
      });
    });
  });

  describe('given a send in flight', () => {
    it('keeps in-flight entries read-only while new pasted ones stay draft (F27)', async () => {
      const { result, transport, entry } = setup();
      act(() => {
        result.current.addText('a@acme.com b@acme.com');
      });
      const { done } = await submit(result);
      const a = entry('a@acme.com');
      expect(a).toMatchObject({ status: 'sending', readOnly: true });
      act(() => {
        result.current.removeEntry(a.id);
        result.current.updateEntry(a.id, { email: 'z@acme.com' });
        result.current.addText('c@acme.com d@acme.com');
      });
      expect(entry('a@acme.com')).toBe(a);
      expect(entry('c@acme.com').status).toBe('draft');
      expect(result.current.canSubmit).toBe(false);
      await act(async () => {
        transport.last().resolve([ok('a@acme.com'), fail('b@acme.com', 'invite.already_pending')]);
        await done;
      });
      expect(entry('a@acme.com').status).toBe('sent');
      expect(entry('b@acme.com').status).toBe('failed');
      expect(entry('c@acme.com').status).toBe('draft');
      expect(entry('d@acme.com').status).toBe('draft');
      expect(transport.calls).toHaveLength(1);
    });

    it('cancel() aborts it; entries that left become unknown and keep their keys', async () => {
      const { result, transport, entry } = setup();
      act(() => {
        result.current.addText('a@acme.com');
      });
      const { done } = await submit(result);
      const key = transport.last().keys[0];
      await act(async () => {
        result.current.cancel();
        await done;
      });
      expect(transport.last().context.signal.aborted).toBe(true);
      expect(entry('a@acme.com')).toMatchObject({ status: 'unknown', idempotencyKey: key });
      expect(result.current.canSubmit).toBe(true);
    });

    it('cancel() in the same tick as submit() never calls onSend and leaves drafts', async () => {
      const { result, transport, entry } = setup();
      act(() => {
        result.current.addText('a@acme.com');
      });
      await act(async () => {
        const done = result.current.submit();
        result.current.cancel();
        await done;
      });
      expect(transport.onSend).not.toHaveBeenCalled();
      expect(entry('a@acme.com').status).toBe('draft');
    });

    it('shows progress for "Sending n of m"', async () => {
      const { result, transport } = setup();
      act(() => {
        result.current.addText('a@acme.com b@acme.com c@acme.com');
      });
      const { done } = await submit(result);
      expect(result.current.progress).toEqual({ settled: 0, total: 3 });
      await act(async () => {
        transport.last().resolve();
        await done;
      });
      expect(result.current.progress).toEqual({ settled: 3, total: 3 });
    });
  });

  describe('given an unmount mid-flight', () => {
    it('aborts, updates nothing after unmount, warns about nothing, and keeps the outcome for the next mount (F28, F29)', async () => {
      const errors = vi.spyOn(console, 'error');
      const { result, transport, unmount, initialProps } = setup({ draftKey: 'invites' });
      act(() => {
        result.current.addText('a@acme.com');
      });
      const { done } = await submit(result);
      const key = transport.last().keys[0];
      const { signal } = transport.last().context;
      unmount();
      expect(signal.aborted).toBe(true);
      // A transport that ignores the signal answers late.
      transport.last().resolve();
      await done;
      await flush();
      expect(errors).not.toHaveBeenCalled();

      const again = renderHook(() => useInviteBatch(initialProps));
      expect(again.result.current.entries).toEqual([expect.objectContaining({ email: 'a@acme.com', status: 'unknown', idempotencyKey: key })]);
      const { done: retry } = await submit(again.result);
      expect(transport.last().keys).toEqual([key]);
      await act(async () => {
        transport.last().resolve();
        await retry;
      });
      expect(again.result.current.status).toBe('done');
    });

    it('survives StrictMode: the simulated unmount does not break the store', async () => {
      const { result, transport } = setup({}, StrictMode);
      act(() => {
        result.current.addText('a@acme.com');
      });
      const { done } = await submit(result);
      expect(transport.onSend).toHaveBeenCalledTimes(1);
      expect(transport.last().context.signal.aborted).toBe(false);
      await act(async () => {
        transport.last().resolve();
        await done;
      });
      expect(result.current.status).toBe('done');
    });
  });

  describe('given drafts in sessionStorage', () => {
    it('restores unsent entries on mount with their ids and keys', () => {
      const first = setup({ draftKey: 'invites' });
      act(() => {
        first.result.current.addText('a@acme.com, Ben <b@acme.com>');
      });
      const saved = first.result.current.entries;
      first.unmount();
      expect(JSON.parse(sessionStorage.getItem('invites')!).entries).toHaveLength(2);
      const second = setup({ draftKey: 'invites' });
      expect(second.result.current.entries.map((e) => [e.id, e.email, e.name, e.idempotencyKey])).toEqual(
        saved.map((e) => [e.id, e.email, e.name, e.idempotencyKey]),
      );
    });

    it('keeps nothing without a draftKey', () => {
      const { result } = setup();
      act(() => {
        result.current.addText('a@acme.com');
      });
      expect(sessionStorage.length).toBe(0);
    });
  });

  describe('given the host must sign in or step up', () => {
    it('resends the same entries with the same keys after onAuthRequired resolves (F17)', async () => {
      const signIn = vi.fn(() => Promise.resolve());
      const { result, transport } = setup({ onAuthRequired: signIn });
      act(() => {
        result.current.addText('a@acme.com b@acme.com');
      });
      const { done } = await submit(result);
      const keys = transport.last().keys;
      await act(async () => {
        transport.last().resolve([fail('a@acme.com', 'authorize.unauthenticated'), fail('b@acme.com', 'authorize.unauthenticated')]);
        await flush(20);
      });
      expect(signIn).toHaveBeenCalledTimes(1);
      expect(transport.calls).toHaveLength(2);
      expect(transport.last().keys).toEqual(keys);
      expect(result.current.entries.map((e) => e.email)).toEqual(['a@acme.com', 'b@acme.com']);
      await act(async () => {
        transport.last().resolve();
        await done;
      });
      expect(result.current.summary.sent).toBe(2);
    });

    it('resends after onStepUp resolves, and sends back to draft when it rejects (F19)', async () => {
      let allow = true;
      const stepUp = vi.fn(() => (allow ? Promise.resolve() : Promise.reject(new Error('cancelled'))));
      const { result, transport, entry } = setup({ onStepUp: stepUp });
      act(() => {
        result.current.addText('a@acme.com');
      });
      let { done } = await submit(result);
      const key = transport.last().keys[0];
      await act(async () => {
        transport.last().resolve([fail('a@acme.com', 'mfa.step_up_required')]);
        await flush(20);
      });
      expect(transport.calls).toHaveLength(2);
      expect(transport.last().keys).toEqual([key]);
      allow = false;
      await act(async () => {
        transport.last().resolve([fail('a@acme.com', 'mfa.step_up_required')]);
        await done;
      });
      // Asked once per submit: the second refusal is shown.
      expect(entry('a@acme.com')).toMatchObject({ status: 'failed', error: { code: 'mfa.step_up_required' } });

      ({ done } = await submit(result));
      await act(async () => {
        transport.last().resolve([fail('a@acme.com', 'mfa.step_up_required')]);
        await done;
      });
      expect(entry('a@acme.com')).toMatchObject({ status: 'draft', idempotencyKey: key });
    });
  });

  describe('given a page unload (F30)', () => {
    it('asks for confirmation while sending and with unsent drafts, not otherwise', async () => {
      const { result, transport } = setup();
      expect(beforeUnload()).toBe(false);
      act(() => {
        result.current.addText('a@acme.com');
      });
      expect(beforeUnload()).toBe(true);
      const { done } = await submit(result);
      expect(beforeUnload()).toBe(true);
      await act(async () => {
        transport.last().resolve();
        await done;
      });
      expect(result.current.status).toBe('done');
      expect(beforeUnload()).toBe(false);
    });

    it('never asks with warnBeforeUnload: false', () => {
      const { result } = setup({ warnBeforeUnload: false });
      act(() => {
        result.current.addText('a@acme.com');
      });
      expect(beforeUnload()).toBe(false);
    });

    it('stops listening on unmount', () => {
      const { result, unmount } = setup();
      act(() => {
        result.current.addText('a@acme.com');
      });
      unmount();
      expect(beforeUnload()).toBe(false);
    });
  });

  describe('given a rate limit', () => {
    it('exposes retryAt for a countdown and blocks submitting without an issue', async () => {
      const { result, transport } = setup();
      act(() => {
        result.current.addText('a@acme.com');
      });
      const { done } = await submit(result);
      const before = Date.now();
      await act(async () => {
        transport.last().resolve([fail('a@acme.com', 'invite.ip_rate_limited', { retryable: true, retryAfterMs: 90_000 })]);
        await done;
      });
      expect(result.current.retryAfterMs).toBe(90_000);
      expect(result.current.retryAt).toBeGreaterThanOrEqual(before + 90_000);
      expect(result.current.canSubmit).toBe(false);
      expect(result.current.blockedReason).toBe('rate_limited');
      expect(result.current.issues).toEqual([]);
    });
  });
});

describe('given the browser goes offline (F16)', () => {
  const goOffline = (offline: boolean) => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  };

  it('reports it, blocks sending, and is ready (without sending) once back online', async () => {
    const { result, transport } = setup();
    expect(result.current.offline).toBe(false);
    act(() => {
      result.current.addText('a@acme.com');
    });
    act(() => goOffline(true));
    expect(result.current).toMatchObject({ offline: true, canSubmit: false, blockedReason: 'offline' });
    await submit(result);
    expect(transport.calls).toHaveLength(0);

    act(() => goOffline(false));
    expect(result.current).toMatchObject({ offline: false, canSubmit: true, blockedReason: undefined });
    await act(() => flush());
    expect(transport.calls).toHaveLength(0);
    await submit(result);
    expect(transport.calls).toHaveLength(1);
  });

  it('takes the host’s own word over the browser’s with the online option', () => {
    const { result, rerender, initialProps } = setup({ online: false });
    act(() => {
      result.current.addText('a@acme.com');
    });
    expect(result.current).toMatchObject({ offline: true, blockedReason: 'offline' });
    rerender({ ...initialProps, online: true });
    expect(result.current).toMatchObject({ offline: false, canSubmit: true });
  });
});

// ─── Rendering cost ──────────────────────────────────────────────────────────────────────────────

describe('given a memoized row list built on the hook', () => {
  const renders = new Map<string, number>();

  const Row = memo(function Row({ entry, onRemove }: { entry: InviteBatchEntry; onRemove: (id: string) => void }) {
    renders.set(entry.id, (renders.get(entry.id) ?? 0) + 1);
    return (
      <li>
        {entry.email}
        <button onClick={() => onRemove(entry.id)}>Remove {entry.email}</button>
      </li>
    );
  });

  function List() {
    const [onSend] = useState(() => createFakeTransport().onSend);
    const batch = useInviteBatch({ onSend });
    const [draft, setDraft] = useState('');
    return (
      <>
        <input aria-label="Email" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button onClick={() => batch.addText(draft)}>Add</button>
        <ul>
          {batch.entries.map((entry) => (
            <Row key={entry.id} entry={entry} onRemove={batch.removeEntry} />
          ))}
        </ul>
      </>
    );
  }

  it('re-renders no unchanged row when one entry is added to 20, or on a keystroke', () => {
    renders.clear();
    render(<List />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    fireEvent.change(input, { target: { value: Array.from({ length: 20 }, (_, i) => `p${i}@acme.com`).join(', ') } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    const first = new Map(renders);
    expect([...first.values()].every((n) => n === 1)).toBe(true);

    fireEvent.change(input, { target: { value: 'p20@acme.co' } });
    fireEvent.change(input, { target: { value: 'p20@acme.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(21);
    for (const [id, count] of first) expect({ id, count: renders.get(id) }).toEqual({ id, count });
    expect(renders.size).toBe(21);
  });
});
