/**
 * The public types of invite-kit's core. Framework-free: a server can import them.
 * @module
 */
import type { INVITE_ERROR_CODES } from './error-codes';
import type { InviteIssueReason, InviteReasonParams } from './reasons';

/** Every error code the kit knows: the batch API's catalog (seeds/004) plus the kit's own. */
export type InviteErrorCode = keyof typeof INVITE_ERROR_CODES;

/** A system role slug, lowest level first. */
export type SystemRole = 'member' | 'billing' | 'admin' | 'owner';

/**
 * Custom roles the organization knows (slugs start with `org-`). System roles may be listed too,
 * only to give them a name or a description.
 */
export type RoleCatalog = ReadonlyArray<{ slug: string; name?: string; description?: string }>;

/** Who is inviting. When `roleSlugs` is given, the privilege guard applies. */
export interface InviteCaller {
  /** The caller's own address: inviting it is `invite.self_invite`. */
  email?: string | undefined;
  /** The caller's roles. Omit for an org-scoped API key, which skips the privilege guard. */
  roleSlugs?: string[] | undefined;
}

/** The rules a batch is checked against, in the browser and on the server alike. */
export interface InvitePolicy {
  /**
   * The most entries one batch may hold.
   * @default 20
   */
  maxBatchSize?: number;
  /** Known custom roles; system roles are always known. Without it any well-formed `org-` slug is known. */
  roles?: RoleCatalog;
  /** When set: the self-invite and privilege guards apply. */
  caller?: InviteCaller;
  /** Optional pre-check: these addresses are reported as `invite.already_member`. */
  existingMemberEmails?: Iterable<string>;
  /** Optional pre-check: these addresses are reported as `invite.already_pending`. */
  pendingInviteEmails?: Iterable<string>;
}

/** One problem found in a batch. `index` is the entry's position; absent for batch-level issues. */
export interface InviteIssue {
  code: InviteErrorCode;
  /** What is wrong, in English. */
  message: string;
  index?: number;
  email?: string;
  /**
   * Which of the code's reasons it is, as a stable key a UI words in its own language
   * (`missing_at`, `too_many` …); absent when the code says it all.
   */
  reason?: InviteIssueReason;
  /** The values `message` names (counts, role slugs, the character not allowed …), for the same purpose. */
  params?: InviteReasonParams[InviteIssueReason];
}

/** One entry as it leaves the kit. */
export interface InviteSendEntry {
  email: string;
  name?: string;
  roleSlugs: string[];
  /** Minted with the entry, kept across retries, renewed when the entry is edited. */
  idempotencyKey: string;
}

/** What `onSend` receives: a frozen snapshot of one request. */
export interface InviteSendRequest {
  entries: InviteSendEntry[];
  organizationId?: string;
  /** Days the invitation is valid (WorkOS: 1..30, default 7). */
  expiresInDays?: number;
  /** Minutes the magic link is valid (Stytch: 5..10080, default 60). */
  expiresInMinutes?: number;
  locale?: string;
  inviterUserId?: string;
}

/** The second argument of `onSend`. */
export interface InviteSendContext {
  /** Aborted when the person cancels, the dialog unmounts, or the send times out. */
  signal: AbortSignal;
  /** The request's key, the same on every automatic retry of this same request. */
  idempotencyKey: string;
  /** 1 for the first try, 2 for the first automatic retry, … */
  attempt: number;
}

/** Who sent an invitation, as far as the API says (WorkOS gives only the user id). */
export interface InvitationInviter {
  /** The inviter's user id in the API (`user_…`). */
  id?: string | undefined;
  email?: string | undefined;
  /** A display name, when the API or the host knows one. */
  name?: string | undefined;
}

/** An invitation as an API reports it. Dates are ISO 8601 strings, as they came. */
export interface Invitation {
  id: string;
  email: string;
  /** `pending`, `expired`, `accepted` or `revoked` (seeds/004, WorkOS); other APIs may say other words. */
  state?: string | undefined;
  roleSlugs?: string[] | undefined;
  expiresAt?: string | undefined;
  createdAt?: string | undefined;
  acceptedAt?: string | undefined;
  revokedAt?: string | undefined;
  organizationId?: string | undefined;
  inviter?: InvitationInviter | undefined;
  /** The invitation email's language, when the API says (a resend keeps it). */
  locale?: string | undefined;
  /**
   * The link that accepts it (WorkOS's `accept_invitation_url`), for "Copy link". Whoever holds it
   * can accept the invitation: show it only to people allowed to resend it.
   */
  acceptUrl?: string | undefined;
}

/** Why one entry was not invited. */
export interface InviteResultError {
  code: InviteErrorCode | (string & {});
  message: string;
  /** Whether sending the same entry again may succeed. */
  retryable: boolean;
  /** How long the server asked to wait before the next try. */
  retryAfterMs?: number | undefined;
  /** The HTTP status, when one was seen. */
  status?: number | undefined;
  /** The server's request id, for support. */
  requestId?: string | undefined;
  /**
   * `true` when the request may have reached the server (timeout, lost response): the entry may
   * have been invited. `false` when it provably never left.
   */
  uncertain?: boolean | undefined;
}

/** The outcome for one entry. */
export type InviteResult =
  | { email: string; success: true; invitation?: Invitation }
  | { email: string; success: false; error: InviteResultError };

/**
 * The pluggable transport: sends one request and reports per entry.
 * Resolve `void` when every entry succeeded. Throwing or rejecting is fine: the kit turns it into
 * per-entry results (a thrown `Response` is read by its status and `Retry-After`).
 */
export type OnSend = ((request: InviteSendRequest, context: InviteSendContext) => Promise<InviteResult[] | void>) & {
  /** What the target API accepts; components adapt to it. */
  capabilities?: TransportCapabilities;
};

/** What an invitation API accepts, so the UI offers only what it can send. */
export interface TransportCapabilities {
  /** Several role slugs per entry, exactly one, or none at all. */
  roles: 'many' | 'one' | 'none';
  /** Invitation-email locales, in the API's own spelling. Absent: no locale is sent. */
  locales?: readonly string[];
  /** How the invitation's lifetime is set. Absent: it cannot be set. */
  expiry?: { unit: 'days' | 'minutes'; min: number; max: number; default: number };
  /** Whether the API honours idempotency keys, which makes automatic retries safe. */
  idempotencyKeys: boolean;
}

// ─── Managing sent invitations ──────────────────────────────────────────────────────────────────

/** What a list call asks for: one page, after a cursor. */
export interface InvitationListQuery {
  /** The organization whose invitations to list. */
  organizationId?: string;
  /** Where the page starts: the previous page's `nextCursor`. Absent: the first page. */
  cursor?: string;
  /** The most invitations on the page; the API may cap it (WorkOS: 100). */
  limit?: number;
  /** Only the invitations of this address. */
  email?: string;
}

/** One page of invitations, newest first. */
export interface InvitationPage {
  invitations: Invitation[];
  /** The cursor of the next page; absent on the last one. */
  nextCursor?: string | undefined;
  /**
   * The server's clock when it answered (its `Date` header), epoch ms: expiry is judged by the
   * server's clock, not the browser's (FAULTS F32).
   */
  serverTime?: number | undefined;
}

/** The second argument of every call of an {@link InvitationsTransport}. */
export interface InvitationCallContext {
  /** Aborted when the person leaves, the component unmounts, or the call times out. */
  signal: AbortSignal;
  /** The organization the invitation belongs to. */
  organizationId?: string;
  /** A key for this one action, the same if the person retries it; APIs that honour it act once. */
  idempotencyKey?: string;
}

/** What a transport can do with sent invitations, so the UI shows only what works. */
export interface InvitationCapabilities {
  /** Whether the API lists invitations. Stytch's magic-link invites cannot: the list explains that instead. */
  list: boolean;
  resend: boolean;
  revoke: boolean;
  /**
   * Whether `resend` also takes an expired invitation and makes it pending again: re-inviting an
   * expired one is then a resend of it. Otherwise re-inviting sends a new invitation (`onSend`).
   * @default false
   */
  resendExpired?: boolean;
  /** Whether a resend gives the invitation a fresh expiry. @default false */
  resendRenews?: boolean;
}

/**
 * Managing sent invitations, beside `OnSend`: each call optional, `capabilities` saying which exist.
 * A call resolves what the API answered and rejects when it refused or failed, preferably with an
 * error that has `code`, `message`, `retryable` and `uncertain` (an `InvitationError`): `uncertain`
 * when the request may have been applied (a lost answer), so a UI says "may have been revoked".
 */
export interface InvitationsTransport {
  /** One page of the organization's invitations, newest first. */
  list?: (query: InvitationListQuery, context: InvitationCallContext) => Promise<InvitationPage>;
  /** One invitation by id; `undefined` when there is none. `createInviteHandler` needs it to guard resend and revoke. */
  get?: (id: string, context: InvitationCallContext) => Promise<Invitation | undefined>;
  /** Sends the invitation email again, in the invitation's `locale` when given; resolves the invitation as it is now. */
  resend?: (invitation: { id: string; email?: string; locale?: string }, context: InvitationCallContext) => Promise<Invitation | void>;
  /** Revokes a pending invitation; resolves it as it is now. */
  revoke?: (invitation: { id: string; email?: string }, context: InvitationCallContext) => Promise<Invitation | void>;
  /** What it can do. @default read from which calls exist */
  capabilities?: InvitationCapabilities;
}
