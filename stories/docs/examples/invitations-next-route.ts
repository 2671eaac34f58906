// app/api/orgs/[id]/invitations/route.ts, and the same handler exported from
// app/api/orgs/[id]/invitations/[invitationId]/[action]/route.ts: sending, listing, resending and
// revoking through one handler, which alone talks to WorkOS with the API key.
import { createInviteHandler } from 'invite-kit/server';
import { createWorkOSInvitations, createWorkOSTransport } from 'invite-kit/transports';

declare function getSession(
  request: Request,
): Promise<{ userId: string; email: string; roleSlugs: string[]; organizationId: string; permissions: string[] } | null>;
declare const auditLog: { write(entry: object): Promise<void> };

const apiKey = process.env.WORKOS_API_KEY;

const handler = createInviteHandler({
  onSend: createWorkOSTransport({ apiKey }),
  // List, resend and revoke: the handler serves the kit's routes for them, each invitation looked
  // up first (in this organization? still pending? not for a role above the caller's?).
  invitations: createWorkOSInvitations({ apiKey }),
  authorize: async (request, { action }) => {
    const session = await getSession(request);
    if (!session) return null;
    // `action` is 'invite', 'list', 'resend' or 'revoke': allow each as your permissions say.
    const needed = action === 'list' ? 'member:read' : 'member:invite';
    if (!session.permissions.includes(needed)) return false;
    return {
      caller: { email: session.email, roleSlugs: session.roleSlugs },
      callerId: session.userId,
      organizationId: session.organizationId,
      request: { inviterUserId: session.userId },
    };
  },
  onInvited: (event) => auditLog.write(event),
  // Who resent or revoked which invitation, with its outcome: no address.
  onInvitationAction: (event) => auditLog.write(event),
});

export const GET = handler;
export const POST = handler;
