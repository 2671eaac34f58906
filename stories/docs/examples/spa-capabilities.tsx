'use client';
import { useEffect, useState } from 'react';
import { InviteDialog, type OnSend } from 'invite-kit';
import { createBatchApiTransport, fetchInviteCapabilities } from 'invite-kit/transports';

// A single-page app asks the server once. createInviteHandler answers GET …/invitations/capabilities
// (in Next.js: app/api/orgs/[id]/invitations/capabilities/route.ts is `export { POST as GET } from '../route'`).
export function InvitePeople({ organizationId }: { organizationId: string }) {
  const [onSend, setOnSend] = useState<OnSend>();
  useEffect(() => {
    const url = `/api/orgs/${organizationId}/invitations`;
    const controller = new AbortController();
    fetchInviteCapabilities(`${url}/capabilities`, { signal: controller.signal })
      // Without them the dialog still works: several roles, no language, no lifetime.
      .catch(() => undefined)
      .then((capabilities) => setOnSend(() => createBatchApiTransport({ url, ...(capabilities && { capabilities }) })));
    return () => controller.abort();
  }, [organizationId]);
  return onSend ? <InviteDialog onSend={onSend} organizationId={organizationId} trigger /> : null;
}
