// @vitest-environment node
/**
 * The vendors' own Node SDKs as test oracles: for the same invitations, the kit's transports send
 * what `@workos-inc/node` and `stytch` send (method, path, credentials, content type, body bytes),
 * and every answer the vendors document maps to the outcome a person should see. Both SDKs and the
 * transports talk to one recorder on 127.0.0.1 that answers as scripted.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WorkOS } from '@workos-inc/node';
import stytch from 'stytch';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InviteResult, InviteSendRequest, InvitationCallContext, InvitationPage } from '../../src/core/types';
import { createStytchTransport } from '../../src/transports/stytch';
import { createWorkOSTransport } from '../../src/transports/workos';
import { createWorkOSInvitations } from '../../src/transports/workos-invitations';
import { context } from './harness';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

let server: Server;
let origin: string;
let port: number;
let recorded: Recorded[] = [];
let answer: Answer = json(200, {});

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      recorded.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  recorded = [];
  // The Stytch SDK warns about a custom environment URL; the recorder is one.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

/** Runs `call` against the recorder and returns what it sent, and how it ended. */
async function record<T>(call: () => Promise<T>): Promise<{ sent: Recorded; outcome: { value: T } | { error: unknown } }> {
  const before = recorded.length;
  let outcome: { value: T } | { error: unknown };
  try {
    outcome = { value: await call() };
  } catch (error) {
    outcome = { error };
  }
  expect(recorded.length).toBe(before + 1);
  return { sent: recorded[before]!, outcome };
}

const errorOf = (results: void | InviteResult[]) => {
  const [result] = results as InviteResult[];
  return result && !result.success ? result.error : undefined;
};

const request = (extra: Omit<InviteSendRequest, 'entries'>, roleSlugs = ['member'], name?: string): InviteSendRequest => ({
  entries: [{ email: 'marcelina.davis@example.com', roleSlugs, idempotencyKey: 'key-1', ...(name && { name }) }],
  ...extra,
});

// ─── WorkOS ──────────────────────────────────────────────────────────────────────────────────────

const WORKOS_KEY = 'sk_test_a1b2c3';

// UserlandUserInvite, as WorkOS's OpenAPI specification describes it.
const workosInvitation = {
  object: 'invitation',
  id: 'invitation_01E4ZCR3C56J083X43JQXF3JK5',
  email: 'marcelina.davis@example.com',
  state: 'pending',
  accepted_at: null,
  revoked_at: null,
  expires_at: '2026-01-22T12:00:00.000Z',
  organization_id: 'org_01E4ZCR3C56J083X43JQXF3JK5',
  inviter_user_id: 'user_01HYGBX8ZGD19949T3BM4FW1C3',
  accepted_user_id: null,
  role_slug: 'admin',
  token: 'Z1uX3RbwcIl5fIGJJJCXXisdI',
  accept_invitation_url: 'https://your-app.com/invite?invitation_token=Z1uX3RbwcIl5fIGJJJCXXisdI',
  created_at: '2026-01-15T12:00:00.000Z',
  updated_at: '2026-01-15T12:00:00.000Z',
};

describe('createWorkOSTransport against @workos-inc/node', () => {
  const sdk = () => new WorkOS(WORKOS_KEY, { apiHostname: '127.0.0.1', port, https: false });
  const kit = () => createWorkOSTransport({ apiKey: WORKOS_KEY, baseUrl: origin });

  it.each<[string, Omit<InviteSendRequest, 'entries'>, string[]]>([
    ['every field', { organizationId: 'org_01E4ZCR3C56J083X43JQXF3JK5', expiresInDays: 14, inviterUserId: 'user_01HYGBX8ZGD19949T3BM4FW1C3', locale: 'de' }, ['admin']],
    ['only the address and its role', {}, ['member']],
    ['a custom role and a regional locale', { organizationId: 'org_1', locale: 'pt-BR' }, ['org-billing-viewer']],
  ])('sends what the SDK sends for %s: method, path, bearer key, content type, body bytes', async (_, fields, roles) => {
    answer = json(201, workosInvitation);
    const theirs = await record(() =>
      sdk().userManagement.sendInvitation({
        email: 'marcelina.davis@example.com',
        ...(fields.organizationId && { organizationId: fields.organizationId }),
        ...(fields.expiresInDays && { expiresInDays: fields.expiresInDays }),
        ...(fields.inviterUserId && { inviterUserId: fields.inviterUserId }),
        roleSlug: roles[0]!,
        ...(fields.locale && { locale: fields.locale as 'de' }),
      }),
    );
    const ours = await record(() => kit()(request(fields, roles), context()));
    expect(ours.sent.method).toBe(theirs.sent.method);
    expect(ours.sent.path).toBe(theirs.sent.path);
    expect(ours.sent.path).toBe('/user_management/invitations');
    expect(ours.sent.headers.authorization).toBe(theirs.sent.headers.authorization);
    expect(ours.sent.headers['content-type']).toBe(theirs.sent.headers['content-type']);
    expect(ours.sent.body).toBe(theirs.sent.body);
    // What the kit sends beyond the SDK: the entry's own key, so a retry cannot invite twice.
    expect(ours.sent.headers['idempotency-key']).toBe('key-1');
  });

  it('reads the invitation the SDK reads from a 201', async () => {
    answer = json(201, workosInvitation);
    const theirs = await record(() => sdk().userManagement.sendInvitation({ email: 'marcelina.davis@example.com', roleSlug: 'admin' }));
    const ours = await record(() => kit()(request({}, ['admin']), context()));
    const invitation = (theirs.outcome as unknown as { value: { id: string; email: string; state: string; expiresAt: string; createdAt: string } }).value;
    expect((ours.outcome as { value: InviteResult[] }).value[0]).toEqual({
      email: 'marcelina.davis@example.com',
      success: true,
      invitation: {
        id: invitation.id,
        email: invitation.email,
        state: invitation.state,
        // This SDK version does not read role_slug yet; the kit takes it from WorkOS's answer.
        roleSlugs: [workosInvitation.role_slug],
        expiresAt: invitation.expiresAt,
        createdAt: invitation.createdAt,
      },
    });
  });

  // Every answer WorkOS documents for this endpoint, and what goes wrong in front of it.
  it.each<[string, Answer, string, Record<string, unknown>]>([
    ['400 user_already_organization_member', json(400, { code: 'user_already_organization_member', message: 'The user is already a member.' }), 'GenericServerException', { code: 'invite.already_member', retryable: false }],
    ['400 email_already_invited_to_organization', json(400, { code: 'email_already_invited_to_organization', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.already_pending' }],
    ['400 email_already_invited', json(400, { code: 'email_already_invited', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.already_pending' }],
    ['400 user_already_exists', json(400, { code: 'user_already_exists', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.already_member' }],
    ['400 expires_in_days_too_short', json(400, { code: 'expires_in_days_too_short', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.invalid_expiry' }],
    ['400 expires_in_days_too_long', json(400, { code: 'expires_in_days_too_long', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.invalid_expiry' }],
    ['400 invalid_role', json(400, { code: 'invalid_role', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.invalid_role' }],
    ['400 organization_blocked_from_sending_invites', json(400, { code: 'organization_blocked_from_sending_invites', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'organization_blocked_from_sending_invites', retryable: false }],
    ['400 email_domain_not_deliverable', json(400, { code: 'email_domain_not_deliverable', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.invalid_email' }],
    ['404 organization', json(404, { message: "Organization not found: 'org_01EHQMYV6MBK39QC5PZXHY59C3'." }), 'NotFoundException', { code: 'invite.org_not_found', retryable: false }],
    ['422 on the email field', json(422, { code: 'invalid_request_parameters', message: 'Validation failed.', errors: [{ code: 'email_string_invalid', field: 'email' }] }), 'UnprocessableEntityException', { code: 'invite.invalid_email' }],
    ['429 with Retry-After', json(429, { code: 'rate_limit_exceeded', message: 'Too many requests.' }, { 'Retry-After': '7' }), 'RateLimitExceededException', { code: 'invite.ip_rate_limited', retryable: true, retryAfterMs: 7_000 }],
    ['401: WorkOS refusing the key', json(401, { message: 'Unauthorized' }), 'UnauthorizedException', { code: 'invite.server_misconfigured', retryable: false, uncertain: false }],
    ['500', json(500, { message: 'Internal Server Error' }, { 'X-Request-ID': 'req_500' }), 'GenericServerException', { code: 'invite.send_failed', retryable: true, uncertain: true, requestId: 'req_500' }],
  ])('%s: the SDK throws, the kit reports the entry’s outcome', async (_, response, thrown, expected) => {
    answer = response;
    const theirs = await record(() => sdk().userManagement.sendInvitation({ email: 'marcelina.davis@example.com' }));
    expect('error' in theirs.outcome && (theirs.outcome.error as Error).name).toBe(thrown);
    const ours = await record(() => kit()(request({}), context()));
    expect(errorOf((ours.outcome as { value: InviteResult[] }).value)).toMatchObject(expected);
  });

  it('a 200 text/html (a single-page app’s fallback): the SDK fails to parse it, the kit never says "Invited"', async () => {
    answer = { status: 200, body: '<!doctype html><div id="root"></div>', headers: { 'content-type': 'text/html' } };
    const theirs = await record(() => sdk().userManagement.sendInvitation({ email: 'marcelina.davis@example.com' }));
    expect('error' in theirs.outcome).toBe(true);
    const ours = await record(() => kit()(request({}), context()));
    expect(errorOf((ours.outcome as { value: InviteResult[] }).value)).toMatchObject({ code: 'invite.invalid_response', uncertain: true });
  });

  it('a 200 of another JSON shape: the SDK returns an empty invitation, the kit refuses to call it a success', async () => {
    answer = json(200, { ok: true });
    const theirs = await record(() => sdk().userManagement.sendInvitation({ email: 'marcelina.davis@example.com' }));
    expect((theirs.outcome as { value: { id?: string } }).value.id).toBeUndefined();
    const ours = await record(() => kit()(request({}), context()));
    expect(errorOf((ours.outcome as { value: InviteResult[] }).value)).toMatchObject({ code: 'invite.invalid_response' });
  });
});

describe('createWorkOSInvitations against @workos-inc/node', () => {
  const sdk = () => new WorkOS(WORKOS_KEY, { apiHostname: '127.0.0.1', port, https: false });
  const kit = () => createWorkOSInvitations({ apiKey: WORKOS_KEY, baseUrl: origin });
  const ctx = (over: Partial<InvitationCallContext> = {}): InvitationCallContext => ({ signal: new AbortController().signal, ...over });
  const same = (ours: Recorded, theirs: Recorded) => {
    expect(ours.method).toBe(theirs.method);
    expect(ours.path).toBe(theirs.path);
    expect(ours.headers.authorization).toBe(theirs.headers.authorization);
    expect(ours.body).toBe(theirs.body);
  };
  // What the kit reads from WorkOS's invitation object, field by field, beside what the SDK reads.
  const expected = (sdkInvitation: Record<string, unknown>) => ({
    id: sdkInvitation.id,
    email: sdkInvitation.email,
    state: sdkInvitation.state,
    expiresAt: sdkInvitation.expiresAt,
    createdAt: sdkInvitation.createdAt,
    organizationId: sdkInvitation.organizationId,
    inviter: { id: sdkInvitation.inviterUserId },
    acceptUrl: sdkInvitation.acceptInvitationUrl,
    roleSlugs: [workosInvitation.role_slug],
  });

  it.each<[string, { organizationId?: string; limit?: number; after?: string; email?: string }]>([
    ['the first page of an organization', { organizationId: 'org_01E4ZCR3C56J083X43JQXF3JK5', limit: 20 }],
    ['the next page, after a cursor', { organizationId: 'org_1', limit: 5, after: 'invitation_01HXYZ987654321KJIHGFEDCBA' }],
    ['one address', { organizationId: 'org_1', email: 'marcelina.davis@example.com' }],
  ])('lists %s with the SDK’s request, and reads what it reads', async (_, query) => {
    answer = json(200, { object: 'list', data: [workosInvitation], list_metadata: { before: null, after: 'invitation_next' } });
    const theirs = await record(() => sdk().userManagement.listInvitations(query));
    const ours = await record(() => kit().list!({ ...(query.organizationId && { organizationId: query.organizationId }), ...(query.limit && { limit: query.limit }), ...(query.after && { cursor: query.after }), ...(query.email && { email: query.email }) }, ctx()));
    same(ours.sent, theirs.sent);
    expect(ours.sent.path).toMatch(/^\/user_management\/invitations\?/);
    const sdkPage = (theirs.outcome as unknown as { value: { data: Array<Record<string, unknown>>; listMetadata: { after: string } } }).value;
    const page = (ours.outcome as { value: InvitationPage }).value;
    expect(page.invitations).toEqual(sdkPage.data.map(expected));
    expect(page.nextCursor).toBe(sdkPage.listMetadata.after);
  });

  it('ends at a list_metadata.after of null', async () => {
    answer = json(200, { object: 'list', data: [], list_metadata: { before: null, after: null } });
    const ours = await record(() => kit().list!({}, ctx()));
    const page = (ours.outcome as { value: InvitationPage }).value;
    expect(page.invitations).toEqual([]);
    expect(page.nextCursor).toBeUndefined();
  });

  it('gets one invitation as the SDK does, and reads a 404 as none', async () => {
    answer = json(200, workosInvitation);
    const theirs = await record(() => sdk().userManagement.getInvitation(workosInvitation.id));
    const ours = await record(() => kit().get!(workosInvitation.id, ctx()));
    same(ours.sent, theirs.sent);
    expect((ours.outcome as { value: unknown }).value).toEqual(expected((theirs.outcome as unknown as { value: Record<string, unknown> }).value));
    answer = json(404, { message: 'Invitation not found.' });
    await expect(kit().get!('invitation_x', ctx())).resolves.toBeUndefined();
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['without a locale', undefined, undefined],
    ['in the invitation’s locale', 'de', 'de'],
    ['in a regional locale WorkOS lists', 'pt-BR', 'pt-BR'],
  ])('resends %s with the SDK’s request, and the action’s Idempotency-Key', async (_, locale, sdkLocale) => {
    answer = json(200, workosInvitation);
    const theirs = await record(() => sdk().userManagement.resendInvitation(workosInvitation.id, sdkLocale ? { locale: sdkLocale as 'de' } : undefined));
    const ours = await record(() => kit().resend!({ id: workosInvitation.id, ...(locale && { locale }) }, ctx({ idempotencyKey: 'act-1' })));
    same(ours.sent, theirs.sent);
    expect(ours.sent.headers['content-type']).toBe(theirs.sent.headers['content-type']);
    expect(ours.sent.headers['idempotency-key']).toBe('act-1');
    expect((ours.outcome as { value: unknown }).value).toEqual(expected((theirs.outcome as unknown as { value: Record<string, unknown> }).value));
  });

  it('resends a locale WorkOS does not list as its closest one, never a 422', async () => {
    answer = json(200, workosInvitation);
    const ours = await record(() => kit().resend!({ id: 'invitation_1', locale: 'es-MX' }, ctx()));
    expect(JSON.parse(ours.sent.body)).toEqual({ locale: 'es-419' });
  });

  it('revokes with the SDK’s request', async () => {
    answer = json(200, { ...workosInvitation, state: 'revoked', revoked_at: '2026-01-16T12:00:00.000Z' });
    const theirs = await record(() => sdk().userManagement.revokeInvitation(workosInvitation.id));
    const ours = await record(() => kit().revoke!({ id: workosInvitation.id }, ctx()));
    same(ours.sent, theirs.sent);
    expect(ours.sent.headers['content-type']).toBe(theirs.sent.headers['content-type']);
    expect((ours.outcome as { value: unknown }).value).toMatchObject({ state: 'revoked', revokedAt: '2026-01-16T12:00:00.000Z' });
  });

  // Every answer WorkOS documents for resend and revoke, and what goes wrong in front of them.
  it.each<[string, 'resend' | 'revoke', Answer, string, Record<string, unknown>]>([
    ['resend 400 invite_expired', 'resend', json(400, { code: 'invite_expired', message: 'Invite has expired.' }), 'GenericServerException', { code: 'invite.invitation_expired', retryable: false, uncertain: false }],
    ['resend 400 invite_revoked', 'resend', json(400, { code: 'invite_revoked', message: 'Invite has been revoked.' }), 'GenericServerException', { code: 'invite.invitation_revoked' }],
    ['resend 400 invite_accepted', 'resend', json(400, { code: 'invite_accepted', message: 'Invite has already been accepted.' }), 'GenericServerException', { code: 'invite.invitation_accepted' }],
    ['resend 400 email_domain_not_deliverable', 'resend', json(400, { code: 'email_domain_not_deliverable', message: 'Request could not be processed.' }), 'GenericServerException', { code: 'invite.invalid_email' }],
    ['resend 404', 'resend', json(404, { message: "Organization not found: 'org_01EHQMYV6MBK39QC5PZXHY59C3'." }), 'NotFoundException', { code: 'invite.invitation_not_found' }],
    ['revoke 400 invite_not_pending', 'revoke', json(400, { code: 'invite_not_pending', message: 'Invite is not pending.' }), 'GenericServerException', { code: 'invite.not_pending', retryable: false }],
    ['revoke 429 with Retry-After', 'revoke', json(429, { code: 'rate_limit_exceeded', message: 'Too many requests.' }, { 'Retry-After': '3' }), 'RateLimitExceededException', { code: 'invite.ip_rate_limited', retryable: true }],
    ['revoke 401: WorkOS refusing the key', 'revoke', json(401, { message: 'Unauthorized' }), 'UnauthorizedException', { code: 'invite.server_misconfigured', uncertain: false }],
    ['revoke 500', 'revoke', json(500, { message: 'Internal Server Error' }, { 'X-Request-ID': 'req_500' }), 'GenericServerException', { code: 'invite.send_failed', uncertain: true, requestId: 'req_500' }],
  ])('%s: the SDK throws, the kit rejects with the outcome a person should read', async (_, verb, response, thrown, outcome) => {
    answer = response;
    const theirs = await record(() => (verb === 'resend' ? sdk().userManagement.resendInvitation('invitation_1') : sdk().userManagement.revokeInvitation('invitation_1')));
    expect('error' in theirs.outcome && (theirs.outcome.error as Error).name).toBe(thrown);
    const ours = await record(() => kit()[verb]!({ id: 'invitation_1' }, ctx()));
    expect('error' in ours.outcome && ours.outcome.error).toMatchObject(outcome);
  });

  it('a 200 text/html (a fallback page): the kit never calls it revoked', async () => {
    answer = { status: 200, body: '<!doctype html>', headers: { 'content-type': 'text/html' } };
    const ours = await record(() => kit().revoke!({ id: 'invitation_1' }, ctx()));
    expect('error' in ours.outcome && ours.outcome.error).toMatchObject({ code: 'invite.invalid_response', uncertain: true });
  });
});

// ─── Stytch ──────────────────────────────────────────────────────────────────────────────────────

const PROJECT = 'project-test-11111111-2222-3333-4444-555555555555';
const SECRET = 'secret-test-abcdefghijklmnopqrstuvwxyz';
const REQUEST_ID = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141';

const stytchError = (status: number, type: string, message = 'm') =>
  json(status, { status_code: status, request_id: REQUEST_ID, error_type: type, error_message: message, error_url: `https://stytch.com/docs/api/errors/${status}` });

describe('createStytchTransport against stytch', () => {
  const sdk = () => new stytch.Client({ project_id: PROJECT, secret: SECRET, env: `${origin}/` });
  const kit = () => createStytchTransport({ projectId: PROJECT, secret: SECRET, baseUrl: origin, inviteMagicLinkUrl: 'https://app.example.com/authenticate' });

  it.each<[string, Omit<InviteSendRequest, 'entries'>, string | undefined, Record<string, unknown>]>([
    [
      'every field',
      { expiresInMinutes: 1440, locale: 'pt-BR' },
      'Marcelina Davis',
      { invite_expiration_minutes: 1440, locale: 'pt-br', name: { first_name: 'Marcelina', last_name: 'Davis' } },
    ],
    ['days, converted to minutes', { expiresInDays: 2 }, undefined, { invite_expiration_minutes: 2880 }],
    ['only the address', {}, undefined, {}],
  ])('sends what the SDK sends for %s: method, path, Basic credentials, content type, body bytes', async (_, fields, name, extra) => {
    answer = json(200, { request_id: REQUEST_ID, user_id: 'user-test-1', email_id: 'email-test-1', status_code: 200 });
    const theirs = await record(() =>
      sdk().magicLinks.email.invite({ email: 'marcelina.davis@example.com', invite_magic_link_url: 'https://app.example.com/authenticate', ...extra }),
    );
    const ours = await record(() => kit()(request(fields, ['member'], name), context()));
    expect(ours.sent.method).toBe(theirs.sent.method);
    expect(ours.sent.path).toBe(theirs.sent.path);
    expect(ours.sent.path).toBe('/v1/magic_links/email/invite');
    expect(ours.sent.headers.authorization).toBe(theirs.sent.headers.authorization);
    expect(ours.sent.headers['content-type']).toBe(theirs.sent.headers['content-type']);
    expect(ours.sent.body).toBe(theirs.sent.body);
  });

  it('reads the invite answer the SDK reads', async () => {
    answer = json(200, { request_id: REQUEST_ID, user_id: 'user-test-16d9ba61', email_id: 'email-test-1', status_code: 200 });
    const theirs = await record(() => sdk().magicLinks.email.invite({ email: 'marcelina.davis@example.com' }));
    const ours = await record(() => kit()(request({}), context()));
    expect((ours.outcome as { value: InviteResult[] }).value[0]).toEqual({
      email: 'marcelina.davis@example.com',
      success: true,
      invitation: { id: (theirs.outcome as { value: { user_id: string } }).value.user_id, email: 'marcelina.davis@example.com', state: 'pending' },
    });
  });

  it.each<[string, Answer, Record<string, unknown>]>([
    ['400 invalid_email', stytchError(400, 'invalid_email'), { code: 'invite.invalid_email', retryable: false }],
    ['400 inactive_email', stytchError(400, 'inactive_email'), { code: 'invite.invalid_email' }],
    ['400 duplicate_email', stytchError(400, 'duplicate_email'), { code: 'invite.already_member' }],
    ['400 invalid_expiration', stytchError(400, 'invalid_expiration'), { code: 'invite.invalid_expiry' }],
    ['400 invalid_invite_magic_link_url', stytchError(400, 'invalid_invite_magic_link_url'), { code: 'invite.server_misconfigured', uncertain: false }],
    ['401 unauthorized_credentials (the seed’s)', stytchError(401, 'unauthorized_credentials', 'Unauthorized credentials.'), { code: 'invite.server_misconfigured', retryable: false, uncertain: false, requestId: REQUEST_ID }],
    ['429 too_many_requests (the seed’s)', stytchError(429, 'too_many_requests', 'Too many requests have been made.'), { code: 'invite.ip_rate_limited', retryable: true, uncertain: false }],
    ['500 internal_server_error (the seed’s)', stytchError(500, 'internal_server_error'), { code: 'invite.send_failed', retryable: true, uncertain: true }],
  ])('%s: the SDK throws its StytchError, the kit reports the entry’s outcome', async (_, response, expected) => {
    answer = response;
    const theirs = await record(() => sdk().magicLinks.email.invite({ email: 'marcelina.davis@example.com' }));
    const error = 'error' in theirs.outcome ? (theirs.outcome.error as { error_type?: string }) : undefined;
    expect(error?.error_type).toBe((JSON.parse(response.body) as { error_type: string }).error_type);
    const ours = await record(() => kit()(request({}), context()));
    expect(errorOf((ours.outcome as { value: InviteResult[] }).value)).toMatchObject(expected);
  });

  it.each<[string, Answer, string]>([
    ['a 404 page (a wrong base URL; Stytch has no organizations here)', { status: 404, body: '<h1>Not Found</h1>', headers: { 'content-type': 'text/html' } }, 'invite.server_misconfigured'],
    ['a 200 text/html (a single-page app’s fallback)', { status: 200, body: '<!doctype html>', headers: { 'content-type': 'text/html' } }, 'invite.invalid_response'],
    ['a 200 of another JSON shape', json(200, { ok: true }), 'invite.invalid_response'],
  ])('%s: the kit never reports "Invited" or "no such organization"', async (_, response, code) => {
    answer = response;
    const ours = await record(() => kit()(request({}), context()));
    expect(errorOf((ours.outcome as { value: InviteResult[] }).value)).toMatchObject({ code });
  });
});
