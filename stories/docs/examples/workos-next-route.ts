// app/api/orgs/[id]/invitations/route.ts — the browser speaks the batch API to your server;
// only your server talks to WorkOS, with the API key.
import { createInviteHandler } from 'invite-kit/server';
import { createWorkOSTransport } from 'invite-kit/transports';

// Your app's own session lookup.
declare function getSession(
  request: Request,
): Promise<{ email: string; roleSlugs: string[]; organizationId: string; workosUserId: string } | null>;

export const POST = createInviteHandler({
  onSend: createWorkOSTransport({ apiKey: process.env.WORKOS_API_KEY }),
  // Every invitation from this route lasts 14 days (WorkOS takes 1 to 30).
  request: { expiresInDays: 14 },
  authorize: async (request) => {
    const session = await getSession(request);
    if (!session) return null; // 401; a thrown error would be a 500
    return {
      caller: { email: session.email, roleSlugs: session.roleSlugs },
      organizationId: session.organizationId,
      // The invitation email names who invited.
      request: { inviterUserId: session.workosUserId },
    };
  },
});
