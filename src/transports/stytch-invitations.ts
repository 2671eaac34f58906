/**
 * Stytch's magic-link invite (seeds/003) sends an email and keeps no list of invitations to page
 * through, resend or revoke: what it can do about sent invitations is nothing, and saying so lets
 * the invitations list explain that instead of showing an empty or broken list.
 * @module
 */
import type { InvitationCapabilities, InvitationsTransport } from '../core/types';

/** Stytch's magic-link invites: no list, no resend, no revoke. */
export const STYTCH_INVITATION_CAPABILITIES: InvitationCapabilities = Object.freeze({ list: false, resend: false, revoke: false });

/**
 * The {@link InvitationsTransport} of Stytch's magic-link invites: capabilities only, all `false`.
 * `InvitationList` then says the service keeps no list (`messages.unsupported`).
 * @example <InvitationList transport={createStytchInvitations()} />
 */
export const createStytchInvitations = (): InvitationsTransport & { capabilities: InvitationCapabilities } => ({
  capabilities: STYTCH_INVITATION_CAPABILITIES,
});
