import { createInviteError, type InviteResult, type OnSend, type TransportCapabilities } from 'invite-kit/core';

const INVITE_MEMBERS = `mutation Invite($orgId: ID!, $invites: [InviteInput!]!) {
  inviteMembers(orgId: $orgId, invites: $invites) { email ok reason }
}`;

interface InviteRow {
  email: string;
  ok: boolean;
  reason: 'ALREADY_MEMBER' | 'ALREADY_INVITED' | 'BLOCKED_DOMAIN' | null;
}

// What your API accepts, so the dialog offers exactly that.
const capabilities: TransportCapabilities = { roles: 'one', idempotencyKeys: true };

/** An onSend for an existing GraphQL API: one call per request, one result per person. */
export const onSend: OnSend = Object.assign(
  async (request: Parameters<OnSend>[0], { signal, idempotencyKey }: Parameters<OnSend>[1]): Promise<InviteResult[]> => {
    const response = await fetch('/graphql', {
      method: 'POST',
      // Aborted when the person cancels or the kit's timeout passes.
      signal,
      headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify({
        query: INVITE_MEMBERS,
        variables: {
          orgId: request.organizationId,
          invites: request.entries.map((entry) => ({ email: entry.email, role: entry.roleSlugs[0] })),
        },
      }),
    });
    // A thrown Response is read by its status and Retry-After: 5xx and 429 are retried, 401 asks
    // the person to sign in again, and so on.
    if (!response.ok) throw response;
    const { data } = (await response.json()) as { data: { inviteMembers: InviteRow[] } };
    return data.inviteMembers.map((row): InviteResult => {
      if (row.ok) return { email: row.email, success: true };
      if (row.reason === 'ALREADY_MEMBER') return { email: row.email, success: false, error: createInviteError('invite.already_member') };
      if (row.reason === 'ALREADY_INVITED') return { email: row.email, success: false, error: createInviteError('invite.already_pending') };
      // A code of your own works too: it is shown with its message and never retried.
      return {
        email: row.email,
        success: false,
        error: { code: 'acme.blocked_domain', message: 'Your organization does not allow this domain.', retryable: false },
      };
    });
  },
  { capabilities },
);
