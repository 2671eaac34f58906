import { InviteDialog } from '../../../src/index';
import { createBatchApiTransport } from '../../../src/transports/index';

const onSend = createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations` });

// Stytch behind your server: no roles to pick.
export function InvitePeople({ organizationId }: { organizationId: string }) {
  return (
    <InviteDialog onSend={onSend} capabilities={{ roles: 'none', idempotencyKeys: false }} organizationId={organizationId} trigger />
  );
}
