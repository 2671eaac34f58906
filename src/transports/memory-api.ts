/**
 * An in-memory invitation service: the reference behaviour of an invitation API, for demos,
 * stories and tests. Use its `onSend` directly, or serve it over HTTP with `createInviteHandler`.
 * @module
 */
import { emailKey } from '../core/email';
import { isInviteErrorCode } from '../core/error-codes';
import { InvitationError } from '../core/invitation-error';
import { INVITATION_ERROR_CODES, parseTime, type InvitationErrorCode, type InvitationFailure } from '../core/invitations';
import { createInviteError } from '../core/send-batch';
import type {
  InviteResult,
  InviteResultError,
  InviteSendEntry,
  InviteSendRequest,
  Invitation,
  InvitationCallContext,
  InvitationCapabilities,
  InvitationListQuery,
  InvitationPage,
  InvitationsTransport,
  OnSend,
} from '../core/types';
import { BATCH_API_CAPABILITIES } from './batch-api';

/** An invitation the in-memory service holds. */
export interface MemoryInvitation {
  /** `inv_` followed by 26 characters. */
  id: string;
  email: string;
  /** By the service's clock: a pending invitation past its expiry is `expired`. */
  state: 'pending' | 'expired' | 'accepted' | 'revoked';
  roleSlugs: string[];
  organizationId?: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; a resend renews it. */
  expiresAt: string;
  acceptedAt?: string;
  revokedAt?: string;
  /** Who sent it (the request's `inviterUserId`). */
  inviterUserId?: string;
  /** The invitation email's language; a resend keeps it. */
  locale?: string;
  /** The accept link, when the service was given `acceptUrl`. */
  acceptUrl?: string;
  /** How many emails went out: 1, plus one per resend. */
  sends: number;
}

/** An invitation the service starts with (and comes back to on `reset`). */
export interface MemorySeedInvitation {
  email: string;
  /** @default ['member'] */
  roleSlugs?: string[];
  /** `expired` is made by dates in the past. @default 'pending' */
  state?: 'pending' | 'accepted' | 'revoked';
  /** Epoch ms or ISO 8601. @default now */
  createdAt?: number | string;
  /** Epoch ms or ISO 8601. @default createdAt plus the service's `expiresInDays` */
  expiresAt?: number | string;
  organizationId?: string;
  inviterUserId?: string;
  locale?: string;
}

/** Options of {@link createMemoryInvitationApi}. */
export interface MemoryInvitationApiOptions {
  /** Addresses that are already members: inviting them is `invite.already_member`. */
  members?: Iterable<string>;
  /** Addresses with a pending invitation: inviting them again is `invite.already_pending`. */
  pending?: Iterable<string>;
  /** Invitations to start with, in any state, oldest first. */
  invitations?: Iterable<MemorySeedInvitation>;
  /** The organization's limit: at most `max` invitations per `windowMs`; beyond it `invite.org_rate_limited`. */
  rateLimit?: { max: number; windowMs: number };
  /**
   * How long each call takes before it answers. The invitations are created at once; only the
   * answer is late, so a caller that gives up may still have invited (as with a real server).
   * @default 0
   */
  latencyMs?: number;
  /**
   * The clock, epoch ms: it decides when an invitation expires.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Days an invitation lasts when the request does not say.
   * @default 7
   */
  expiresInDays?: number;
  /**
   * The accept link of an invitation, made from its secret token (WorkOS's `accept_invitation_url`).
   * Without it invitations have no link.
   * @example ({ token }) => `https://app.example.com/invite?invitation_token=${token}`
   */
  acceptUrl?: (invitation: { id: string; email: string; token: string }) => string;
}

/** Which calls a fault of {@link MemoryInvitationApi.failNext} hits. */
export type MemoryCallKind = 'send' | 'list' | 'get' | 'resend' | 'revoke';

/** A fault to inject with {@link MemoryInvitationApi.failNext}. */
export interface MemoryFaultOptions {
  /**
   * How many calls in a row fail.
   * @default 1
   */
  times?: number;
  /** For a rate-limit code: how long to ask the caller to wait. */
  retryAfterMs?: number;
  /** A message instead of the catalog's. */
  message?: string;
  /**
   * Which calls it hits; the others pass it by.
   * @default 'send'
   */
  on?: MemoryCallKind;
}

/** One call the service received, for assertions. */
export interface MemoryCall {
  idempotencyKey: string;
  attempt: number;
  entries: ReadonlyArray<{ email: string; roleSlugs: string[]; idempotencyKey: string }>;
}

/** One call about sent invitations the service received, for assertions. */
export interface MemoryInvitationCall {
  kind: Exclude<MemoryCallKind, 'send'>;
  /** The invitation, for get, resend and revoke. */
  id?: string;
  query?: InvitationListQuery;
  idempotencyKey?: string;
}

/**
 * The in-memory invitation service. It is also an {@link InvitationsTransport} (list, get,
 * resend, revoke): pass it as it is to `createInviteHandler({ invitations })` or a store.
 */
export interface MemoryInvitationApi extends Required<Omit<InvitationsTransport, 'capabilities'>> {
  /** Sends into this service. Declares idempotency keys: the same entry key replays its outcome. */
  onSend: OnSend;
  /** Everything it can do: list, resend (an expired one too, renewing it) and revoke. */
  capabilities: InvitationCapabilities;
  /** Current members' addresses. */
  readonly members: string[];
  /** Every invitation, in any state, oldest first (copies). */
  readonly invitations: MemoryInvitation[];
  /** Every send received, oldest first. */
  readonly calls: readonly MemoryCall[];
  /** Every list, get, resend and revoke received, oldest first. */
  readonly invitationCalls: readonly MemoryInvitationCall[];
  /** Adds a member, as if they accepted: their pending invitations become `accepted`. */
  addMember(email: string): void;
  /**
   * Makes the next call(s) fail: sends by default, or the calls `on` names. With a code
   * (`'invite.send_failed'`, `'invite.org_rate_limited'` …) every entry of a send fails with it and
   * a list, resend or revoke rejects with it; with an error (a `TypeError` plays a network failure)
   * the call rejects with it. Nothing is done by a failed call.
   * @example api.failNext('invite.send_failed', { times: 2 })
   * @example api.failNext('invite.send_failed', { on: 'revoke' })
   */
  failNext(fault: string | Error, options?: MemoryFaultOptions): void;
  /** Back to the state it was created with: members, seeded invitations, no calls, no faults. */
  reset(): void;
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const randomId = (length: number) => {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ID_ALPHABET[b % 32]).join('');
};

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

const DAY = 86_400_000;

/** What the service can do with sent invitations. */
export const MEMORY_INVITATION_CAPABILITIES: InvitationCapabilities = Object.freeze({
  list: true,
  resend: true,
  revoke: true,
  resendExpired: true,
  resendRenews: true,
});

/** One invitation as the service keeps it: times in epoch ms, its place in each index. */
interface Stored {
  id: string;
  email: string;
  key: string;
  state: 'pending' | 'accepted' | 'revoked';
  roleSlugs: string[];
  organizationId?: string;
  created: number;
  expires: number;
  /** How long it lasts from each send. */
  lifetime: number;
  accepted?: number;
  revoked?: number;
  inviterUserId?: string;
  locale?: string;
  token: string;
  sends: number;
  /** Its position in `all`, and in its organization's list. */
  at: number;
  orgAt: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Creates an in-memory invitation service with the batch API's behaviour (seeds/004): per entry it
 * invites (an {@link MemoryInvitation} with an `inv_…` id), or answers `invite.already_member` /
 * `invite.already_pending` (addresses compared case-insensitively, IDN-aware), or
 * `invite.org_rate_limited` with `retryAfterMs` once the organization's limit is reached. The same
 * entry idempotency key replays the saved outcome instead of inviting twice, so automatic retries
 * are safe; rate-limited and injected failures are not saved, so their retry runs for real.
 *
 * It also manages what it sent ({@link InvitationsTransport}): invitations expire by its clock
 * (`now`); `list` pages them newest first with a cursor, by organization or address; `resend`
 * sends one again with a fresh expiry and its locale kept (an expired one too: it is pending
 * again); `revoke` revokes a pending one; `addMember` accepts. Indexed by id, address and
 * organization, so a service holding many invitations answers as fast as an empty one.
 *
 * @example
 * const api = createMemoryInvitationApi({ members: ['owner@acme.com'], rateLimit: { max: 10, windowMs: 60_000 } });
 * await sendInviteBatch([{ email: 'jane@acme.com' }], api.onSend);
 * api.invitations; // [{ id: 'inv_…', email: 'jane@acme.com', state: 'pending', … }]
 * await api.revoke({ id: api.invitations[0].id }, { signal });
 */
export function createMemoryInvitationApi(options: MemoryInvitationApiOptions = {}): MemoryInvitationApi {
  const now = options.now ?? Date.now;
  const lifetimeDays = options.expiresInDays ?? 7;
  const initialMembers = [...(options.members ?? [])];
  const initialPending = [...(options.pending ?? [])];
  const initialSeeds = [...(options.invitations ?? [])];

  let members = new Map<string, string>();
  let all: Stored[] = [];
  let byId = new Map<string, Stored>();
  let byKey = new Map<string, Stored[]>();
  let byOrg = new Map<string, Stored[]>();
  let replays = new Map<string, { key: string; result: InviteResult }>();
  // Creation times, oldest first; those before `head` are out of the rate-limit window.
  let created: number[] = [];
  let head = 0;
  let calls: MemoryCall[] = [];
  let invitationCalls: MemoryInvitationCall[] = [];
  let faults: Array<{ fault: string | Error; options: MemoryFaultOptions }> = [];

  const stateOf = (record: Stored): MemoryInvitation['state'] => (record.state === 'pending' && record.expires <= now() ? 'expired' : record.state);

  const toInvitation = (record: Stored): MemoryInvitation => {
    const out: MemoryInvitation = {
      id: record.id,
      email: record.email,
      state: stateOf(record),
      roleSlugs: [...record.roleSlugs],
      createdAt: iso(record.created),
      expiresAt: iso(record.expires),
      sends: record.sends,
    };
    if (record.organizationId) out.organizationId = record.organizationId;
    if (record.accepted !== undefined) out.acceptedAt = iso(record.accepted);
    if (record.revoked !== undefined) out.revokedAt = iso(record.revoked);
    if (record.inviterUserId) out.inviterUserId = record.inviterUserId;
    if (record.locale) out.locale = record.locale;
    if (options.acceptUrl && out.state === 'pending') out.acceptUrl = options.acceptUrl({ id: record.id, email: record.email, token: record.token });
    return out;
  };

  /** An invitation as transports report it (the kit's `Invitation`). */
  const reported = (record: Stored): Invitation => {
    const { sends: _, inviterUserId, ...invitation } = toInvitation(record);
    return inviterUserId ? { ...invitation, inviter: { id: inviterUserId } } : invitation;
  };

  const store = (seed: Omit<Stored, 'at' | 'orgAt' | 'id' | 'token' | 'key' | 'lifetime'>, key = emailKey(seed.email)) => {
    const org = seed.organizationId ?? '';
    const list = byOrg.get(org) ?? [];
    byOrg.set(org, list);
    const record: Stored = {
      ...seed,
      id: `inv_${randomId(26)}`,
      key,
      token: randomId(32),
      lifetime: seed.expires > seed.created ? seed.expires - seed.created : lifetimeDays * DAY,
      at: all.length,
      orgAt: list.length,
    };
    all.push(record);
    list.push(record);
    byId.set(record.id, record);
    const same = byKey.get(record.key) ?? [];
    same.push(record);
    byKey.set(record.key, same);
    return record;
  };

  const invite = (email: string, roleSlugs: string[], request: Omit<InviteSendRequest, 'entries'>, days: number, key?: string) => {
    const at = now();
    const record = store({
      email,
      state: 'pending',
      roleSlugs: [...roleSlugs],
      created: at,
      expires: at + days * DAY,
      sends: 1,
      ...(request.organizationId && { organizationId: request.organizationId }),
      ...(request.inviterUserId && { inviterUserId: request.inviterUserId }),
      ...(request.locale && { locale: request.locale }),
    }, key);
    created.push(at);
    return record;
  };

  const time = (value: number | string | undefined, fallback: number) =>
    typeof value === 'number' ? value : (parseTime(value) ?? fallback);

  const reset = () => {
    members = new Map(initialMembers.map((email) => [emailKey(email), email]));
    all = [];
    byId = new Map();
    byKey = new Map();
    byOrg = new Map();
    replays = new Map();
    calls = [];
    invitationCalls = [];
    faults = [];
    for (const seed of initialSeeds) {
      const createdAt = time(seed.createdAt, now());
      const record = store({
        email: seed.email,
        state: seed.state ?? 'pending',
        roleSlugs: [...(seed.roleSlugs ?? ['member'])],
        created: createdAt,
        expires: time(seed.expiresAt, createdAt + lifetimeDays * DAY),
        sends: 1,
        ...(seed.organizationId && { organizationId: seed.organizationId }),
        ...(seed.inviterUserId && { inviterUserId: seed.inviterUserId }),
        ...(seed.locale && { locale: seed.locale }),
      });
      if (record.state === 'accepted') record.accepted = record.expires > record.created ? Math.min(now(), record.created + DAY) : record.created;
      if (record.state === 'revoked') record.revoked = Math.min(now(), record.created + DAY);
    }
    for (const email of initialPending) invite(email, ['member'], {}, lifetimeDays);
    // Seeded invitations do not count against the rate limit.
    created = [];
    head = 0;
  };
  reset();

  const isPending = (key: string) => (byKey.get(key) ?? []).some((record) => stateOf(record) === 'pending');

  /** How long until the window has room again, or `undefined` when it has room now. */
  const rateLimitWait = (): number | undefined => {
    const limit = options.rateLimit;
    if (!limit) return undefined;
    const at = now();
    while (head < created.length && created[head]! <= at - limit.windowMs) head++;
    // Drop the expired prefix now and then, so the list stays as long as the window, not the history.
    if (head > 1024 && head * 2 > created.length) {
      created = created.slice(head);
      head = 0;
    }
    if (created.length - head < limit.max) return undefined;
    return Math.max(1, created[head]! + limit.windowMs - at);
  };

  const outcomeFor = (entry: InviteSendEntry, request: InviteSendRequest): { result: InviteResult; save: boolean } => {
    const key = emailKey(entry.email);
    const fail = (error: InviteResultError, save = true) => ({ result: { email: entry.email, success: false as const, error }, save });
    if (members.has(key)) return fail(createInviteError('invite.already_member', { uncertain: false }));
    if (isPending(key)) return fail(createInviteError('invite.already_pending', { uncertain: false }));
    const waitMs = rateLimitWait();
    if (waitMs !== undefined) {
      return fail(createInviteError('invite.org_rate_limited', { retryAfterMs: waitMs, uncertain: false }), false);
    }
    const record = invite(entry.email, entry.roleSlugs, request, request.expiresInDays ?? lifetimeDays, key);
    return { result: { email: entry.email, success: true, invitation: reported(record) }, save: true };
  };

  /** The next fault for this kind of call, counted down; `undefined` when none is armed for it. */
  const takeFault = (kind: MemoryCallKind) => {
    const index = faults.findIndex((f) => (f.options.on ?? 'send') === kind);
    const next = faults[index];
    if (!next) return undefined;
    if ((next.options.times = (next.options.times ?? 1) - 1) <= 0) faults.splice(index, 1);
    return next;
  };

  const faultError = (next: { fault: string | Error; options: MemoryFaultOptions }): InviteResultError => {
    const code = next.fault as string;
    const base = isInviteErrorCode(code)
      ? createInviteError(code)
      : { code, message: INVITATION_ERROR_CODES[code as InvitationErrorCode]?.message ?? 'The invitation could not be sent.', retryable: false };
    return {
      ...base,
      ...(next.options.message && { message: next.options.message }),
      ...(next.options.retryAfterMs !== undefined && { retryAfterMs: next.options.retryAfterMs }),
      uncertain: false,
    };
  };

  const send = async (request: InviteSendRequest, context: Parameters<OnSend>[1]): Promise<InviteResult[]> => {
    calls.push({
      idempotencyKey: context.idempotencyKey,
      attempt: context.attempt,
      entries: request.entries.map((e) => ({ email: e.email, roleSlugs: [...e.roleSlugs], idempotencyKey: e.idempotencyKey })),
    });
    if (context.signal.aborted) throw context.signal.reason;
    const next = takeFault('send');
    let results: InviteResult[];
    if (next) {
      if (next.fault instanceof Error) throw next.fault;
      const error = faultError(next);
      results = request.entries.map((e) => ({ email: e.email, success: false, error: { ...error } }));
    } else {
      results = request.entries.map((entry) => {
        const saved = replays.get(entry.idempotencyKey);
        if (saved) {
          // A key reused for another address is a client bug, not a replay.
          if (saved.key !== emailKey(entry.email)) {
            return {
              email: entry.email,
              success: false,
              error: { code: 'invite.idempotency_key_reused', message: 'This idempotency key was already used for another address.', retryable: false, uncertain: false },
            };
          }
          return { ...structuredClone(saved.result), email: entry.email };
        }
        const { result, save } = outcomeFor(entry, request);
        if (save) replays.set(entry.idempotencyKey, { key: emailKey(entry.email), result: structuredClone(result) });
        return result;
      });
    }
    if (options.latencyMs) await wait(options.latencyMs, context.signal);
    return results;
  };

  const refuse = (code: InvitationErrorCode | 'invite.decode_failed' | 'invite.already_pending' | 'invite.org_rate_limited', extra: Partial<InvitationFailure> = {}) => {
    const known = INVITATION_ERROR_CODES[code as InvitationErrorCode];
    return new InvitationError({
      code,
      message: known?.message ?? (isInviteErrorCode(code) ? createInviteError(code).message : 'Unknown cursor.'),
      retryable: false,
      uncertain: false,
      status: known?.status ?? (code === 'invite.decode_failed' ? 400 : code === 'invite.org_rate_limited' ? 429 : 409),
      ...extra,
    });
  };

  /**
   * Runs one call about sent invitations: records it, plays an armed fault, does the work at once
   * (as a server would), then answers after the latency.
   */
  const manage = async <T>(call: MemoryInvitationCall, context: InvitationCallContext, work: () => T): Promise<T> => {
    invitationCalls.push(call);
    if (context.signal.aborted) throw context.signal.reason;
    const next = takeFault(call.kind);
    if (next) {
      if (next.fault instanceof Error) throw next.fault;
      throw new InvitationError(faultError(next));
    }
    const value = work();
    if (options.latencyMs) await wait(options.latencyMs, context.signal);
    return value;
  };

  /** The invitation by id, if it is in the organization the call is about. */
  const find = (id: string, context: InvitationCallContext) => {
    const record = byId.get(id);
    return record && (!context.organizationId || !record.organizationId || record.organizationId === context.organizationId) ? record : undefined;
  };

  const list = (query: InvitationListQuery, context: InvitationCallContext): Promise<InvitationPage> =>
    manage({ kind: 'list', query: { ...query } }, context, () => {
      const organizationId = query.organizationId ?? context.organizationId;
      const limit = Math.min(100, Math.max(1, Math.floor(query.limit ?? 10) || 10));
      // Newest first, from the index that holds just what is asked for.
      const source = query.email
        ? (byKey.get(emailKey(query.email)) ?? []).filter((r) => !organizationId || r.organizationId === organizationId)
        : organizationId
          ? (byOrg.get(organizationId) ?? [])
          : all;
      let start = source.length - 1;
      if (query.cursor) {
        const after = byId.get(query.cursor);
        const position = !after ? -1 : query.email ? source.indexOf(after) : organizationId ? after.orgAt : after.at;
        if (position < 0 || source[position] !== after) throw refuse('invite.decode_failed', { message: 'Unknown cursor.' });
        start = position - 1;
      }
      const page: Stored[] = [];
      let i = start;
      for (; i >= 0 && page.length < limit; i--) page.push(source[i]!);
      return {
        invitations: page.map(reported),
        // Older ones remain: the next page starts after the last one here.
        ...(i >= 0 && page.length > 0 && { nextCursor: page.at(-1)!.id }),
        serverTime: now(),
      };
    });

  return {
    onSend: Object.assign(send, { capabilities: BATCH_API_CAPABILITIES }),
    capabilities: MEMORY_INVITATION_CAPABILITIES,
    list,
    get: (id, context) => manage({ kind: 'get', id }, context, () => {
      const record = find(id, context);
      return record && reported(record);
    }),
    resend: (invitation, context) =>
      manage({ kind: 'resend', id: invitation.id, ...(context.idempotencyKey && { idempotencyKey: context.idempotencyKey }) }, context, () => {
        const record = find(invitation.id, context);
        if (!record) throw refuse('invite.invitation_not_found');
        const state = stateOf(record);
        if (state === 'revoked' || state === 'accepted') throw refuse(state === 'revoked' ? 'invite.invitation_revoked' : 'invite.invitation_accepted', { invitation: reported(record) });
        // An expired one is pending again, unless the address was invited again meanwhile.
        if (state === 'expired' && isPending(record.key)) throw refuse('invite.already_pending');
        const waitMs = rateLimitWait();
        if (waitMs !== undefined) throw refuse('invite.org_rate_limited', { retryable: true, retryAfterMs: waitMs, status: 429 });
        const at = now();
        // The same lifetime again, from now; the locale it was sent in stays unless one is asked for.
        record.expires = at + record.lifetime;
        record.sends++;
        if (invitation.locale) record.locale = invitation.locale;
        created.push(at);
        return reported(record);
      }),
    revoke: (invitation, context) =>
      manage({ kind: 'revoke', id: invitation.id, ...(context.idempotencyKey && { idempotencyKey: context.idempotencyKey }) }, context, () => {
        const record = find(invitation.id, context);
        if (!record) throw refuse('invite.invitation_not_found');
        if (stateOf(record) !== 'pending') throw refuse('invite.not_pending', { invitation: reported(record) });
        record.state = 'revoked';
        record.revoked = now();
        return reported(record);
      }),
    get members() {
      return [...members.values()];
    },
    get invitations() {
      return all.map(toInvitation);
    },
    get calls() {
      return calls;
    },
    get invitationCalls() {
      return invitationCalls;
    },
    addMember(email) {
      const key = emailKey(email);
      members.set(key, email);
      for (const record of byKey.get(key) ?? []) {
        if (stateOf(record) !== 'pending') continue;
        record.state = 'accepted';
        record.accepted = now();
      }
    },
    failNext(fault, faultOptions = {}) {
      faults.push({ fault, options: { ...faultOptions } });
    },
    reset,
  };
}
