// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInvitationsStore } from '../../src/core/invitations-store';
import type { InvitationCallContext } from '../../src/core/types';
import { createStytchInvitations } from '../../src/transports/stytch-invitations';
import { createWorkOSInvitations } from '../../src/transports/workos-invitations';
import { jsonResponse, recordingFetch } from './harness';

const ctx = (over: Partial<InvitationCallContext> = {}): InvitationCallContext => ({ signal: new AbortController().signal, ...over });

describe('createWorkOSInvitations', () => {
  it('refuses to be created without credentials of any kind', () => {
    expect(() => createWorkOSInvitations()).toThrow(/apiKey/);
    expect(() => createWorkOSInvitations({ baseUrl: '/api/workos' })).not.toThrow();
  });

  it('asks at most WorkOS’s 100 a page, for the organization of the call', async () => {
    const { fetch, seen } = recordingFetch(() => jsonResponse(200, { object: 'list', data: [], list_metadata: { before: null, after: null } }));
    await createWorkOSInvitations({ baseUrl: '/api/workos', fetch }).list!({ limit: 500 }, ctx({ organizationId: 'org_1' }));
    expect(seen[0]!.url).toBe('http://app.test/api/workos/user_management/invitations?organization_id=org_1&limit=100&order=desc');
    // Behind a backend route the browser sends no key; the route adds it.
    expect(seen[0]!.headers.has('authorization')).toBe(false);
  });

  it('answers none for a 404, and rejects anything else a get meets', async () => {
    const { fetch } = recordingFetch((_, n) => (n === 1 ? jsonResponse(404, { message: 'Not found.' }) : jsonResponse(503, { message: 'Down.' })));
    const kit = createWorkOSInvitations({ apiKey: 'sk_test', fetch });
    await expect(kit.get!('invitation_1', ctx())).resolves.toBeUndefined();
    await expect(kit.get!('invitation_1', ctx())).rejects.toMatchObject({ code: 'invite.send_failed', status: 503 });
  });

  it('reads a backend route’s own session refusal as the person’s, without a key of its own', async () => {
    const { fetch } = recordingFetch(() => jsonResponse(401, { code: 'authorize.unauthenticated', message: 'Sign in again.' }));
    await expect(createWorkOSInvitations({ baseUrl: '/api/workos', fetch }).revoke!({ id: 'i' }, ctx())).rejects.toMatchObject({ code: 'authorize.unauthenticated' });
  });
});

describe('createStytchInvitations', () => {
  it('says Stytch keeps no list, so a list explains rather than shows nothing', async () => {
    const store = createInvitationsStore({ transport: createStytchInvitations() });
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'unsupported', capabilities: { list: false, resend: false, revoke: false, reinvite: false } });
  });
});
