/**
 * What the InvitationList stories share: an in-memory service per story (fresh on every render of
 * the story, so the stories run as tests independently), seeded with a team's invitations in
 * every state, and transports that misbehave on purpose.
 */
import { useState } from 'react';
import { InvitationError } from '../../src/core/invitation-error';
import type { InvitationsTransport } from '../../src/core/types';
import { createMemoryInvitationApi, type MemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A team's invitations in every state, dated from now. */
export const teamInvitations = (): MemorySeedInvitation[] => [
  { email: 'hana.sato@acme.com', state: 'accepted', createdAt: Date.now() - 20 * DAY, roleSlugs: ['member'], inviterUserId: 'user_me' },
  { email: 'gus.petrov@acme.com', state: 'revoked', createdAt: Date.now() - 8 * DAY, roleSlugs: ['member', 'org-support'] },
  { email: 'farah.haddad@acme.com', createdAt: Date.now() - 12 * DAY, roleSlugs: ['billing'], inviterUserId: 'user_me' },
  { email: 'dev.patel@acme.com', createdAt: Date.now() - 2 * DAY, roleSlugs: ['owner'] },
  { email: 'bo.lindqvist@acme.com', createdAt: Date.now() - 3 * DAY, roleSlugs: ['member'], locale: 'sv' },
  { email: 'chen.wei@acme.com', createdAt: Date.now() - 5 * HOUR, roleSlugs: ['member', 'org-support'], inviterUserId: 'user_me' },
  { email: 'ana.lima@acme.com', createdAt: Date.now() - DAY, roleSlugs: ['admin'], locale: 'pt-BR', inviterUserId: 'user_me' },
];

/** `count` pending and expired invitations, newest first: a long list that pages. */
export const manyInvitations = (count: number): MemorySeedInvitation[] =>
  Array.from({ length: count }, (_, i) => ({
    email: `teammate${count - i}@acme.com`,
    createdAt: Date.now() - (count - i) * 6 * HOUR,
    roleSlugs: [i % 7 === 0 ? 'billing' : 'member'],
  }));

/** Several expired invitations and one still pending. */
export const expiredInvitations = (): MemorySeedInvitation[] => [
  { email: 'pending.one@acme.com', createdAt: Date.now() - DAY },
  { email: 'ines.moreau@acme.com', createdAt: Date.now() - 9 * DAY, roleSlugs: ['admin'], locale: 'fr' },
  { email: 'jon.berg@acme.com', createdAt: Date.now() - 15 * DAY },
  { email: 'kai.nakamura@acme.com', createdAt: Date.now() - 30 * DAY, roleSlugs: ['billing'] },
];

/** A service made once per mount of the story. */
export function useStoryService(seeds: () => MemorySeedInvitation[]): MemoryInvitationApi {
  const [api] = useState(() => createMemoryInvitationApi({ invitations: seeds(), acceptUrl: ({ token }) => `https://app.acme.test/invite?invitation_token=${token}` }));
  return api;
}

/** Resend and revoke that never answer: the list shows what is on its way. */
export const hanging = (api: MemoryInvitationApi): InvitationsTransport => ({
  list: api.list,
  resend: () => new Promise(() => {}),
  revoke: () => new Promise(() => {}),
  capabilities: { list: true, resend: true, revoke: true },
});

/** A list that never answers: the skeleton stays. */
export const neverLists: InvitationsTransport = { list: () => new Promise(() => {}), capabilities: { list: true, resend: false, revoke: false } };

/** A list that fails the first time (the network), then works. */
export function failsOnce(api: MemoryInvitationApi): InvitationsTransport {
  let failed = false;
  return {
    ...api,
    list: (query, context) => {
      if (failed) return api.list(query, context);
      failed = true;
      return Promise.reject(new TypeError('Failed to fetch'));
    },
  };
}

/** A list the caller may not see: the server answers 403. */
export const forbiddenList: InvitationsTransport = {
  list: () => Promise.reject(new InvitationError({ code: 'authorize.forbidden', message: 'Forbidden.', retryable: false, uncertain: false, status: 403 })),
};
