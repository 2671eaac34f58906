import { api } from '../../../lib/invitations';

// What the server holds, for the check to compare with what the page said.
export const dynamic = 'force-dynamic';
export function GET() {
  return Response.json(api.invitations.map((invitation) => invitation.email));
}
