/**
 * A scripted `onSend` for stories that need one exact state ("sending" that never ends, a partial
 * failure, a rate limit) without a server. It is a `fn()` spy, so its calls show in the Actions
 * panel and a play function can assert what the dialog handed its transport.
 */
import { fn } from 'storybook/test';
import { INVITE_ERROR_CODES, isInviteErrorCode } from '../../src/core/error-codes';
import { createInviteError } from '../../src/core/send-batch';
import type { InviteResult, InviteSendContext, InviteSendRequest, OnSend, TransportCapabilities } from '../../src/core/types';
import { BATCH_API_CAPABILITIES } from '../../src/transports/batch-api';

/** What happens to one address: invited, a failure by code, or no answer at all. */
export type Outcome = 'invited' | 'no-answer' | { code: string; retryAfterMs?: number; message?: string };

export interface ScriptOptions {
  /** Per address (lower case), the outcome of each call in turn; the last one repeats. Absent: invited. */
  outcomes?: Record<string, Outcome | Outcome[]>;
  /** What the transport says it accepts; the dialog adapts to it. @default BATCH_API_CAPABILITIES */
  capabilities?: TransportCapabilities;
  /** How long each call takes, so "sending" is visible. @default 300 */
  delayMs?: number;
}

const failure = (email: string, outcome: Exclude<Outcome, 'invited' | 'no-answer'>): InviteResult => {
  const known = isInviteErrorCode(outcome.code);
  const base = known
    ? createInviteError(outcome.code as keyof typeof INVITE_ERROR_CODES)
    : { code: outcome.code, message: 'The invitation was not sent.', retryable: false };
  const status = known ? INVITE_ERROR_CODES[outcome.code as keyof typeof INVITE_ERROR_CODES].status : undefined;
  return {
    email,
    success: false,
    error: {
      ...base,
      ...(status !== undefined && { status }),
      ...(outcome.message && { message: outcome.message }),
      ...(outcome.retryAfterMs !== undefined && { retryAfterMs: outcome.retryAfterMs }),
      // The script is the server answering: a definite outcome, never "may have been sent".
      uncertain: false,
    },
  };
};

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * A transport that answers from a script.
 * @example scriptedSend({ outcomes: { 'dana@acme.com': { code: 'invite.already_member' } } })
 */
export function scriptedSend(options: ScriptOptions = {}) {
  const { outcomes = {}, capabilities = BATCH_API_CAPABILITIES, delayMs = 300 } = options;
  const spy = fn(async (request: InviteSendRequest, context: InviteSendContext): Promise<InviteResult[]> => {
    const planned = request.entries.map((entry) => {
      const key = entry.email.toLowerCase();
      // Counted from the spy's own record, which Storybook clears before each render, so a story
      // replayed in the browser starts its script from the top again.
      const turn = spy.mock.calls.filter(
        ([earlier]) => earlier !== request && earlier.entries.some((e) => e.email.toLowerCase() === key),
      ).length;
      const script = outcomes[key] ?? 'invited';
      const list = Array.isArray(script) ? script : [script];
      return { email: entry.email, outcome: list[Math.min(turn, list.length - 1)]! };
    });
    if (planned.some((p) => p.outcome === 'no-answer')) {
      // Like a server that never answers: only the dialog's Cancel (or its timeout) ends the wait.
      await new Promise((_, reject) => context.signal.addEventListener('abort', () => reject(context.signal.reason)));
    }
    await wait(delayMs, context.signal);
    return planned.map(({ email, outcome }) =>
      outcome === 'invited' || outcome === 'no-answer' ? { email, success: true } : failure(email, outcome),
    );
  }).mockName('onSend');
  return Object.assign(spy, { capabilities }) as typeof spy & OnSend;
}
