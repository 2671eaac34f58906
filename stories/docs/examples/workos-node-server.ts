// server.ts — the same in front of WorkOS with nothing but Node's http module.
import { createServer } from 'node:http';
import { createInviteHandler, toNodeHandler } from 'invite-kit/server';
import { createWorkOSTransport } from 'invite-kit/transports';

// Your app's own session lookup, from the request's cookie.
declare function sessionFromCookie(
  cookie: string | null,
): Promise<{ email: string; roleSlugs: string[]; organizationId: string } | undefined>;

const invite = toNodeHandler(
  createInviteHandler({
    onSend: createWorkOSTransport({ apiKey: process.env.WORKOS_API_KEY }),
    authorize: async (request) => {
      const session = await sessionFromCookie(request.headers.get('cookie'));
      if (!session) return null; // 401; a thrown error would be a 500
      return { caller: { email: session.email, roleSlugs: session.roleSlugs }, organizationId: session.organizationId };
    },
  }),
);

createServer((req, res) => {
  if (/^\/api\/orgs\/[^/]+\/invitations$/.test(req.url ?? '')) return invite(req, res);
  res.statusCode = 404;
  res.end();
}).listen(3000);
