import { useMemo } from 'react';
import { InvitationList } from '../../src/components/invitation-list';
import { InviteDialog } from '../../src/components/invite-dialog';
import type { InvitationInviter, InviteCaller } from '../../src/core/types';
import { useInvitations } from '../../src/hooks/use-invitations';
import { createBatchApiInvitations } from '../../src/transports/batch-api-invitations';
import { createStytchInvitations } from '../../src/transports/stytch-invitations';
import { createWorkOSInvitations } from '../../src/transports/workos-invitations';
import { DEMO_CALLER_ID, SESSION_TOKEN } from './demo-server';
import { CALLER_EMAIL, DEMO_ORG_ID } from './fixtures';
import { LANGUAGES, LIST_LANGUAGES, rolesIn } from './languages';
import { DemoPage, useDemoSession, useTransport, type PlaygroundProps } from './Playground';
import './playground.css';

/** The People page's controls: the Playground's, without the retry count. */
export type PeopleProps = Omit<PlaygroundProps, 'retries'>;

/** The list's transport beside each dialog transport: the kit's routes, WorkOS's, or Stytch's none. */
function useInvitationsTransport(kind: PeopleProps['transport']) {
  return useMemo(() => {
    if (kind === 'workos') return createWorkOSInvitations({ baseUrl: '/mock/workos' });
    if (kind === 'stytch') return createStytchInvitations();
    return createBatchApiInvitations({
      url: (organizationId) => `/api/orgs/${organizationId}/invitations`,
      headers: { Authorization: `Bearer ${SESSION_TOKEN}` },
    });
  }, [kind]);
}

/** The page for one transport: one store shared by the dialog and the list. */
function PeopleBody({ transport, theme, language, caller }: PeopleProps & { caller: InviteCaller }) {
  const onSend = useTransport(transport);
  const invitationsTransport = useInvitationsTransport(transport);
  const translated = language !== 'en';
  // The one store: the dialog's sends show in the list at once, its "already invited" people resend.
  const invitations = useInvitations({ transport: invitationsTransport, onSend, organizationId: DEMO_ORG_ID, caller });
  const inviterName = ({ id }: InvitationInviter) => (id === DEMO_CALLER_ID ? (translated ? CALLER_EMAIL : 'you') : undefined);
  return (
    <div className="pg-people-page">
      <div className="pg-row">
        <InviteDialog
          onSend={onSend}
          trigger
          organizationId={DEMO_ORG_ID}
          roles={rolesIn(language)}
          caller={caller}
          theme={theme}
          onComplete={invitations.addResults}
          {...(invitationsTransport.capabilities?.resend && { onResend: invitations.resendEmail })}
          {...(translated && { messages: LANGUAGES[language] })}
          className="pg-dialog"
        />
      </div>
      <InvitationList
        invitations={invitations}
        roles={rolesIn(language)}
        inviterName={inviterName}
        {...(translated && { messages: LIST_LANGUAGES[language] })}
      />
    </div>
  );
}

/**
 * The Playground's People page: the invite dialog and the invitations list side by side, over
 * real HTTP to the in-browser server (the kit's handler, or WorkOS and Stytch emulations), with
 * the request log beside them. What the dialog sends shows in the list at once; the list resends,
 * revokes, re-invites and copies links; a person the dialog finds already invited can be resent
 * from the dialog.
 */
export function People(props: PeopleProps) {
  const { transport, callerRole, theme, fault, faultRepeat } = props;
  const caller = useDemoSession(callerRole, fault, faultRepeat);
  return (
    <DemoPage
      theme={theme}
      faultRepeat={faultRepeat}
      intro={`Signed in as ${CALLER_EMAIL} (${callerRole}). Invite someone and watch the list; resend, revoke or re-invite from it.`}
    >
      {/* A new API is a new list: start over rather than mix two services. */}
      <PeopleBody key={transport} {...props} caller={caller} />
    </DemoPage>
  );
}
