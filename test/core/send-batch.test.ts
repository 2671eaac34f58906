// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  errorFromStatus,
  isTransientError,
  runWithConcurrency,
  sendInviteBatch,
  type SendInviteBatchEntry,
} from '../../src/core/send-batch';
import type { InviteResult, InviteSendContext, InviteSendRequest, OnSend } from '../../src/core/types';

// ─── Harness ─────────────────────────────────────────────────────────────────────────────────────

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Call {
  request: InviteSendRequest;
  emails: string[];
  keys: string[];
  requestKey: string;
  attempt: number;
  signal: AbortSignal;
}

type Step = (request: InviteSendRequest, context: InviteSendContext) => Promise<InviteResult[] | void> | InviteResult[] | void;

/** A transport that plays `steps` in order (the last one repeats) and records every call. */
function scripted(...steps: Step[]) {
  const calls: Call[] = [];
  const onSend: OnSend = (request, context) => {
    calls.push({
      request,
      emails: request.entries.map((e) => e.email),
      keys: request.entries.map((e) => e.idempotencyKey),
      requestKey: context.idempotencyKey,
      attempt: context.attempt,
      signal: context.signal,
    });
    const step = steps[Math.min(calls.length, steps.length) - 1]!;
    return step(request, context) as Promise<InviteResult[] | void>;
  };
  return { onSend, calls };
}

/** Declares idempotency keys, which is what makes retrying an uncertain failure safe (FAULTS F15). */
const idempotent = (onSend: OnSend): OnSend => Object.assign(onSend, { capabilities: { roles: 'many' as const, idempotencyKeys: true } });

const ok: Step = async (request) => request.entries.map((e) => ({ email: e.email, success: true }));
const failAll =
  (code: string, extra: Record<string, unknown> = {}): Step =>
  async (request) =>
    request.entries.map((e) => ({ email: e.email, success: false, error: { code, message: 'nope', retryable: true, ...extra } }));

const entries = (...emails: string[]): SendInviteBatchEntry[] => emails.map((email) => ({ email }));
const three = () => entries('a@x.com', 'b@x.com', 'c@x.com');

const codes = (results: InviteResult[]) => results.map((r) => (r.success ? 'sent' : r.error.code));
const uncertainty = (results: InviteResult[]) => results.map((r) => (r.success ? undefined : r.error.uncertain));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// ─── Basics ──────────────────────────────────────────────────────────────────────────────────────

describe('sendInviteBatch', () => {
  describe('given a transport that succeeds', () => {
    it('resolves one result per entry, in the entries’ order, each with its own address', async () => {
      const { onSend } = scripted(async (request) => [...request.entries].reverse().map((e) => ({ email: e.email, success: true })));
      const results = await sendInviteBatch(three(), onSend);
      expect(results.map((r) => r.email)).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(codes(results)).toEqual(['sent', 'sent', 'sent']);
    });

    it('resolves an empty batch without calling onSend', async () => {
      const { onSend, calls } = scripted(ok);
      expect(await sendInviteBatch([], onSend)).toEqual([]);
      expect(calls).toHaveLength(0);
    });

    it('gives an address listed twice the one answer given for it', async () => {
      const { onSend } = scripted(async () => [{ email: 'a@x.com', success: true }]);
      const results = await sendInviteBatch(entries('a@x.com', 'A@X.com'), onSend, { retries: 0 });
      expect(results).toEqual([
        { email: 'a@x.com', success: true },
        { email: 'A@X.com', success: true },
      ]);
    });

    it('treats a void resolution as every entry sent', async () => {
      const { onSend } = scripted(async () => undefined);
      expect(codes(await sendInviteBatch(three(), onSend))).toEqual(['sent', 'sent', 'sent']);
    });

    it('fills in member as the default role, mints missing keys and keeps given ones', async () => {
      const { onSend, calls } = scripted(ok);
      await sendInviteBatch([{ email: 'a@x.com', idempotencyKey: 'key-a' }, { email: 'b@x.com', roleSlugs: ['admin'] }, { email: 'c@x.com', roleSlugs: [] }], onSend);
      const sent = calls[0]!.request.entries;
      expect(sent.map((e) => e.roleSlugs)).toEqual([['member'], ['admin'], ['member']]);
      expect(sent[0]!.idempotencyKey).toBe('key-a');
      expect(sent[1]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(sent.map((e) => e.idempotencyKey)).size).toBe(3);
    });

    it('passes the request fields and a frozen snapshot', async () => {
      const { onSend, calls } = scripted(ok);
      await sendInviteBatch(three(), onSend, { request: { organizationId: 'org_1', locale: 'de', expiresInDays: 3 } });
      const request = calls[0]!.request;
      expect(request).toMatchObject({ organizationId: 'org_1', locale: 'de', expiresInDays: 3 });
      expect(Object.isFrozen(request.entries)).toBe(true);
      expect(Object.isFrozen(request.entries[0])).toBe(true);
      expect(calls[0]!.attempt).toBe(1);
    });

    it('splits into requests of at most maxBatchSize and keeps at most `concurrency` in flight', async () => {
      let inFlight = 0;
      let peak = 0;
      const { onSend, calls } = scripted(async (request) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 100));
        inFlight--;
        return request.entries.map((e) => ({ email: e.email, success: true }));
      });
      const many = entries(...Array.from({ length: 45 }, (_, i) => `u${i}@x.com`));
      const done = sendInviteBatch(many, onSend, { maxBatchSize: 10, concurrency: 2 });
      await vi.advanceTimersByTimeAsync(300);
      const results = await done;
      expect(calls.map((c) => c.emails.length)).toEqual([10, 10, 10, 10, 5]);
      expect(peak).toBe(2);
      expect(results).toHaveLength(45);
      expect(results.every((r) => r.success)).toBe(true);
      expect(new Set(calls.map((c) => c.requestKey)).size).toBe(5);
    });

    it('uses a given request key for the first request and derives the others from it', async () => {
      const { onSend, calls } = scripted(ok);
      await sendInviteBatch(three(), onSend, { maxBatchSize: 2, idempotencyKey: 'req-1' });
      expect(calls.map((c) => c.requestKey)).toEqual(['req-1', 'req-1.1']);
    });

    it('reports each entry once through onProgress, and survives a throwing callback', async () => {
      const seen: Array<[string, number]> = [];
      const { onSend } = scripted(failAll('invite.send_failed'), ok);
      const done = sendInviteBatch(three(), onSend, {
        onProgress: (result, index) => {
          seen.push([result.success ? 'sent' : 'failed', index]);
          throw new Error('host bug');
        },
      });
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(seen).toEqual([
        ['sent', 0],
        ['sent', 1],
        ['sent', 2],
      ]);
    });
  });

  // ─── A. onSend misbehaves ──────────────────────────────────────────────────────────────────────

  describe('given onSend throws synchronously (F01)', () => {
    const throwing: OnSend = () => {
      throw new Error('boom');
    };

    it('reports send_failed, retryable and certainly not sent, without an unhandled rejection', async () => {
      const onSend = vi.fn(throwing);
      const results = await sendInviteBatch(three(), onSend, { retries: 0 });
      expect(onSend).toHaveBeenCalledTimes(1);
      for (const r of results) {
        expect(r).toMatchObject({ success: false, error: { code: 'invite.send_failed', retryable: true, uncertain: false } });
      }
    });

    it('retries it automatically, even without idempotency keys, since nothing left', async () => {
      const onSend = vi.fn(throwing);
      Object.assign(onSend, { capabilities: { roles: 'many', idempotencyKeys: false } });
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      await done;
      expect(onSend).toHaveBeenCalledTimes(3);
    });
  });

  describe('given onSend rejects with an Error (F02)', () => {
    it('marks every entry uncertain, keeps the message as text, and retries with the same keys', async () => {
      const { onSend, calls } = scripted(() => Promise.reject(new Error('ECONNRESET')));
      const done = sendInviteBatch(three(), idempotent(onSend), { retries: 1 });
      await vi.runAllTimersAsync();
      const results = await done;
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.send_failed', message: 'ECONNRESET', uncertain: true } });
      expect(calls).toHaveLength(2);
      expect(calls[1]!.keys).toEqual(calls[0]!.keys);
      expect(calls[1]!.requestKey).toBe(calls[0]!.requestKey);
      expect(calls.map((c) => c.attempt)).toEqual([1, 2]);
    });
  });

  describe('given onSend rejects with a non-Error (F03)', () => {
    it.each<[string, unknown, Record<string, unknown>]>([
      ['a string', 'nope', { code: 'invite.send_failed', uncertain: true }],
      ['undefined', undefined, { code: 'invite.send_failed', uncertain: true }],
      ['null', null, { code: 'invite.send_failed', uncertain: true }],
      ['a plain object', { foo: 1 }, { code: 'invite.send_failed', uncertain: true }],
      ['{ status: 503 }', { status: 503 }, { code: 'invite.send_failed', status: 503, retryable: true, uncertain: true }],
      ['{ status: 403, code }', { status: 403, code: 'mfa.step_up_required' }, { code: 'mfa.step_up_required', retryable: false }],
      ['{ status: 429, headers }', { status: 429, headers: { 'Retry-After': '120' } }, { code: 'invite.ip_rate_limited', retryAfterMs: 120_000, uncertain: false }],
      ['a Response 429', new Response(null, { status: 429, headers: { 'Retry-After': '5' } }), { code: 'invite.ip_rate_limited', retryAfterMs: 5_000, status: 429 }],
      [
        'a Response with a coded body',
        new Response(JSON.stringify({ error: { code: 'authorize.forbidden', message: 'No.' } }), { status: 403 }),
        { code: 'authorize.forbidden', message: 'No.', retryable: false },
      ],
      ['a Response with an HTML body', new Response('<h1>Bad gateway</h1>', { status: 502 }), { code: 'invite.send_failed', status: 502 }],
      ['a TypeError (offline, F16)', new TypeError('Failed to fetch'), { code: 'invite.network_error', uncertain: true, retryable: true }],
      ['an AbortError', new DOMException('gone', 'AbortError'), { code: 'invite.aborted', uncertain: true }],
    ])('%s becomes a readable error', async (_, reason, expected) => {
      const { onSend } = scripted(() => Promise.reject(reason));
      const results = await sendInviteBatch(entries('a@x.com'), onSend, { retries: 0 });
      const error = (results[0] as Extract<InviteResult, { success: false }>).error;
      expect(error).toMatchObject(expected);
      expect(typeof error.message).toBe('string');
      expect(error.message).not.toMatch(/\[object|undefined|null/);
    });
  });

  describe('given a rejection whose inspection throws (F03)', () => {
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const throwing = (...keys: string[]) =>
      Object.defineProperties(
        {},
        Object.fromEntries(keys.map((key) => [key, { get: () => { throw new Error(`${key} getter`); }, enumerable: true }])),
      );
    const usedResponse = () => {
      const response = new Response('{"error":{"code":"invite.org_rate_limited"}}', { status: 429 });
      void response.text();
      return response;
    };

    it.each<[string, () => unknown]>([
      ['a revoked Proxy', revoked],
      ['an object whose status getter throws', () => throwing('status')],
      ['an object whose headers getter throws', () => Object.assign(throwing('headers'), {})],
      ['an object whose name, message and code getters throw', () => throwing('name', 'message', 'code')],
      ['an Error whose name getter throws', () => Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('name'); } })],
      ['a Proxy that throws on every trap', () => new Proxy({}, { get: () => { throw new Error('get'); }, getPrototypeOf: () => { throw new Error('proto'); } })],
    ])('normalizes %s to send_failed, uncertain, with no unhandled rejection', async (_, make) => {
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      try {
        const { onSend } = scripted(() => Promise.reject(make()));
        const results = await sendInviteBatch(entries('a@x.com'), onSend, { retries: 0 });
        expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.send_failed', uncertain: true } });
        // Give a stray rejection the turns it would need to surface.
        await vi.advanceTimersByTimeAsync(10);
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });

    it('reads the status of a thrown Response whose body was already read', async () => {
      const { onSend } = scripted(() => Promise.reject(usedResponse()));
      const results = await sendInviteBatch(entries('a@x.com'), onSend, { retries: 0 });
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.ip_rate_limited', status: 429 } });
    });

    it('reports a resolved array that throws when read as invalid_response', async () => {
      // Promise resolution reads `then`; everything after it throws.
      const hostile = new Proxy([], { get: (_, key) => { if (key === 'then') return undefined; throw new Error('no'); } });
      const { onSend } = scripted(async () => hostile as InviteResult[]);
      const results = await sendInviteBatch(three(), onSend, { retries: 0 });
      expect(codes(results)).toEqual(['invite.invalid_response', 'invite.invalid_response', 'invite.invalid_response']);
    });

    it('reports results with throwing getters as invalid_response', async () => {
      const { onSend } = scripted(async () => [Object.defineProperty({}, 'email', { get: () => { throw new Error('email'); } })] as InviteResult[]);
      const results = await sendInviteBatch(entries('a@x.com'), onSend, { retries: 0 });
      expect(codes(results)).toEqual(['invite.invalid_response']);
    });
  });

  describe('in development (F07, F08, F11)', () => {
    const env = process.env.NODE_ENV;
    afterEach(() => {
      process.env.NODE_ENV = env;
    });

    it('warns with counts, never an address, when results do not fit', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { onSend } = scripted(async () => [{ email: 'a@x.com', success: true }, { email: 'zed@evil.example', success: true }, { nope: 1 }] as InviteResult[]);
      await sendInviteBatch(three(), onSend, { retries: 0 });
      expect(warn).toHaveBeenCalledTimes(1);
      const text = String(warn.mock.calls[0]![0]);
      expect(text).toMatch(/3 results for 3 entries: 2 missing, 0 conflicting, 1 malformed, 1 for addresses not in the request/);
      expect(text).not.toMatch(/@/);
    });

    it('warns about a value that is not an array, and stays quiet in production', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { onSend } = scripted(async () => ({ results: [] }) as unknown as InviteResult[]);
      await sendInviteBatch(three(), onSend, { retries: 0 });
      expect(String(warn.mock.calls[0]![0])).toMatch(/resolved object, not an array/);
      warn.mockClear();
      process.env.NODE_ENV = 'production';
      await sendInviteBatch(three(), onSend, { retries: 0 });
      expect(warn).not.toHaveBeenCalled();
    });

    it('stays quiet when every result fits', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { onSend } = scripted(ok);
      await sendInviteBatch(three(), onSend);
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('given onSend never settles (F04)', () => {
    it('aborts the attempt’s own signal with a TimeoutError and reports timeout, uncertain', async () => {
      const { onSend, calls } = scripted(() => new Promise(() => {}));
      const done = sendInviteBatch(three(), onSend, { retries: 0 });
      await vi.advanceTimersByTimeAsync(29_999);
      expect(calls[0]!.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const results = await done;
      expect(calls[0]!.signal.aborted).toBe(true);
      expect((calls[0]!.signal.reason as DOMException).name).toBe('TimeoutError');
      expect(codes(results)).toEqual(['invite.timeout', 'invite.timeout', 'invite.timeout']);
      expect(uncertainty(results)).toEqual([true, true, true]);
    });

    it('retries a timed-out request with the same keys, each attempt with a fresh signal', async () => {
      const { onSend, calls } = scripted(() => new Promise(() => {}), ok);
      const done = sendInviteBatch(three(), idempotent(onSend), { timeoutMs: 1_000, retries: 1 });
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(calls[1]!.keys).toEqual(calls[0]!.keys);
      expect(calls[1]!.requestKey).toBe(calls[0]!.requestKey);
      expect(calls[1]!.signal).not.toBe(calls[0]!.signal);
      expect(calls[1]!.signal.aborted).toBe(false);
    });
  });

  describe('given a transport that ignores the signal (F05)', () => {
    it('stops waiting at once on abort and ignores the late answer', async () => {
      const late = deferred<InviteResult[]>();
      const { onSend } = scripted(() => late.promise);
      const controller = new AbortController();
      const done = sendInviteBatch(three(), onSend, { signal: controller.signal });
      await vi.advanceTimersByTimeAsync(10);
      controller.abort();
      const results = await done;
      expect(codes(results)).toEqual(['invite.aborted', 'invite.aborted', 'invite.aborted']);
      expect(uncertainty(results)).toEqual([true, true, true]);
      late.resolve(three().map((e) => ({ email: e.email, success: true })));
      await vi.runAllTimersAsync();
      expect(codes(results)).toEqual(['invite.aborted', 'invite.aborted', 'invite.aborted']);
    });

    it('ignores a late rejection too', async () => {
      const late = deferred<InviteResult[]>();
      const { onSend } = scripted(() => late.promise);
      const done = sendInviteBatch(three(), onSend, { timeoutMs: 100, retries: 0 });
      await vi.advanceTimersByTimeAsync(100);
      const results = await done;
      late.reject(new Error('too late'));
      await vi.runAllTimersAsync();
      expect(codes(results)).toEqual(['invite.timeout', 'invite.timeout', 'invite.timeout']);
    });
  });

  describe('given the signal is already aborted (F06)', () => {
    it('never calls onSend and reports every entry aborted, certainly not sent', async () => {
      const { onSend, calls } = scripted(ok);
      const controller = new AbortController();
      controller.abort();
      const results = await sendInviteBatch(three(), onSend, { signal: controller.signal });
      expect(calls).toHaveLength(0);
      expect(codes(results)).toEqual(['invite.aborted', 'invite.aborted', 'invite.aborted']);
      expect(uncertainty(results)).toEqual([false, false, false]);
    });
  });

  describe('given an abort mid-flight', () => {
    it('marks the request in flight uncertain and the ones not started certain', async () => {
      const { onSend, calls } = scripted(() => new Promise(() => {}));
      const controller = new AbortController();
      const done = sendInviteBatch(three(), onSend, { signal: controller.signal, maxBatchSize: 1, concurrency: 1 });
      await vi.advanceTimersByTimeAsync(5);
      controller.abort();
      const results = await done;
      expect(calls).toHaveLength(1);
      expect(calls[0]!.signal.aborted).toBe(true);
      expect(codes(results)).toEqual(['invite.aborted', 'invite.aborted', 'invite.aborted']);
      expect(uncertainty(results)).toEqual([true, false, false]);
    });

    it('stops a backoff wait at once', async () => {
      const { onSend, calls } = scripted(failAll('invite.send_failed', { uncertain: false }));
      const controller = new AbortController();
      const done = sendInviteBatch(three(), onSend, { signal: controller.signal, retryDelayMs: 10_000 });
      await vi.advanceTimersByTimeAsync(1);
      controller.abort();
      const results = await done;
      expect(calls).toHaveLength(1);
      expect(codes(results)).toEqual(['invite.aborted', 'invite.aborted', 'invite.aborted']);
      expect(uncertainty(results)).toEqual([false, false, false]);
    });

    it('reports timeout when the host aborted with a TimeoutError after sending', async () => {
      const { onSend } = scripted(() => new Promise(() => {}));
      const controller = new AbortController();
      const done = sendInviteBatch(entries('a@x.com'), onSend, { signal: controller.signal });
      await vi.advanceTimersByTimeAsync(1);
      controller.abort(new DOMException('host timeout', 'TimeoutError'));
      expect(codes(await done)).toEqual(['invite.timeout']);
    });
  });

  // ─── B. Results that do not fit ────────────────────────────────────────────────────────────────

  describe('given results that do not fit the batch', () => {
    const run = async (value: unknown) => {
      const { onSend } = scripted(async () => value as InviteResult[]);
      return sendInviteBatch(three(), onSend, { retries: 0 });
    };
    const a = { email: 'a@x.com', success: true };
    const b = { email: 'b@x.com', success: true };
    const c = { email: 'c@x.com', success: true };

    it('F07: an entry without a result is invalid_response, uncertain; the others keep theirs', async () => {
      const results = await run([a, { email: 'c@x.com', success: false, error: { code: 'invite.already_member', message: 'm', retryable: false } }]);
      expect(codes(results)).toEqual(['sent', 'invite.invalid_response', 'invite.already_member']);
      expect(uncertainty(results)).toEqual([undefined, true, false]);
    });

    it('F08: extra results and strangers are ignored', async () => {
      const results = await run([a, b, c, { email: 'zed@evil.example', success: true }, { ...a }]);
      expect(results).toHaveLength(3);
      expect(results.map((r) => r.email)).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(codes(results)).toEqual(['sent', 'sent', 'sent']);
    });

    it('F09: results in another order are matched by address', async () => {
      const results = await run([
        { email: 'c@x.com', success: false, error: { code: 'invite.already_member', message: 'm', retryable: false } },
        a,
        { email: 'b@x.com', success: false, error: { code: 'invite.send_failed', message: 'm', retryable: false } },
      ]);
      expect(codes(results)).toEqual(['sent', 'invite.send_failed', 'invite.already_member']);
    });

    it('F10: results that differ in case or IDN form still match', async () => {
      const { onSend } = scripted(async () => [
        { email: 'JANE@EXAMPLE.COM', success: true },
        { email: 'user@xn--bcher-kva.de', success: true },
      ]);
      const results = await sendInviteBatch(entries('jane@Example.com', 'user@bücher.de'), onSend, { retries: 0 });
      expect(codes(results)).toEqual(['sent', 'sent']);
      expect(results.map((r) => r.email)).toEqual(['jane@Example.com', 'user@bücher.de']);
    });

    it.each<[string, unknown, string[]]>([
      ['null', null, ['invite.invalid_response', 'invite.invalid_response', 'invite.invalid_response']],
      ['an object', { results: [a, b, c] }, ['invite.invalid_response', 'invite.invalid_response', 'invite.invalid_response']],
      ['a string', 'ok', ['invite.invalid_response', 'invite.invalid_response', 'invite.invalid_response']],
      ['[null]', [null, b, c], ['invite.invalid_response', 'sent', 'sent']],
      ['an item without success', [{ email: 'a@x.com' }, b, c], ['invite.invalid_response', 'sent', 'sent']],
      ['an item with success "maybe"', [{ email: 'a@x.com', success: 'maybe' }, b, c], ['invite.invalid_response', 'sent', 'sent']],
      ['a failure without an error code', [{ email: 'a@x.com', success: false, error: {} }, b, c], ['invite.invalid_response', 'sent', 'sent']],
      [
        'two conflicting results for one entry',
        [a, { email: 'A@x.com', success: false, error: { code: 'invite.send_failed', message: 'm', retryable: true } }, b, c],
        ['invite.invalid_response', 'sent', 'sent'],
      ],
      ['the same result twice', [a, a, b, c], ['sent', 'sent', 'sent']],
    ])('F11: %s', async (_, value, expected) => {
      const results = await run(value);
      expect(codes(results)).toEqual(expected);
    });

    it('F11: a malformed invitation record does not undo a success', async () => {
      const results = await run([{ ...a, invitation: { id: 42 } }, { ...b, invitation: { id: 'inv_1', email: 'b@x.com', state: 'pending' } }, c]);
      expect(results[0]).toEqual({ email: 'a@x.com', success: true });
      expect(results[1]).toEqual({ email: 'b@x.com', success: true, invitation: { id: 'inv_1', email: 'b@x.com', state: 'pending' } });
    });

    it('fills a missing message and retryable flag from the catalog', async () => {
      const results = await run([a, b, { email: 'c@x.com', success: false, error: { code: 'invite.already_pending' } }]);
      expect(results[2]).toMatchObject({ error: { code: 'invite.already_pending', message: 'An invitation is already pending for this address.', retryable: false } });
    });

    it('does not retry an invalid response by itself', async () => {
      const { onSend, calls } = scripted(async () => null as unknown as InviteResult[]);
      await sendInviteBatch(three(), onSend);
      expect(calls).toHaveLength(1);
    });
  });

  // ─── C. HTTP-level failures ────────────────────────────────────────────────────────────────────

  describe('given a 429 with Retry-After (F12)', () => {
    it('waits exactly the asked delay, then retries only the rate-limited entries with the same keys', async () => {
      const { onSend, calls } = scripted(
        async (request) =>
          request.entries.map((e, i) =>
            i === 0
              ? { email: e.email, success: true }
              : { email: e.email, success: false, error: { code: 'invite.org_rate_limited', message: 'slow down', retryable: true, retryAfterMs: 30_000 } },
          ),
        ok,
      );
      const done = sendInviteBatch(three(), onSend);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      expect(calls[1]!.emails).toEqual(['b@x.com', 'c@x.com']);
      expect(calls[1]!.keys).toEqual(calls[0]!.keys.slice(1));
      expect(calls[1]!.requestKey).toBe(calls[0]!.requestKey);
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
    });

    it('does not wait out a delay above the cap: the entry ends with retryAfterMs for a countdown', async () => {
      const { onSend, calls } = scripted(() => Promise.reject({ status: 429, code: 'invite.org_rate_limited', headers: { 'retry-after': '120' } }));
      const done = sendInviteBatch(three(), onSend);
      await vi.advanceTimersByTimeAsync(1);
      const results = await done;
      expect(calls).toHaveLength(1);
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.org_rate_limited', retryAfterMs: 120_000, retryable: true } });
    });

    it('waits 120 s when the cap allows it: nothing at 119 s, exactly one call at 120 s', async () => {
      const { onSend, calls } = scripted(() => Promise.reject({ status: 429, code: 'invite.org_rate_limited', headers: { 'retry-after': '120' } }), ok);
      const done = sendInviteBatch(three(), onSend, { maxRetryAfterMs: 180_000 });
      await vi.advanceTimersByTimeAsync(119_000);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls).toHaveLength(2);
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
    });

    it('reads an HTTP-date Retry-After of a thrown Response against its Date header (F13)', async () => {
      vi.setSystemTime(Date.UTC(2026, 9, 21, 8, 26, 30)); // the local clock is an hour ahead
      const headers = { 'Retry-After': 'Wed, 21 Oct 2026 07:27:00 GMT', Date: 'Wed, 21 Oct 2026 07:26:30 GMT' };
      const { onSend, calls } = scripted(() => Promise.reject(new Response(null, { status: 429, headers })), ok);
      const done = sendInviteBatch(entries('a@x.com'), onSend);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await done;
    });

    it.each(['soon', '-1', '1.5', '', '0x10'])('falls back to backoff for Retry-After %j (F13)', async (value) => {
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      const { onSend, calls } = scripted(() => Promise.reject(new Response(null, { status: 429, headers: { 'Retry-After': value } })), ok);
      const done = sendInviteBatch(entries('a@x.com'), onSend);
      await vi.advanceTimersByTimeAsync(249);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await done;
    });
  });

  describe('given rate limits without Retry-After (F14)', () => {
    it.each(['invite.ip_rate_limited', 'invite.org_rate_limited'])('%s backs off with full jitter, at most `retries` times', async (code) => {
      const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
      const { onSend, calls } = scripted(failAll(code, { uncertain: false }));
      const done = sendInviteBatch(three(), onSend, { retryDelayMs: 1_000 });
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(1);
      // retry 1: random(0, 1000) = 500 ms
      await vi.advanceTimersByTimeAsync(499);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      // retry 2: random(0, 2000) = 1000 ms
      await vi.advanceTimersByTimeAsync(999);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(3);
      await vi.runAllTimersAsync();
      const results = await done;
      expect(calls).toHaveLength(3);
      expect(codes(results)).toEqual([code, code, code]);
      expect(random).toHaveBeenCalledTimes(2);
    });

    it('keeps every wait between 0 and min(cap, base·2^n)', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(0.999);
      const { onSend, calls } = scripted(failAll('invite.ip_rate_limited', { uncertain: false }));
      const done = sendInviteBatch(entries('a@x.com'), onSend, { retries: 3, retryDelayMs: 1_000, maxRetryDelayMs: 1_500 });
      await vi.advanceTimersByTimeAsync(999); // retry 1 after 999 ms
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1_498); // retry 2 after min(1500, 2000)·0.999
      expect(calls).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(1_498); // retry 3 is capped the same way
      expect(calls).toHaveLength(4);
      await done;
    });
  });

  describe('given 5xx failures (F15)', () => {
    it('503, 503, 200: three calls with identical keys, backoff inside the jitter window', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(1 - Number.EPSILON);
      const { onSend, calls } = scripted(
        () => Promise.reject({ status: 503 }),
        () => Promise.reject({ status: 503 }),
        ok,
      );
      const started = Date.now();
      const times: number[] = [];
      const wrapped: OnSend = (request, context) => {
        times.push(Date.now() - started);
        return onSend(request, context);
      };
      const done = sendInviteBatch(three(), idempotent(wrapped));
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(calls).toHaveLength(3);
      expect(calls[1]!.keys).toEqual(calls[0]!.keys);
      expect(calls[2]!.keys).toEqual(calls[0]!.keys);
      expect(new Set(calls.map((c) => c.requestKey)).size).toBe(1);
      expect(times[1]! - times[0]!).toBeLessThanOrEqual(500);
      expect(times[2]! - times[1]!).toBeLessThanOrEqual(1_000);
    });

    it('does not retry a 5xx by itself for a plain onSend that declares nothing: it may have been applied', async () => {
      const { onSend, calls } = scripted(() => Promise.reject({ status: 503 }), ok);
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      const results = await done;
      expect(calls).toHaveLength(1);
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.send_failed', status: 503, uncertain: true } });
    });

    it.each<[string, Step]>([
      ['a timeout', () => new Promise(() => {})],
      ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['an Error', () => Promise.reject(new Error('ECONNRESET'))],
    ])('does not retry %s for a plain onSend either', async (_, step) => {
      const { onSend, calls } = scripted(step, ok);
      const done = sendInviteBatch(three(), onSend, { timeoutMs: 1_000 });
      await vi.runAllTimersAsync();
      expect(uncertainty(await done)).toEqual([true, true, true]);
      expect(calls).toHaveLength(1);
    });

    it('does not retry a 5xx by itself when the transport does not honour idempotency keys', async () => {
      const { onSend: inner, calls } = scripted(() => Promise.reject({ status: 503 }), ok);
      const onSend = Object.assign(inner, { capabilities: { roles: 'none' as const, idempotencyKeys: false } });
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      const results = await done;
      expect(calls).toHaveLength(1);
      expect(results[0]).toMatchObject({ success: false, error: { code: 'invite.send_failed', status: 503, uncertain: true, retryable: true } });
    });

    it('still retries a 429 without idempotency keys: a refusal was not applied', async () => {
      const { onSend: inner, calls } = scripted(() => Promise.reject({ status: 429 }), ok);
      const onSend = Object.assign(inner, { capabilities: { roles: 'none' as const, idempotencyKeys: false } });
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(calls).toHaveLength(2);
    });
  });

  describe('given the same key still running on the server (409 invite.request_in_progress)', () => {
    it('waits the asked second and tries again: this try applied nothing', async () => {
      const { onSend, calls } = scripted(
        () => Promise.reject(new Response(JSON.stringify({ error: { code: 'invite.request_in_progress', message: 'busy' } }), { status: 409, headers: { 'Retry-After': '1' } })),
        ok,
      );
      const done = sendInviteBatch(three(), onSend);
      await vi.advanceTimersByTimeAsync(999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(calls[1]!.requestKey).toBe(calls[0]!.requestKey);
    });
  });

  describe('given the network fails (F16)', () => {
    it('reports network_error as uncertain and retries it with the same keys', async () => {
      const { onSend, calls } = scripted(() => Promise.reject(new TypeError('Load failed')), ok);
      const done = sendInviteBatch(three(), idempotent(onSend));
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual(['sent', 'sent', 'sent']);
      expect(calls[1]!.keys).toEqual(calls[0]!.keys);
    });
  });

  describe('given terminal failures', () => {
    it.each([
      'invite.already_member',
      'invite.already_pending',
      'invite.invalid_email',
      'invite.insufficient_role',
      'authorize.unauthenticated',
      'authorize.forbidden',
      'mfa.step_up_required',
    ])('never retries %s, even when marked retryable', async (code) => {
      const { onSend, calls } = scripted(failAll(code));
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      expect(codes(await done)).toEqual([code, code, code]);
      expect(calls).toHaveLength(1);
    });

    it('never sends an entry that succeeded again', async () => {
      const { onSend, calls } = scripted(
        async (request) =>
          request.entries.map((e) =>
            e.email === 'b@x.com'
              ? { email: e.email, success: false, error: { code: 'invite.send_failed', message: 'm', retryable: true } }
              : { email: e.email, success: true },
          ),
        ok,
      );
      const done = sendInviteBatch(three(), onSend);
      await vi.runAllTimersAsync();
      await done;
      expect(calls.map((c) => c.emails)).toEqual([['a@x.com', 'b@x.com', 'c@x.com'], ['b@x.com']]);
    });
  });

  describe('given a try that may have been applied, then a definite answer', () => {
    it('keeps the entry uncertain: an already_pending after a timeout is likely our own invitation (F20)', async () => {
      const { onSend } = scripted(() => new Promise(() => {}), failAll('invite.already_pending', { retryable: false }));
      const done = sendInviteBatch(entries('a@x.com'), idempotent(onSend), { timeoutMs: 1_000 });
      await vi.runAllTimersAsync();
      expect((await done)[0]).toMatchObject({ success: false, error: { code: 'invite.already_pending', uncertain: true } });
    });
  });
});

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────────

describe('errorFromStatus', () => {
  it.each<[number, string | undefined, Record<string, unknown>]>([
    [401, undefined, { code: 'authorize.unauthenticated', retryable: false, uncertain: false }],
    [403, undefined, { code: 'authorize.forbidden', retryable: false }],
    [403, 'mfa.step_up_required', { code: 'mfa.step_up_required', retryable: false }],
    [404, undefined, { code: 'invite.org_not_found' }],
    [409, 'invite.already_member', { code: 'invite.already_member', retryable: false, uncertain: false }],
    [429, undefined, { code: 'invite.ip_rate_limited', retryable: true, uncertain: false }],
    [500, undefined, { code: 'invite.send_failed', retryable: true, uncertain: true }],
    [502, 'bad_gateway', { code: 'bad_gateway', retryable: true, uncertain: true }],
    [400, undefined, { code: 'invite.send_failed', retryable: false, message: 'The server refused the request (HTTP 400).' }],
  ])('%d %s', (status, code, expected) => {
    expect(errorFromStatus(status, code)).toMatchObject({ status, ...expected });
  });

  it('keeps the server’s message and the wait', () => {
    expect(errorFromStatus(429, 'invite.org_rate_limited', 'Slow down', 5_000)).toMatchObject({ message: 'Slow down', retryAfterMs: 5_000 });
  });
});

describe('isTransientError', () => {
  it('retries network, timeout, 5xx and 429 failures, not refusals', () => {
    expect(isTransientError(errorFromStatus(503))).toBe(true);
    expect(isTransientError(errorFromStatus(429))).toBe(true);
    expect(isTransientError(errorFromStatus(400, 'invite.send_failed'))).toBe(false);
    expect(isTransientError({ code: 'invite.timeout', message: '', retryable: true })).toBe(true);
    expect(isTransientError({ code: 'invite.invalid_response', message: '', retryable: true })).toBe(false);
    expect(isTransientError({ code: 'custom', message: '', retryable: true })).toBe(false);
  });
});

describe('runWithConcurrency', () => {
  it('keeps the order and stops starting work once aborted', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const out = await runWithConcurrency([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 2) controller.abort();
      return n * 10;
    }, controller.signal);
    expect(started).toEqual([1, 2]);
    expect(out).toEqual([10, 20, undefined, undefined, undefined]);
  });
});
