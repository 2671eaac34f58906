/**
 * Sent invitations: the model a list shows (state, roles, dates, inviter, link), their state judged
 * by the server's clock, the order they are shown in, and the rules of which action a caller may
 * take on which invitation. Framework-free: the store, the server handler and any UI share it.
 * @module
 */
import { roleGuard, type RoleDisabledBy } from './roles';
import type { InviteCaller, InviteResultError, Invitation, InvitationCapabilities } from './types';

// ─── The model ───────────────────────────────────────────────────────────────────────────────────

/** Where an invitation stands. */
export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/** The states in the order a list shows them: pending first. */
export const INVITATION_STATES = ['pending', 'expired', 'revoked', 'accepted'] as const satisfies readonly InvitationState[];

/** Which invitations a list shows: all of them, or those in one state. */
export type InvitationFilter = 'all' | InvitationState;

/** An invitation as the kit lists it: a known `state` (as the API reported it) and a list of roles. */
export interface InvitationRecord extends Invitation {
  /** As the API reported it; `pending` when it said nothing the kit knows. Use {@link invitationTimeline} for the state now. */
  state: InvitationState;
  /** Empty when the API has no roles (Stytch). */
  roleSlugs: string[];
}

const STATES = new Set<string>(INVITATION_STATES);

/** Epoch ms of an ISO date, or `undefined` when it is missing or does not parse (never throws). */
export const parseTime = (value: unknown): number | undefined => {
  const time = typeof value === 'string' && value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : undefined;
};

/**
 * Reads an invitation from any API into an {@link InvitationRecord}; `undefined` without an `id`
 * and an `email`. An unknown state word reads as `pending` (its dates still decide whether it has
 * expired); roles that are not strings are dropped.
 * @example readInvitation({ id: 'inv_1', email: 'ana@acme.com', state: 'PENDING' })?.state // 'pending'
 */
export function readInvitation(value: Invitation | undefined | null): InvitationRecord | undefined {
  if (!value || typeof value.id !== 'string' || !value.id || typeof value.email !== 'string' || !value.email) return undefined;
  const state = String(value.state ?? '').toLowerCase();
  return {
    ...value,
    state: STATES.has(state) ? (state as InvitationState) : 'pending',
    roleSlugs: Array.isArray(value.roleSlugs) ? value.roleSlugs.filter((slug): slug is string => typeof slug === 'string') : [],
  };
}

// ─── The server's clock (FAULTS F32) ────────────────────────────────────────────────────────────

/**
 * What the kit knows of the server's clock: `offset` is the server's time minus the local one, in
 * ms, and lies within `low`..`high`, the bounds the server's own answers set (it had already created
 * every invitation it listed, and had not yet seen a pending one expire).
 */
export interface ServerClock {
  offset: number;
  low: number;
  high: number;
}

/** Nothing known yet: the local clock, unbounded. */
export const UNKNOWN_SERVER_CLOCK: ServerClock = Object.freeze({ offset: 0, low: -Infinity, high: Infinity });

/**
 * Learns from one answer of the server, received at local time `receivedAt`: its `Date` header
 * (`serverTime`) when it gave one, and the bounds its invitations set. A browser whose clock is
 * hours off still reads a just-created invitation as pending, for the full lifetime it was given.
 * Inconsistent dates (an expiry before the creation, a date that does not parse) teach nothing.
 * @example
 * let clock = UNKNOWN_SERVER_CLOCK;
 * clock = observeServerClock(clock, page, Date.now());
 * const serverNow = Date.now() + clock.offset;
 */
export function observeServerClock(
  clock: ServerClock,
  answer: { invitations?: readonly Invitation[]; serverTime?: number },
  receivedAt: number,
): ServerClock {
  let { low, high } = clock;
  for (const invitation of answer.invitations ?? []) {
    const created = parseTime(invitation.createdAt);
    const expires = parseTime(invitation.expiresAt);
    if (created === undefined || (expires !== undefined && expires <= created)) continue;
    low = Math.max(low, created - receivedAt);
    const state = String(invitation.state ?? 'pending').toLowerCase();
    if (state === 'pending' && expires !== undefined) high = Math.min(high, expires - receivedAt);
  }
  // Bounds that contradict each other come from dates that are wrong: keep the old ones.
  if (low > high) ({ low, high } = clock);
  const hint = typeof answer.serverTime === 'number' && Number.isFinite(answer.serverTime) ? answer.serverTime - receivedAt : clock.offset;
  // The server's now lies in [low, high): it had created every invitation it listed and had seen no
  // pending one expire. A hint past `high` is a clock proven wrong: the newest creation is then the
  // best guess (right for what was just sent), else just before the first expiry.
  const offset = hint < low ? low : hint < high ? hint : low > -Infinity ? low : high - 1000;
  return { offset, low, high };
}

/** When an invitation happened and happens, seen from the server's now. */
export interface InvitationTimeline {
  /** The state now: a pending invitation whose expiry has passed (by the server's clock) is `expired`. */
  state: InvitationState;
  /**
   * ms until it expires, negative once it has ("expires in 3 days", "expired 2 days ago"). Absent
   * when there is no expiry, it does not parse, or it lies before the creation (F32): the UI then
   * shows no relative time rather than a wrong one. Absent for accepted and revoked invitations.
   */
  expiresInMs?: number;
  /** ms since it was sent, never negative. */
  sentMsAgo?: number;
  /** ms since it was accepted or revoked. */
  settledMsAgo?: number;
}

/**
 * The state and times of an invitation at `serverNow` (the local time plus the server clock's
 * offset). Never throws on bad dates.
 */
export function invitationTimeline(invitation: InvitationRecord, serverNow: number): InvitationTimeline {
  const created = parseTime(invitation.createdAt);
  let expires = parseTime(invitation.expiresAt);
  if (expires !== undefined && created !== undefined && expires <= created) expires = undefined;
  const ago = (time: number | undefined) => (time === undefined ? undefined : Math.max(0, serverNow - time));
  const timeline: InvitationTimeline = { state: invitation.state };
  const sent = ago(created);
  if (sent !== undefined) timeline.sentMsAgo = sent;
  if (invitation.state === 'accepted' || invitation.state === 'revoked') {
    const settled = ago(parseTime(invitation.state === 'accepted' ? invitation.acceptedAt : invitation.revokedAt));
    if (settled !== undefined) timeline.settledMsAgo = settled;
    return timeline;
  }
  if (expires !== undefined) {
    timeline.expiresInMs = expires - serverNow;
    if (timeline.expiresInMs <= 0) timeline.state = 'expired';
  }
  return timeline;
}

// ─── Order and filter ────────────────────────────────────────────────────────────────────────────

/**
 * The order a list shows invitations in: by state (pending, expired, revoked, accepted), then the
 * newest first, invitations without a date last.
 */
export function compareInvitations(a: { state: InvitationState; invitation: Invitation }, b: { state: InvitationState; invitation: Invitation }): number {
  const byState = INVITATION_STATES.indexOf(a.state) - INVITATION_STATES.indexOf(b.state);
  if (byState !== 0) return byState;
  const at = parseTime(a.invitation.createdAt) ?? -Infinity;
  const bt = parseTime(b.invitation.createdAt) ?? -Infinity;
  return at === bt ? (a.invitation.id < b.invitation.id ? 1 : a.invitation.id > b.invitation.id ? -1 : 0) : bt - at;
}

/** The items a filter keeps, in their order. */
export const filterInvitations = <T extends { state: InvitationState }>(items: readonly T[], filter: InvitationFilter): T[] =>
  filter === 'all' ? [...items] : items.filter((item) => item.state === filter);

// ─── The rules ───────────────────────────────────────────────────────────────────────────────────

/** What a person can do with a sent invitation. */
export type InvitationAction = 'resend' | 'revoke' | 'reinvite' | 'copyLink';

/**
 * Why an action is not offered, as a code a UI can word:
 * - `unsupported`: the transport cannot (the UI hides the action);
 * - `not_pending`: resend, revoke or copy a link of an invitation that is no longer pending;
 * - `pending`: re-invite one that is still pending (resend it instead);
 * - `accepted`: re-invite someone who accepted (they are a member);
 * - `already_pending`: re-invite an address that has another pending invitation;
 * - `above_level` / `not_held`: the privilege rule: the invitation is for a role above the caller's
 *   own, or a custom role the caller does not hold (the same guard as inviting, `roleGuard`);
 * - `no_link`: copy a link the API did not give;
 * - `busy`: another action on this invitation is still in flight.
 */
export type InvitationRefusal = 'unsupported' | 'not_pending' | 'pending' | 'accepted' | 'already_pending' | RoleDisabledBy | 'no_link' | 'busy';

/** Whether an action is allowed; a re-invite says how it goes (`resend` of the expired one, or a new `send`). */
export type InvitationPermission = { allowed: true; via?: 'resend' | 'send' } | { allowed: false; reason: InvitationRefusal };

/** Who acts, and what the transport can do. */
export interface InvitationRuleContext {
  /** The caller; with `roleSlugs` the privilege rule applies (an org-scoped key has none: no guard). */
  caller?: InviteCaller;
  /** What the transport can do; absent calls are `unsupported`. */
  capabilities?: Partial<InvitationCapabilities>;
  /** Whether a new invitation can be sent (an `onSend` is at hand): re-inviting a revoked one needs it. */
  canSend?: boolean;
  /** Lower-cased addresses that have a pending invitation: re-inviting them is refused. */
  pendingEmails?: ReadonlySet<string>;
}

/**
 * Whether `action` is allowed on an invitation in `state`, for the caller. The browser and
 * `createInviteHandler` check the same rule.
 * - resend: a pending invitation (an expired one is re-invited, which may be a resend of it);
 * - revoke: a pending invitation;
 * - re-invite: an expired or revoked one, as a resend (expired, `resendExpired`) or a new send;
 * - copy link: a pending invitation that has one;
 * - and for all, the privilege rule on the invitation's roles.
 * @example
 * checkInvitationAction('revoke', { state: 'pending', roleSlugs: ['owner'] }, { caller: { roleSlugs: ['admin'] }, capabilities: { revoke: true } })
 * // { allowed: false, reason: 'above_level' }
 */
export function checkInvitationAction(
  action: InvitationAction,
  invitation: { state: InvitationState; email?: string; roleSlugs?: readonly string[]; acceptUrl?: string },
  context: InvitationRuleContext = {},
): InvitationPermission {
  const caps = context.capabilities ?? {};
  const { state } = invitation;
  const refuse = (reason: InvitationRefusal): InvitationPermission => ({ allowed: false, reason });
  let via: 'resend' | 'send' | undefined;
  if (action === 'reinvite') {
    if (state === 'pending' || state === 'accepted') return refuse(state);
    via = state === 'expired' && caps.resend && caps.resendExpired ? 'resend' : context.canSend ? 'send' : undefined;
    if (!via) return refuse('unsupported');
    if (invitation.email && context.pendingEmails?.has(invitation.email.toLowerCase())) return refuse('already_pending');
  } else if (action === 'copyLink') {
    if (state !== 'pending') return refuse('not_pending');
    if (!invitation.acceptUrl) return refuse('no_link');
  } else {
    if (!caps[action]) return refuse('unsupported');
    if (state !== 'pending') return refuse('not_pending');
  }
  const guard = (invitation.roleSlugs ?? []).map((slug) => roleGuard(slug, context.caller)).find(Boolean);
  if (guard) return refuse(guard);
  return via ? { allowed: true, via } : { allowed: true };
}

/** Every action's permission for one invitation (see {@link checkInvitationAction}). */
export function getInvitationActions(
  invitation: Parameters<typeof checkInvitationAction>[1],
  context?: InvitationRuleContext,
): Record<InvitationAction, InvitationPermission> {
  return {
    resend: checkInvitationAction('resend', invitation, context),
    revoke: checkInvitationAction('revoke', invitation, context),
    reinvite: checkInvitationAction('reinvite', invitation, context),
    copyLink: checkInvitationAction('copyLink', invitation, context),
  };
}

// ─── Errors ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The codes managing invitations adds to `INVITE_ERROR_CODES`, with their default English message
 * and HTTP status. Apart from that catalog so that the invite dialog does not carry them.
 */
export const INVITATION_ERROR_CODES = {
  'invite.invitation_not_found': { message: 'This invitation no longer exists.', status: 404, retryable: false },
  'invite.not_pending': { message: 'This invitation is no longer pending.', status: 409, retryable: false },
  'invite.invitation_expired': { message: 'This invitation has expired: re-invite the person instead.', status: 409, retryable: false },
  'invite.invitation_revoked': { message: 'This invitation was revoked.', status: 409, retryable: false },
  'invite.invitation_accepted': { message: 'This invitation was already accepted.', status: 409, retryable: false },
  'invite.not_supported': { message: 'The invitation service cannot do this.', status: 501, retryable: false },
} as const satisfies Record<string, { message: string; status: number; retryable: boolean }>;

/** A code of {@link INVITATION_ERROR_CODES}. */
export type InvitationErrorCode = keyof typeof INVITATION_ERROR_CODES;

/** Why a call about an invitation failed; `invitation` is how the server says it stands now, when it said. */
export interface InvitationFailure extends InviteResultError {
  invitation?: Invitation;
}

/**
 * Words for the kit's own codes when a call about invitations (a list, a resend, a revoke) failed
 * on its way, not a send: nothing "may have been sent". `INVITE_ERROR_CODES` words the same codes
 * for a send.
 */
export const INVITATION_CALL_MESSAGES = {
  'invite.network_error': 'The network failed before an answer came back.',
  'invite.timeout': 'No answer in time.',
  'invite.aborted': 'Stopped before an answer came back.',
  'invite.invalid_response': 'The server answered in a form the kit could not read.',
} as const;

// What a rejection of unknown shape is said as.
const SOMETHING_WRONG = 'Something went wrong.';
const NETWORK: Record<string, string> = { ...INVITATION_CALL_MESSAGES, 'invite.send_failed': SOMETHING_WRONG };

/**
 * Reads whatever a call rejected with into an {@link InvitationFailure}, never throwing: an
 * object with a string `code` keeps its fields; a `TypeError` is the network (fetch's only failure
 * type); an abort or a timeout by its name; anything else a failure of unknown outcome. Network,
 * abort, timeout and unknown failures are `uncertain`: the request may have been applied.
 */
export function toInvitationFailure(reason: unknown): InvitationFailure {
  try {
    const r = (reason ?? {}) as Partial<InvitationFailure> & { name?: unknown };
    if (typeof r.code === 'string' && r.code) {
      const known = INVITATION_ERROR_CODES[r.code as InvitationErrorCode];
      const failure: InvitationFailure = {
        code: r.code,
        message: typeof r.message === 'string' && r.message.trim() ? r.message : (known?.message ?? NETWORK[r.code] ?? NETWORK['invite.send_failed']!),
        retryable: typeof r.retryable === 'boolean' ? r.retryable : !known,
        uncertain: r.uncertain === true,
      };
      if (typeof r.status === 'number') failure.status = r.status;
      if (typeof r.requestId === 'string') failure.requestId = r.requestId;
      if (typeof r.retryAfterMs === 'number') failure.retryAfterMs = r.retryAfterMs;
      if (r.invitation && typeof r.invitation === 'object') failure.invitation = r.invitation;
      return failure;
    }
    const code = r.name === 'TimeoutError' ? 'invite.timeout' : r.name === 'AbortError' ? 'invite.aborted' : reason instanceof TypeError ? 'invite.network_error' : 'invite.send_failed';
    return { code, message: NETWORK[code]!, retryable: true, uncertain: true };
  } catch {
    // A hostile value (a revoked Proxy, a throwing getter): nothing can be read from it.
    return { code: 'invite.send_failed', message: NETWORK['invite.send_failed']!, retryable: true, uncertain: true };
  }
}
