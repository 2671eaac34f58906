import { createInvitationsStore } from 'invite-kit/core';
import { createWorkOSInvitations } from 'invite-kit/transports';

// The store without React: any UI (or a script) can drive it.
const store = createInvitationsStore({
  transport: createWorkOSInvitations({ baseUrl: '/api/workos' }),
  organizationId: 'org_01HZDEMO7Q2M4X8K3N5P6R9T0V',
  caller: { email: 'me@acme.com', roleSlugs: ['admin'] },
  pageSize: 50,
});

export async function revokeEveryPendingInvitationOf(domain: string) {
  await store.load();
  while (store.getState().hasMore) await store.loadMore();
  for (const item of store.getState().items) {
    // The rules decide: pending only, and not for a role above the caller's.
    if (!item.invitation.email.endsWith(`@${domain}`) || !item.actions.revoke.allowed) continue;
    const result = await store.revoke(item.id);
    // A lost answer is not a failure: it may have been revoked; the next list says.
    if (!result.ok && result.error.uncertain) await store.refresh();
  }
}
