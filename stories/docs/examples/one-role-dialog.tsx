import { InviteDialog, type TransportCapabilities } from '../../../src/index';
import { createBatchApiTransport } from '../../../src/transports/index';

const onSend = createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations` });

// What your server can pass on to WorkOS: one role per person. (Language and lifetime are set on
// the server, so the dialog does not offer them.)
const workosBehindYourServer: TransportCapabilities = { roles: 'one', idempotencyKeys: true };

export function InvitePeople({ organizationId }: { organizationId: string }) {
  return <InviteDialog onSend={onSend} capabilities={workosBehindYourServer} organizationId={organizationId} trigger />;
}
