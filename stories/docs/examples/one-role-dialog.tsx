'use client';
import { useMemo } from 'react';
import { InviteDialog, type TransportCapabilities } from 'invite-kit';
import { createBatchApiTransport } from 'invite-kit/transports';

// What reaches WorkOS (one role per person, its 90 languages, 1 to 30 days) is declared once, by
// the server's handler: a server component passes `POST.capabilities` down (see team-page.tsx).
export function InvitePeople({ organizationId, capabilities }: { organizationId: string; capabilities: TransportCapabilities }) {
  const onSend = useMemo(
    () => createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations`, capabilities }),
    [capabilities],
  );
  return <InviteDialog onSend={onSend} organizationId={organizationId} trigger />;
}
