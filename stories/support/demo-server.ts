/**
 * The Playground's server, running inside the browser: Mock Service Worker hands each real
 * `Request` the dialog's and the list's transports send to
 * - `POST /api/orgs/{id}/invitations`: the kit's own `createInviteHandler` (the batch API), with
 *   `authorize` reading a session and enforcing the caller's role; and its routes for sent
 *   invitations, `GET …/invitations` and `POST …/invitations/{invitationId}/resend|revoke`;
 * - `/mock/workos/user_management/invitations…`: a small emulation of WorkOS (send, list, resend, revoke);
 * - `POST /mock/stytch/v1/magic_links/email/invite`: a small emulation of Stytch (no list);
 * all three over one `createMemoryInvitationApi`, seeded with members, a pending invitation and
 * sent invitations in every state.
 * No transport is stubbed: what the panel shows is what went over `fetch`.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { normalizeEmail } from '../../src/core/email';
import { toInvitationFailure } from '../../src/core/invitations';
import { INVITATION_LOCALES } from '../../src/core/locales';
import type { InviteCaller, InviteResult, InviteSendRequest, Invitation, OnSend } from '../../src/core/types';
import { createInviteHandler } from '../../src/server/handler';
import { createMemoryInvitationApi } from '../../src/transports/memory-api';
import { STYTCH_LOCALES } from '../../src/transports/stytch';
import { CALLER_EMAIL, DEMO_ORG_ID, MEMBERS, ROLES, SENT_INVITATIONS } from './fixtures';
import { requestLog } from './request-log';

/** What the browser sends as its session; the server maps it to the signed-in caller. */
export const SESSION_TOKEN = 'demo-session-7c1e';
/** The signed-in person's user id, as the invitations record their inviter. */
export const DEMO_CALLER_ID = 'user_demo_caller';
export const STYTCH_PROJECT_ID = 'project-test-5b1f7e2c-93a4-4d7e-8f10-2c6b9d4e1a37';
export const STYTCH_SECRET = 'demo';

/**
 * Five new invitations per 90 seconds. The send loop waits out a `Retry-After` of up to 60 s by
 * itself; a longer one ends the send with a countdown, which is what the Playground wants to show.
 */
export const RATE_LIMIT = { max: 5, windowMs: 90_000 };

/** The invitation service behind all three endpoints. */
export const demoApi = createMemoryInvitationApi({
  members: MEMBERS,
  // PENDING's invitations are among them, in the organization, so the list shows them too.
  invitations: SENT_INVITATIONS,
  rateLimit: RATE_LIMIT,
  // Long enough to see "Sending 2 of 6…", short enough for the story tests.
  latencyMs: 400,
  acceptUrl: ({ token }) => `https://app.acme.test/invite?invitation_token=${token}`,
});

// ─── The session ─────────────────────────────────────────────────────────────────────────────────

let session: InviteCaller = { email: CALLER_EMAIL, roleSlugs: ['admin'] };

/** Who the server believes is signed in; the Playground's "caller role" control sets it. */
export function signInAs(roleSlugs: string[]) {
  session = { email: CALLER_EMAIL, roleSlugs: [...roleSlugs] };
}

// ─── Faults ──────────────────────────────────────────────────────────────────────────────────────

/** Faults the Playground can provoke, each for the next request(s) that reach the server. */
export const DEMO_FAULTS = {
  'server-error': 'the server fails (500)',
  'network-drop': 'the network drops before the server sees it',
  'answer-lost': 'the server invites, then the answer is lost',
  'session-expired': 'the session has expired (401)',
  'step-up': 'the server asks to confirm identity (403 step-up)',
  'rate-limited': 'the organization hits its limit (429, 90 s)',
} as const;

export type DemoFault = keyof typeof DEMO_FAULTS;

// The codes the in-memory service answers every entry with, via its `failNext`.
const SERVICE_FAULTS: Partial<Record<DemoFault, { code: string; retryAfterMs?: number }>> = {
  'server-error': { code: 'invite.send_failed' },
  'session-expired': { code: 'authorize.unauthenticated' },
  'step-up': { code: 'mfa.step_up_required' },
  'rate-limited': { code: 'invite.org_rate_limited', retryAfterMs: RATE_LIMIT.windowMs },
};

let armed: ReadonlyArray<{ fault: DemoFault; left: number }> = [];
const faultListeners = new Set<() => void>();
const setArmed = (next: typeof armed) => {
  armed = next;
  for (const listener of [...faultListeners]) listener();
};

export const demoFaults = {
  getSnapshot: () => armed,
  subscribe(listener: () => void) {
    faultListeners.add(listener);
    return () => {
      faultListeners.delete(listener);
    };
  },
  /** Queues a fault for the next `times` requests that reach the point where it happens. */
  inject(fault: DemoFault, times = 1) {
    setArmed([...armed, { fault, left: Math.max(1, Math.floor(times)) }]);
  },
  clear: () => setArmed([]),
};

/** Takes the first armed fault if it is one of `kinds`, counting it down. */
function takeFault(kinds: ReadonlyArray<DemoFault>): DemoFault | undefined {
  const head = armed[0];
  if (!head || !kinds.includes(head.fault)) return undefined;
  setArmed(head.left > 1 ? [{ ...head, left: head.left - 1 }, ...armed.slice(1)] : armed.slice(1));
  return head.fault;
}

/**
 * The service as every endpoint calls it. A service fault is handed to `failNext` only here, when
 * a request really reaches the service: one the handler refuses first (a 400) does not use it up.
 */
const serviceOnSend: OnSend = Object.assign(
  (request: InviteSendRequest, context: Parameters<OnSend>[1]) => {
    const fault = takeFault(Object.keys(SERVICE_FAULTS) as DemoFault[]);
    const planned = fault && SERVICE_FAULTS[fault];
    if (planned) demoApi.failNext(planned.code, planned.retryAfterMs === undefined ? {} : { retryAfterMs: planned.retryAfterMs });
    return demoApi.onSend(request, context);
  },
  { capabilities: demoApi.onSend.capabilities },
);

/** Logs the exchange and plays the network faults around `respond`. */
async function serve(request: Request, respond: (request: Request) => Promise<Response>): Promise<Response> {
  const id = await requestLog.start(request);
  const fault = takeFault(['network-drop', 'answer-lost']);
  let response: Response;
  if (fault === 'network-drop') {
    response = HttpResponse.error();
  } else {
    response = await respond(request);
    // The server did its work; only the answer never reaches the browser.
    if (fault === 'answer-lost') response = HttpResponse.error();
  }
  await requestLog.finish(id, response);
  return response;
}

// ─── The batch API: the kit's own handler ────────────────────────────────────────────────────────

const batchApi = createInviteHandler({
  onSend: serviceOnSend,
  // The sent invitations of the same service: the handler serves list, resend and revoke.
  invitations: demoApi,
  policy: { roles: ROLES },
  // A real app reads its session cookie here; the Playground's token stands for it. `null` is
  // "not signed in" (401); a thrown error would be the server failing (500). Every invitation
  // records who sent it.
  authorize: (request) =>
    request.headers.get('authorization') === `Bearer ${SESSION_TOKEN}`
      ? { caller: session, callerId: DEMO_CALLER_ID, organizationId: DEMO_ORG_ID, request: { inviterUserId: DEMO_CALLER_ID } }
      : null,
});

// ─── WorkOS, emulated ────────────────────────────────────────────────────────────────────────────

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });

const retryAfter = (result: InviteResult): Record<string, string> =>
  !result.success && result.error.retryAfterMs !== undefined
    ? { 'Retry-After': String(Math.ceil(result.error.retryAfterMs / 1000)) }
    : {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const readJson = async (request: Request): Promise<Record<string, unknown> | undefined> => {
  try {
    const body: unknown = await request.json();
    return isRecord(body) ? body : undefined;
  } catch {
    return undefined;
  }
};

// WorkOS answers with { code, message } (and errors[] for field validation), with the codes its
// OpenAPI specification documents for this endpoint; a 401 carries a message only.
const WORKOS_ANSWERS: Record<string, { status: number; code?: string; message: string }> = {
  'invite.already_member': { status: 400, code: 'user_already_organization_member', message: 'The user is already a member of the organization.' },
  'invite.already_pending': { status: 400, code: 'email_already_invited_to_organization', message: 'An invitation for this email already exists.' },
  'invite.org_rate_limited': { status: 429, code: 'rate_limit_exceeded', message: 'Too many requests.' },
  'invite.send_failed': { status: 500, message: 'Internal Server Error' },
  'authorize.unauthenticated': { status: 401, message: 'Unauthorized' },
  // Your backend in front of WorkOS would add this; WorkOS itself knows API keys, not sessions.
  'mfa.step_up_required': { status: 403, code: 'mfa.step_up_required', message: 'Confirm your identity to invite people.' },
};

/** An invitation as WorkOS writes it (`UserlandUserInvite`), its id in WorkOS's spelling. */
const toWorkOS = (invitation: Invitation) => ({
  object: 'invitation',
  id: invitation.id.replace(/^inv_/, 'invitation_'),
  email: invitation.email,
  state: invitation.state ?? 'pending',
  accepted_at: invitation.acceptedAt ?? null,
  revoked_at: invitation.revokedAt ?? null,
  expires_at: invitation.expiresAt,
  organization_id: invitation.organizationId ?? null,
  inviter_user_id: invitation.inviter?.id ?? null,
  accepted_user_id: null,
  role_slug: invitation.roleSlugs?.[0] ?? 'member',
  token: invitation.acceptUrl?.split('=').at(-1) ?? '',
  accept_invitation_url: invitation.acceptUrl ?? '',
  created_at: invitation.createdAt,
  updated_at: invitation.revokedAt ?? invitation.acceptedAt ?? invitation.createdAt,
});

const fromWorkOSId = (id: string) => decodeURIComponent(id).replace(/^invitation_/, 'inv_');
const workosRequestId = () => ({ 'X-Request-ID': `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 26)}` });

/** `GET /user_management/invitations`: a page, newest first, with WorkOS's `list_metadata`. */
async function workosList(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const limit = Number(query.get('limit') ?? 10);
  const after = query.get('after');
  try {
    const page = await demoApi.list(
      {
        ...(query.get('organization_id') && { organizationId: query.get('organization_id')! }),
        limit,
        ...(after && { cursor: fromWorkOSId(after) }),
        ...(query.get('email') && { email: query.get('email')! }),
      },
      { signal: request.signal },
    );
    return json(200, { object: 'list', data: page.invitations.map(toWorkOS), list_metadata: { before: null, after: page.nextCursor?.replace(/^inv_/, 'invitation_') ?? null } }, workosRequestId());
  } catch {
    return json(422, { code: 'invalid_request_parameters', message: 'Validation failed.' }, workosRequestId());
  }
}

// WorkOS's codes for resend and revoke, by the state that refuses them (its OpenAPI specification).
const WORKOS_STATE_CODES: Record<string, { code: string; message: string }> = {
  expired: { code: 'invite_expired', message: 'Invite has expired.' },
  revoked: { code: 'invite_revoked', message: 'Invite has been revoked.' },
  accepted: { code: 'invite_accepted', message: 'Invite has already been accepted.' },
};

/** `POST /user_management/invitations/{id}/resend|revoke`: WorkOS acts on pending invitations only. */
async function workosAct(request: Request, id: string, action: 'resend' | 'revoke'): Promise<Response> {
  const invitation = await demoApi.get(fromWorkOSId(id), { signal: request.signal });
  if (!invitation) return json(404, { message: `Invitation not found: '${id}'.` }, workosRequestId());
  if (invitation.state !== 'pending') {
    const refusal = action === 'revoke' ? { code: 'invite_not_pending', message: 'Invite is not pending.' } : WORKOS_STATE_CODES[invitation.state ?? '']!;
    return json(400, refusal, workosRequestId());
  }
  try {
    const body = action === 'resend' ? await readJson(request) : undefined;
    const locale = typeof body?.locale === 'string' ? body.locale : undefined;
    const done = await demoApi[action]({ id: invitation.id, ...(locale && { locale }) }, { signal: request.signal });
    return json(200, toWorkOS(done ?? invitation), workosRequestId());
  } catch (error) {
    const failure = toInvitationFailure(error);
    return failure.code === 'invite.org_rate_limited'
      ? json(429, { code: 'rate_limit_exceeded', message: 'Too many requests.' }, { ...workosRequestId(), 'Retry-After': String(Math.ceil((failure.retryAfterMs ?? 1000) / 1000)) })
      : json(500, { message: 'Internal Server Error' }, workosRequestId());
  }
}

async function workos(request: Request): Promise<Response> {
  const requestId = { 'X-Request-ID': `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 26)}` };
  const body = await readJson(request);
  if (!body) return json(400, { code: 'invalid_request_parameters', message: 'The body is not a JSON object.' }, requestId);
  const email = typeof body.email === 'string' ? normalizeEmail(body.email) : null;
  const role = body.role_slug;
  const days = body.expires_in_days;
  const errors: Array<{ field: string; code: string }> = [];
  if (!email) errors.push({ field: 'email', code: 'email_string_invalid' });
  if (role !== undefined && !ROLES.some((r) => r.slug === role)) errors.push({ field: 'role_slug', code: 'role_not_found' });
  if (days !== undefined && !Number.isInteger(days)) errors.push({ field: 'expires_in_days', code: 'expires_in_days_must_be_integer' });
  if (body.locale !== undefined && !(INVITATION_LOCALES as readonly unknown[]).includes(body.locale)) {
    errors.push({ field: 'locale', code: 'locale_invalid' });
  }
  if (errors.length > 0 || !email) return json(422, { code: 'invalid_request_parameters', message: 'Validation failed.', errors }, requestId);
  if (typeof days === 'number' && (days < 1 || days > 30)) {
    const code = days < 1 ? 'expires_in_days_too_short' : 'expires_in_days_too_long';
    return json(400, { code, message: 'Invitations can be valid for 1 to 30 days.' }, requestId);
  }

  // WorkOS replays a request whose Idempotency-Key it has seen; the service does the same by key.
  const key = request.headers.get('idempotency-key') ?? crypto.randomUUID();
  const organizationId = typeof body.organization_id === 'string' ? body.organization_id : undefined;
  const [result] = await serviceOnSend(
    {
      entries: [{ email, roleSlugs: [typeof role === 'string' ? role : 'member'], idempotencyKey: key }],
      ...(organizationId && { organizationId }),
      ...(typeof days === 'number' && { expiresInDays: days }),
      ...(typeof body.inviter_user_id === 'string' && { inviterUserId: body.inviter_user_id }),
      ...(typeof body.locale === 'string' && { locale: body.locale }),
    },
    { signal: request.signal, idempotencyKey: key, attempt: 1 },
  ) as InviteResult[];
  if (!result) return json(500, { message: 'Internal Server Error' }, requestId);
  if (result.success) {
    const now = new Date().toISOString();
    const inv = result.invitation ?? { id: `inv_${crypto.randomUUID()}`, email, expiresAt: now, createdAt: now };
    return json(201, toWorkOS({ ...inv, roleSlugs: [typeof role === 'string' ? role : 'member'] }), requestId);
  }
  const answer = WORKOS_ANSWERS[result.error.code] ?? { status: 400, code: result.error.code, message: result.error.message };
  return json(
    answer.status,
    { ...(answer.code && { code: answer.code }), message: answer.message },
    { ...requestId, ...retryAfter(result) },
  );
}

// ─── Stytch, emulated ────────────────────────────────────────────────────────────────────────────

// Stytch answers with { status_code, request_id, error_type, error_message, error_url }, with types
// from Stytch's own list. Stytch has no sessions: the Playground's "session expired" reaches it as
// Stytch refusing the project's credentials, which the transport reports as the server's problem.
const STYTCH_ANSWERS: Record<string, { status: number; type: string; message: string }> = {
  'invite.already_member': { status: 400, type: 'duplicate_email', message: 'A user with this email already exists.' },
  'invite.org_rate_limited': { status: 429, type: 'too_many_requests', message: 'Too many requests have been made.' },
  'invite.send_failed': {
    status: 500,
    type: 'internal_server_error',
    message: 'Oops, something seems to have gone wrong, please reach out to support@stytch.com to let us know what went wrong.',
  },
  'authorize.unauthenticated': { status: 401, type: 'unauthorized_credentials', message: 'Unauthorized credentials.' },
  'mfa.step_up_required': { status: 403, type: 'mfa.step_up_required', message: 'Confirm your identity to invite people.' },
};

async function stytch(request: Request): Promise<Response> {
  const requestId = `request-id-test-${crypto.randomUUID()}`;
  const error = (status: number, type: string, message: string, headers?: Record<string, string>) =>
    json(
      status,
      { status_code: status, request_id: requestId, error_type: type, error_message: message, error_url: `https://stytch.com/docs/api/errors/${status}` },
      headers,
    );
  if (request.headers.get('authorization') !== `Basic ${btoa(`${STYTCH_PROJECT_ID}:${STYTCH_SECRET}`)}`) {
    return error(401, 'unauthorized_credentials', 'Unauthorized credentials.');
  }
  const body = await readJson(request);
  const email = typeof body?.email === 'string' ? normalizeEmail(body.email) : null;
  if (!body || !email) return error(400, 'invalid_email', 'email format is invalid.');
  const minutes = body.invite_expiration_minutes;
  if (minutes !== undefined && !(Number.isInteger(minutes) && (minutes as number) >= 5 && (minutes as number) <= 10080)) {
    return error(400, 'invalid_expiration', 'invite_expiration_minutes must be between 5 and 10080.');
  }
  if (body.locale !== undefined && !(STYTCH_LOCALES as readonly unknown[]).includes(body.locale)) {
    return error(400, 'invalid_locale', 'locale must be one of en, es, pt-br, fr.');
  }
  // Stytch takes no idempotency key: every request is a new attempt.
  const key = crypto.randomUUID();
  const [result] = (await serviceOnSend(
    { entries: [{ email, roleSlugs: ['member'], idempotencyKey: key }], organizationId: DEMO_ORG_ID },
    { signal: request.signal, idempotencyKey: key, attempt: 1 },
  )) as InviteResult[];
  // A pending user is invited again (a fresh magic link), so "already invited" reads as sent here.
  if (result?.success || (result && result.error.code === 'invite.already_pending')) {
    return json(200, { status_code: 200, request_id: requestId, user_id: `user-test-${crypto.randomUUID()}`, email_id: `email-test-${crypto.randomUUID()}` });
  }
  const answer = (result && STYTCH_ANSWERS[result.error.code]) ?? { status: 400, type: result?.error.code ?? 'bad_request', message: result?.error.message ?? 'Bad request.' };
  return error(answer.status, answer.type, answer.message, result ? retryAfter(result) : {});
}

// ─── The worker ──────────────────────────────────────────────────────────────────────────────────

const handlers = [
  http.post('/api/orgs/:organizationId/invitations', ({ request }) => serve(request, batchApi)),
  http.get('/api/orgs/:organizationId/invitations', ({ request }) => serve(request, batchApi)),
  http.post('/api/orgs/:organizationId/invitations/:invitationId/:action', ({ request }) => serve(request, batchApi)),
  http.post('/mock/workos/user_management/invitations', ({ request }) => serve(request, workos)),
  http.get('/mock/workos/user_management/invitations', ({ request }) => serve(request, workosList)),
  http.post('/mock/workos/user_management/invitations/:id/:action', ({ request, params }) =>
    params.action === 'resend' || params.action === 'revoke'
      ? serve(request, (r) => workosAct(r, String(params.id), params.action as 'resend' | 'revoke'))
      : new Response(null, { status: 404 }),
  ),
  http.post('/mock/stytch/v1/magic_links/email/invite', ({ request }) => serve(request, stytch)),
];

// One worker per page, kept across hot reloads; each reload of this module brings its handlers.
const holder = globalThis as typeof globalThis & { __inviteKitDemoWorker?: { worker: SetupWorker; started: Promise<unknown> } };
if (holder.__inviteKitDemoWorker) holder.__inviteKitDemoWorker.worker.resetHandlers(...handlers);

/**
 * Starts the service worker (once per page). The worker file comes from `public/` by a relative
 * URL, so a static Storybook works from any folder it is served from.
 */
export function startDemoServer(): Promise<unknown> {
  if (!holder.__inviteKitDemoWorker) {
    const worker = setupWorker(...handlers);
    const started = worker.start({
      quiet: true,
      serviceWorker: { url: './mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
    });
    holder.__inviteKitDemoWorker = { worker, started };
  }
  return holder.__inviteKitDemoWorker.started;
}

/** Back to the seeded state: members, the seeded invitations, no calls, no faults, an admin caller. */
export function resetDemoServer() {
  demoApi.reset();
  demoFaults.clear();
  requestLog.clear();
  signInAs(['admin']);
}
