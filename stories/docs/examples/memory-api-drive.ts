import { sendInviteBatch } from 'invite-kit/core';
import { createMemoryInvitationApi } from 'invite-kit/transports';

// The in-memory reference service answers like a real invitation API: a quick way to see what a
// UI does with members, pending invitations, a rate limit and injected failures.
const api = createMemoryInvitationApi({
  members: ['dana@acme.com'],
  pending: ['erin@acme.com'],
  rateLimit: { max: 10, windowMs: 60_000 },
});
api.failNext('invite.send_failed'); // the first call fails; the send loop retries it

const results = await sendInviteBatch(
  [{ email: 'ana@acme.com' }, { email: 'dana@acme.com' }, { email: 'erin@acme.com' }],
  api.onSend,
  { request: { organizationId: 'org_123' } },
);
// ana: invited · dana: invite.already_member · erin: invite.already_pending
console.table(results.map((r) => ({ email: r.email, outcome: r.success ? 'invited' : r.error.code })));
