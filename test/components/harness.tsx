/**
 * Shared by the component tests: a scripted fake transport whose every call waits for the test,
 * result builders, and an axe check that fails with the rules it broke.
 */
import axe from 'axe-core';
import { vi } from 'vitest';
import type { InviteResult, InviteResultError, InviteSendContext, InviteSendRequest, OnSend, TransportCapabilities } from '../../src/core/types';

export interface Call {
  request: InviteSendRequest;
  context: InviteSendContext;
  emails: string[];
  keys: string[];
  resolve: (results: InviteResult[] | void) => void;
  reject: (reason: unknown) => void;
}

/** A transport whose calls stay pending until the test settles them. */
export function fakeTransport(capabilities?: TransportCapabilities) {
  const calls: Call[] = [];
  const fn = vi.fn(
    (request: InviteSendRequest, context: InviteSendContext) =>
      new Promise<InviteResult[] | void>((resolve, reject) => {
        calls.push({
          request,
          context,
          emails: request.entries.map((entry) => entry.email),
          keys: request.entries.map((entry) => entry.idempotencyKey),
          resolve,
          reject,
        });
      }),
  );
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

export const WORKOS: TransportCapabilities = {
  roles: 'one',
  locales: ['en', 'de', 'fr', 'ar', 'he', 'pt-BR'],
  expiry: { unit: 'days', min: 1, max: 30, default: 7 },
  idempotencyKeys: true,
};
export const STYTCH: TransportCapabilities = {
  roles: 'none',
  locales: ['en', 'es', 'pt-br', 'fr'],
  expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 },
  idempotencyKeys: false,
};
export const BATCH: TransportCapabilities = { roles: 'many', idempotencyKeys: true };

/** Runs axe on `node` (the whole document by default) and fails listing every violation. */
export async function expectNoAxeViolations(node: Element | Document = document) {
  // Mid fade-in every colour is partly transparent: judge what the person ends up seeing.
  // (Spinners run forever and are not waited for.)
  if (typeof document.getAnimations === 'function') {
    const ending = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(ending.map((animation) => animation.finished));
  }
  const result = await axe.run(node as Element, { resultTypes: ['violations'] });
  const found = result.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  if (found.length > 0) throw new Error(`axe found:\n${found.join('\n')}`);
}
