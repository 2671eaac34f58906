'use client';
import { InvitationList, InviteDialog, useInvitations, type InviteCaller } from 'invite-kit';
import { createBatchApiInvitations, createBatchApiTransport } from 'invite-kit/transports';

// Created once, outside the component: the dialog sends, the list lists, resends and revokes.
const onSend = createBatchApiTransport({ url: (request) => `/api/orgs/${request.organizationId}/invitations` });
const transport = createBatchApiInvitations({ url: (organizationId) => `/api/orgs/${organizationId}/invitations` });

/** A settings page: the dialog and the list share one store, so what is sent shows at once. */
export function PeoplePage({ organizationId, me }: { organizationId: string; me: InviteCaller }) {
  const invitations = useInvitations({ transport, onSend, organizationId, caller: me });
  return (
    <>
      <InviteDialog
        onSend={onSend}
        organizationId={organizationId}
        caller={me}
        trigger="Invite people"
        // The invitations just sent join the list without a reload.
        onComplete={invitations.addResults}
        // A person the send finds already invited offers "Resend invitation" in the dialog.
        onResend={invitations.resendEmail}
      />
      <InvitationList invitations={invitations} />
    </>
  );
}
