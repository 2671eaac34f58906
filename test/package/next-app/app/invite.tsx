'use client';
import { InviteDialog } from 'invite-kit';
import { createBatchApiTransport } from 'invite-kit/transports';

const onSend = createBatchApiTransport({
  url: (request) => `/api/orgs/${request.organizationId}/invitations`,
});

export function Invite({ organizationId }: { organizationId: string }) {
  return (
    <InviteDialog
      onSend={onSend}
      organizationId={organizationId}
      caller={{ email: 'owner@acme.com', roleSlugs: ['owner'] }}
      trigger="Invite people"
      className="bg-amber-100 p-10"
    />
  );
}
