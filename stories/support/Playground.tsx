import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { InviteDialog } from '../../src/components/invite-dialog';
import type { SystemRole } from '../../src/core/types';
import { createBatchApiTransport } from '../../src/transports/batch-api';
import { createStytchTransport } from '../../src/transports/stytch';
import { createWorkOSTransport } from '../../src/transports/workos';
import {
  DEMO_FAULTS,
  SESSION_TOKEN,
  STYTCH_PROJECT_ID,
  STYTCH_SECRET,
  demoApi,
  demoFaults,
  signInAs,
  type DemoFault,
} from './demo-server';
import { CALLER_EMAIL, DEMO_ORG_ID, ROLES } from './fixtures';
import { LANGUAGES, rolesIn, type LanguageTag } from './languages';
import { requestLog } from './request-log';
import { RequestLogPanel } from './RequestLogPanel';
import './playground.css';

export interface PlaygroundProps {
  /** Which API the dialog talks to, and so what it offers: several roles, one, or none. */
  transport: 'batch' | 'workos' | 'stytch';
  /** The signed-in person's role: the dialog offers roles up to it, and the server enforces it. */
  callerRole: SystemRole;
  theme: 'light' | 'dark';
  /** The kit's language (`invite-kit/messages/<tag>`): Arabic and Hebrew write right to left. */
  language: LanguageTag;
  /** Automatic retries of transient failures (the kit's default is 2). */
  retries: number;
  /** A fault for the next request(s) that reach the server; choose it again to provoke it again. */
  fault: 'none' | DemoFault;
  /** How many requests in a row the fault hits (the send loop retries a 500 twice by itself). */
  faultRepeat: number;
}

const CUSTOM_ROLES = ROLES.filter((role) => role.slug.startsWith('org-')).map((role) => role.slug);

const TRANSPORT_NAMES: Record<PlaygroundProps['transport'], string> = {
  batch: 'the batch API (createBatchApiTransport → createInviteHandler)',
  workos: 'WorkOS (createWorkOSTransport, one request per person)',
  stytch: 'Stytch (createStytchTransport, no roles)',
};

/** The dialog's transport for each API, as the Playground and its People page use it. */
export function useTransport(kind: PlaygroundProps['transport']) {
  return useMemo(() => {
    if (kind === 'workos') return createWorkOSTransport({ baseUrl: '/mock/workos' });
    if (kind === 'stytch') {
      // In production these credentials live on your server (see the Stytch page); here the
      // emulated Stytch checks them so the Authorization header is real.
      return createStytchTransport({ baseUrl: '/mock/stytch', projectId: STYTCH_PROJECT_ID, secret: STYTCH_SECRET });
    }
    return createBatchApiTransport({
      url: (request) => `/api/orgs/${request.organizationId}/invitations`,
      // Stands for your app's session cookie; the server's authorize() turns it into the caller.
      headers: { Authorization: `Bearer ${SESSION_TOKEN}` },
    });
  }, [kind]);
}

/**
 * The signed-in demo caller, whom the server knows too, and the fault chosen in Controls, armed
 * when chosen (Controls stay usable while the dialog is open). The caller holds both custom roles:
 * only someone who holds a custom role may give it.
 */
export function useDemoSession(callerRole: SystemRole, fault: PlaygroundProps['fault'], faultRepeat: number) {
  const roleSlugs = useMemo(() => [callerRole, ...CUSTOM_ROLES], [callerRole]);
  useEffect(() => signInAs(roleSlugs), [roleSlugs]);
  useEffect(() => {
    if (fault !== 'none') demoFaults.inject(fault, faultRepeat);
  }, [fault, faultRepeat]);
  return useMemo(() => ({ email: CALLER_EMAIL, roleSlugs }), [roleSlugs]);
}

/** Who is a member and who is invited, as the server knows it now. */
function ServerState() {
  // Every exchange may change the server's lists: re-read them when the log changes.
  useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot, requestLog.getSnapshot);
  const pending = demoApi.invitations.filter((invitation) => invitation.state === 'pending');
  return (
    <section aria-labelledby="pg-server-title">
      <h2 id="pg-server-title">On the server</h2>
      <p className="pg-muted">
        Members: {demoApi.members.join(', ')}. Pending invitations ({pending.length}):{' '}
        {pending.map((invitation) => invitation.email).join(', ')}.
      </p>
    </section>
  );
}

/** Buttons that arm a fault of the Playground's server for the next request(s). */
export function FaultButtons({ repeat }: { repeat: number }) {
  const armed = useSyncExternalStore(demoFaults.subscribe, demoFaults.getSnapshot, demoFaults.getSnapshot);
  return (
    <section aria-labelledby="pg-faults-title" className="pg-faults">
      <h2 id="pg-faults-title">Provoke a fault</h2>
      <p className="pg-muted">
        For the next {repeat === 1 ? 'request' : `${repeat} requests`} (set the count in Controls). While the dialog is
        open, use the “fault” control instead.
      </p>
      <div className="pg-row">
        {(Object.keys(DEMO_FAULTS) as DemoFault[]).map((fault) => (
          <button key={fault} type="button" className="ik-Button" onClick={() => demoFaults.inject(fault, repeat)}>
            {DEMO_FAULTS[fault]}
          </button>
        ))}
      </div>
      <p className="pg-muted" role="status">
        {armed.length === 0
          ? 'No fault armed.'
          : `Armed: ${armed.map(({ fault, left }) => `${DEMO_FAULTS[fault]} ×${left}`).join('; ')}.`}
      </p>
    </section>
  );
}

/**
 * A stand-in host app with the invite dialog whose transport sends real HTTP requests, answered
 * in the browser by the kit's own server handler (or by WorkOS and Stytch emulations), and the
 * log of every request beside it.
 */
export function Playground({ transport, callerRole, theme, language, retries, fault, faultRepeat }: PlaygroundProps) {
  const onSend = useTransport(transport);
  const caller = useDemoSession(callerRole, fault, faultRepeat);

  return (
    <DemoPage
      theme={theme}
      faultRepeat={faultRepeat}
      intro={
        <>
          Signed in as {CALLER_EMAIL} ({callerRole}). Invitations go to {TRANSPORT_NAMES[transport]}. Try{' '}
          <code>dana@acme.com</code> (a member), <code>erin@acme.com</code> (invited) and a few new addresses.
        </>
      }
      after={<ServerState />}
    >
      <div className="pg-row">
        <InviteDialog
          // A new transport is a new API: start from an empty list rather than mix two shapes.
          key={transport}
          onSend={onSend}
          trigger
          organizationId={DEMO_ORG_ID}
          roles={rolesIn(language)}
          caller={caller}
          retries={retries}
          theme={theme}
          {...(language !== 'en' && { messages: LANGUAGES[language] })}
          className="pg-dialog"
        />
      </div>
    </DemoPage>
  );
}

/**
 * The stand-in host page of the Playground and its People page: the host's header, what the page
 * shows, the fault buttons, and the request log beside it.
 */
export function DemoPage({
  theme,
  intro,
  faultRepeat,
  after,
  children,
}: {
  theme: PlaygroundProps['theme'];
  intro: ReactNode;
  faultRepeat: number;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    // The demo page is the host's, in English; the kit speaks its `language` and takes its direction.
    <div className="pg" data-theme={theme} lang="en" dir="ltr">
      <main className="pg-app">
        <header>
          <p className="pg-muted">Acme · Settings</p>
          <h1>People</h1>
          <p className="pg-muted">{intro}</p>
        </header>
        {children}
        <FaultButtons repeat={faultRepeat} />
        {after}
      </main>
      <RequestLogPanel />
    </div>
  );
}
