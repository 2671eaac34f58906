'use client';
import 'invite-kit/styles.css';
import { InviteDialog } from 'invite-kit';
import { createBatchApiTransport } from 'invite-kit/transports';

// One transport for the app: it POSTs each batch to your API (the Batch API page has the server).
const onSend = createBatchApiTransport({
  url: (request) => `/api/orgs/${request.organizationId}/invitations`,
});

export function TeamSettings(props: { organizationId: string; me: { email: string; roleSlugs: string[] } }) {
  return (
    <InviteDialog
      onSend={onSend}
      organizationId={props.organizationId}
      // Offers only the roles the person may give, and flags their own address.
      caller={props.me}
      trigger="Invite people"
      onComplete={(results) => {
        const invited = results.filter((result) => result.success).length;
        console.info(`${invited} of ${results.length} invited`);
      }}
    />
  );
}
