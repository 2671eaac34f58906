// app/api/orgs/[id]/invitations/route.ts — the batch API, served by the kit's own handler.
import { createInviteError, type InviteResult, type OnSend } from 'invite-kit/core';
import { createInviteHandler } from 'invite-kit/server';

// Your app's own pieces: the signed-in person, where invitations are stored and mailed, your logs.
declare function getSession(request: Request): Promise<{ userId: string; email: string; roleSlugs: string[]; organizationId: string } | null>;
declare const auditLog: { write(entry: object): Promise<void> };
declare const logger: { error(entry: object): void };
declare function createInvitation(input: {
  organizationId: string;
  email: string;
  roleSlugs: string[];
  idempotencyKey: string;
}): Promise<{ ok: true; id: string; expiresAt: Date } | { ok: false; reason: 'member' | 'pending' }>;

// Invites each person of one request; a per-person refusal is a result, not an exception.
const onSend: OnSend = async ({ entries, organizationId }) =>
  Promise.all(
    entries.map(async (entry): Promise<InviteResult> => {
      const outcome = await createInvitation({
        organizationId: organizationId!,
        email: entry.email,
        roleSlugs: entry.roleSlugs,
        // The same key on a retry: store it with the invitation and answer the stored outcome.
        idempotencyKey: entry.idempotencyKey,
      });
      if (outcome.ok) {
        return {
          email: entry.email,
          success: true,
          invitation: { id: outcome.id, email: entry.email, state: 'pending', expiresAt: outcome.expiresAt.toISOString() },
        };
      }
      const code = outcome.reason === 'member' ? 'invite.already_member' : 'invite.already_pending';
      return { email: entry.email, success: false, error: createInviteError(code) };
    }),
  );

export const POST = createInviteHandler({
  onSend,
  // Checked before the body is read: null is 401 (not signed in), false is 403. A thrown error is
  // your server failing: 500, and onError hears about it.
  authorize: async (request) => {
    const session = await getSession(request);
    if (!session) return null;
    return {
      caller: { email: session.email, roleSlugs: session.roleSlugs },
      callerId: session.userId,
      // Must agree with /orgs/{id}/ in the path (and X-Org-ID), or the answer is 403 invite.org_mismatch.
      organizationId: session.organizationId,
    };
  },
  // Who sent what: ids and outcomes per person, no addresses, so it can be stored or logged as is.
  onInvited: (event) => auditLog.write(event),
  // What failed inside; the client only gets a code, a generic message and event.requestId.
  onError: (error, { requestId, phase }) => logger.error({ requestId, phase, error }),
});
