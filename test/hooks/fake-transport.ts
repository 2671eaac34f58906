/**
 * Test helpers shared by the store and hook tests: a `deferred()` and a scripted fake transport that
 * records every call (its request, its signal, its keys) and lets the test settle each one.
 */
import { vi } from 'vitest';
import type { InviteResult, InviteResultError, InviteSendContext, InviteSendRequest, OnSend, TransportCapabilities } from '../../src/core/types';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason?: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface RecordedCall extends Deferred<InviteResult[] | void> {
  request: InviteSendRequest;
  context: InviteSendContext;
  emails: string[];
  keys: string[];
}

/** A transport whose every call waits until the test resolves it. */
export function createFakeTransport(capabilities?: TransportCapabilities) {
  const calls: RecordedCall[] = [];
  const fn = vi.fn((request: InviteSendRequest, context: InviteSendContext) => {
    const d = deferred<InviteResult[] | void>();
    calls.push({
      ...d,
      request,
      context,
      emails: request.entries.map((e) => e.email),
      keys: request.entries.map((e) => e.idempotencyKey),
    });
    return d.promise;
  });
  const onSend = fn as typeof fn & OnSend;
  if (capabilities) onSend.capabilities = capabilities;
  return { onSend, calls, last: () => calls[calls.length - 1]! };
}

export const ok = (email: string): InviteResult => ({ email, success: true });

export const fail = (email: string, code: string, extra: Partial<InviteResultError> = {}): InviteResult => ({
  email,
  success: false,
  error: { code, message: `${code} happened`, retryable: false, uncertain: false, ...extra },
});

/** Lets every pending promise callback run. */
export const flush = async (times = 10) => {
  for (let i = 0; i < times; i++) await Promise.resolve();
};
