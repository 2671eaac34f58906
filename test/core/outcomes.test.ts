// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInviteBatchStore, createInviteError, entryOutcome, isRoleIssue, type OnSend } from '../../src/core/index';

describe('entryOutcome', () => {
  it('words each state of a real store the way a custom UI needs, without testing codes', async () => {
    const onSend: OnSend = async ({ entries }) =>
      entries.map(({ email }) =>
        email.startsWith('member')
          ? { email, success: false, error: createInviteError('invite.already_member') }
          : email.startsWith('pending')
            ? { email, success: false, error: createInviteError('invite.already_pending') }
            : email.startsWith('busy')
              ? { email, success: false, error: createInviteError('invite.org_rate_limited', { retryAfterMs: 120_000 }) }
              : email.startsWith('lost')
                ? { email, success: false, error: createInviteError('invite.timeout', { uncertain: true }) }
                : email.startsWith('bad')
                  ? { email, success: false, error: createInviteError('invite.send_failed', { retryable: false }) }
                  : { email, success: true },
      );
    // A wait longer than the send loop waits out by itself (60 s) ends the send with the entry waiting.
    const store = createInviteBatchStore({ onSend });
    store.addText('ok@acme.com, member@acme.com, pending@acme.com, busy@acme.com, lost@acme.com, bad@acme.com');
    await store.submit();
    store.addText('draft@acme.com, nope');
    const outcomes = Object.fromEntries(store.getState().entries.map((entry) => [entry.email, entryOutcome(entry)]));
    expect(outcomes).toEqual({
      'ok@acme.com': 'invited',
      'member@acme.com': 'already_member',
      'pending@acme.com': 'already_invited',
      'busy@acme.com': 'waiting',
      'lost@acme.com': 'may_have_been_sent',
      'bad@acme.com': 'failed',
      'draft@acme.com': 'draft',
      nope: 'needs_fix',
    });
  });

  it('tells a role problem from an address problem', () => {
    expect(isRoleIssue('invite.invalid_role')).toBe(true);
    expect(isRoleIssue('invite.roles_not_supported')).toBe(true);
    expect(isRoleIssue('invite.invalid_email')).toBe(false);
    expect(isRoleIssue(undefined)).toBe(false);
  });

  it('does not call a rate-limited entry waiting when it may not be retried', () => {
    expect(entryOutcome({ status: 'failed', sendError: { code: 'invite.org_rate_limited', retryable: false } })).toBe('failed');
    expect(entryOutcome({ status: 'sending' })).toBe('sending');
  });
});
