// server.ts — the batch API in front of Stytch: the project secret never leaves the server.
import { createServer } from 'node:http';
import { createInviteHandler, toNodeHandler } from 'invite-kit/server';
import { createStytchTransport } from 'invite-kit/transports';

// Your app's own session lookup, from the request's cookie.
declare function sessionFromCookie(cookie: string | null): Promise<{ email: string; organizationId: string } | undefined>;

const invite = toNodeHandler(
  createInviteHandler({
    onSend: createStytchTransport({
      projectId: process.env.STYTCH_PROJECT_ID,
      secret: process.env.STYTCH_SECRET,
      inviteMagicLinkUrl: 'https://app.example.com/authenticate',
    }),
    // The magic link stays valid for a day (Stytch takes 5 to 10080 minutes).
    request: { expiresInMinutes: 1440 },
    authorize: async (request) => {
      const session = await sessionFromCookie(request.headers.get('cookie'));
      if (!session) return null; // 401; a thrown error would be a 500
      // No roleSlugs: Stytch has no roles, so only the self-invite guard applies.
      return { caller: { email: session.email }, organizationId: session.organizationId };
    },
  }),
);

createServer((req, res) => {
  if (/^\/api\/orgs\/[^/]+\/invitations$/.test(req.url ?? '')) return invite(req, res);
  res.statusCode = 404;
  res.end();
}).listen(3000);
