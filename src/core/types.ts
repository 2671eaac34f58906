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
  email?: string;
  /** The caller's roles. Omit for an org-scoped API key, which skips the privilege guard. */
  roleSlugs?: string[];
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

/** An invitation as an API reports it. */
export interface Invitation {
  id: string;
  email: string;
  state?: string;
  roleSlugs?: string[];
  expiresAt?: string;
  createdAt?: string;
}

/** Why one entry was not invited. */
export interface InviteResultError {
  code: InviteErrorCode | (string & {});
  message: string;
  /** Whether sending the same entry again may succeed. */
  retryable: boolean;
  /** How long the server asked to wait before the next try. */
  retryAfterMs?: number;
  /** The HTTP status, when one was seen. */
  status?: number;
  /** The server's request id, for support. */
  requestId?: string;
  /**
   * `true` when the request may have reached the server (timeout, lost response): the entry may
   * have been invited. `false` when it provably never left.
   */
  uncertain?: boolean;
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
