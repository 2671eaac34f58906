import { createInviteHandler } from 'invite-kit/server';
import { createMemoryInvitationApi, type MemoryInvitationApi } from 'invite-kit/transports';

// One in-memory service for the whole server process (route modules may be evaluated more than once).
const store = globalThis as typeof globalThis & { inviteApi?: MemoryInvitationApi };
export const api: MemoryInvitationApi = (store.inviteApi ??= createMemoryInvitationApi({ members: ['owner@acme.com'] }));

export const handleInvitations = createInviteHandler({
  onSend: api.onSend,
  // A real app reads its session here; this host trusts one fixed owner.
  authorize: () => ({ caller: { email: 'owner@acme.com', roleSlugs: ['owner'] }, organizationId: 'org_acme' }),
});
