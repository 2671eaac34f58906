'use client';
import { InviteDialog } from 'invite-kit';
import { createBatchApiTransport } from 'invite-kit/transports';

const onSend = createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations` });

// Stytch behind your server: no roles to pick.
export function InvitePeople({ organizationId }: { organizationId: string }) {
  return (
    <InviteDialog onSend={onSend} capabilities={{ roles: 'none', idempotencyKeys: false }} organizationId={organizationId} trigger />
  );
}
