import { InvitationError, type InvitationsTransport } from 'invite-kit/core';

// Your own API's routes for sent invitations, as an InvitationsTransport.
export const myInvitations: InvitationsTransport = {
  capabilities: { list: true, resend: true, revoke: true, resendRenews: true },
  list: async ({ organizationId, cursor, limit }, { signal }) => {
    const response = await fetch(`/api/teams/${organizationId}/invites?after=${cursor ?? ''}&limit=${limit ?? 20}`, { signal });
    if (!response.ok) throw new InvitationError({ code: 'invite.send_failed', message: 'The list could not be loaded.', retryable: true, uncertain: false, status: response.status });
    const page = (await response.json()) as { items: Array<{ id: string; email: string; status: string; role: string; sentAt: string; expiresAt: string }>; next?: string };
    return {
      invitations: page.items.map((item) => ({ id: item.id, email: item.email, state: item.status, roleSlugs: [item.role], createdAt: item.sentAt, expiresAt: item.expiresAt })),
      ...(page.next && { nextCursor: page.next }),
      // Expiry is judged by the server's clock: say what it is.
      serverTime: Date.parse(response.headers.get('date') ?? '') || undefined,
    };
  },
  resend: async ({ id, locale }, { signal, idempotencyKey }) => {
    const response = await fetch(`/api/invites/${id}/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(idempotencyKey && { 'idempotency-key': idempotencyKey }) },
      body: JSON.stringify({ locale }),
      signal,
    });
    // A refusal is an error with a code the list can word; a network failure (fetch's TypeError)
    // is read as "may have been resent" by the store itself.
    if (response.status === 409) throw new InvitationError({ code: 'invite.not_pending', message: 'It is no longer pending.', retryable: false, uncertain: false, status: 409 });
    if (!response.ok) throw new InvitationError({ code: 'invite.send_failed', message: 'It could not be resent.', retryable: true, uncertain: response.status >= 500, status: response.status });
  },
  revoke: async ({ id }, { signal }) => {
    const response = await fetch(`/api/invites/${id}`, { method: 'DELETE', signal });
    if (!response.ok) throw new InvitationError({ code: 'invite.send_failed', message: 'It could not be revoked.', retryable: true, uncertain: response.status >= 500, status: response.status });
  },
};
