'use client';
import { InvitationList, InviteDialog } from 'invite-kit';
import de, { invitationListMessages as deList } from 'invite-kit/messages/de';
import { createBatchApiInvitations, createBatchApiTransport } from 'invite-kit/transports';

const onSend = createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations` });
const transport = createBatchApiInvitations({ url: (organizationId) => `/api/orgs/${organizationId}/invitations` });

// German, whole: every string, the words for every error code, plural forms, numbers and the
// system roles' names. Only the German module is bundled; English stays built in.
export function TeamPage(props: { organizationId: string; me: { email: string; roleSlugs: string[] } }) {
  return (
    <>
      <InviteDialog onSend={onSend} organizationId={props.organizationId} caller={props.me} trigger messages={de} />
      <InvitationList transport={transport} onSend={onSend} organizationId={props.organizationId} caller={props.me} messages={deList} />
    </>
  );
}
