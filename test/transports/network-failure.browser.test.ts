/**
 * FAULTS F16 in each real engine: a `fetch` the network refuses. Every engine rejects with a
 * `TypeError` but words it its own way; the kit classifies by the type, so all three must come
 * out as the same `invite.network_error`, in the kit's words, never the browser's.
 */
import { describe, expect, it } from 'vitest';
import { commands, server } from 'vitest/browser';
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { sendInviteBatch } from '../../src/core/send-batch';
import { createBatchApiTransport } from '../../src/transports/batch-api';
import { context, sendRequest } from './harness';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A localhost port nothing listens on (scripts/browser-commands.ts). */
    closedPort: () => Promise<number>;
  }
}

/** What each engine's fetch says when the connection is refused (FAULTS F16 lists these). */
const ENGINE_MESSAGE: Record<string, string> = {
  chromium: 'Failed to fetch',
  firefox: 'NetworkError when attempting to fetch resource.',
  webkit: 'Load failed',
};

const networkError = {
  code: 'invite.network_error',
  message: INVITE_ERROR_CODES['invite.network_error'].message,
  retryable: true,
  // Refused here, but in general the request may have reached the server before the failure.
  uncertain: true,
};

const refusedUrl = async () => `http://127.0.0.1:${await commands.closedPort()}/invitations`;

describe(`a fetch the network refuses, in ${server.browser} (F16)`, () => {
  it('rejects with a TypeError worded the engine’s own way', async () => {
    const reason = await fetch(await refusedUrl(), { method: 'POST', body: '[]' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(reason).toBeInstanceOf(TypeError);
    expect((reason as TypeError).message).toBe(ENGINE_MESSAGE[server.browser]);
  });

  it('comes back from createBatchApiTransport as invite.network_error for every entry, in the kit’s words', async () => {
    const onSend = createBatchApiTransport({ url: await refusedUrl() });
    const results = await onSend(sendRequest(['ana@acme.com', 'bob@acme.com']), context());
    expect(results).toEqual([
      { email: 'ana@acme.com', success: false, error: expect.objectContaining(networkError) },
      { email: 'bob@acme.com', success: false, error: expect.objectContaining(networkError) },
    ]);
  });

  it('reaches the send loop as the same outcome, so the dialog shows one message in every browser', async () => {
    const onSend = createBatchApiTransport({ url: await refusedUrl() });
    const results = await sendInviteBatch([{ email: 'ana@acme.com' }], onSend, { retries: 0 });
    expect(results).toEqual([{ email: 'ana@acme.com', success: false, error: expect.objectContaining(networkError) }]);
    expect(JSON.stringify(results)).not.toContain(ENGINE_MESSAGE[server.browser]);
  });
});
