/**
 * An in-memory invitation service: the reference behaviour of an invitation API, for demos,
 * stories and tests. Use its `onSend` directly, or serve it over HTTP with `createInviteHandler`.
 * @module
 */
import { emailKey } from '../core/email';
import { isInviteErrorCode } from '../core/error-codes';
import { createInviteError } from '../core/send-batch';
import type { InviteResult, InviteResultError, InviteSendEntry, InviteSendRequest, OnSend } from '../core/types';
import { BATCH_API_CAPABILITIES } from './batch-api';

/** An invitation the in-memory service holds. */
export interface MemoryInvitation {
  /** `inv_` followed by 26 characters. */
  id: string;
  email: string;
  state: 'pending';
  roleSlugs: string[];
  organizationId?: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** Options of {@link createMemoryInvitationApi}. */
export interface MemoryInvitationApiOptions {
  /** Addresses that are already members: inviting them is `invite.already_member`. */
  members?: Iterable<string>;
  /** Addresses with a pending invitation: inviting them again is `invite.already_pending`. */
  pending?: Iterable<string>;
  /** The organization's limit: at most `max` invitations per `windowMs`; beyond it `invite.org_rate_limited`. */
  rateLimit?: { max: number; windowMs: number };
  /**
   * How long each call takes before it answers. The invitations are created at once; only the
   * answer is late, so a caller that gives up may still have invited (as with a real server).
   * @default 0
   */
  latencyMs?: number;
  /**
   * The clock, epoch ms.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Days an invitation lasts when the request does not say.
   * @default 7
   */
  expiresInDays?: number;
}

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
}

/** One call the service received, for assertions. */
export interface MemoryCall {
  idempotencyKey: string;
  attempt: number;
  entries: ReadonlyArray<{ email: string; roleSlugs: string[]; idempotencyKey: string }>;
}

/** The in-memory invitation service. */
export interface MemoryInvitationApi {
  /** Sends into this service. Declares idempotency keys: the same entry key replays its outcome. */
  onSend: OnSend;
  /** Current members' addresses. */
  readonly members: string[];
  /** Current invitations, oldest first (copies). */
  readonly invitations: MemoryInvitation[];
  /** Every call received, oldest first. */
  readonly calls: readonly MemoryCall[];
  /** Adds a member (as if someone accepted an invitation). */
  addMember(email: string): void;
  /**
   * Makes the next call(s) fail for every entry: with a code (`'invite.send_failed'`,
   * `'invite.org_rate_limited'` …), or by rejecting with an error (a `TypeError` plays a network
   * failure). Nothing is invited by a failed call.
   * @example api.failNext('invite.send_failed', { times: 2 })
   */
  failNext(fault: string | Error, options?: MemoryFaultOptions): void;
  /** Back to the state it was created with: members, pending invitations, no calls, no faults. */
  reset(): void;
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const invitationId = () => {
  const bytes = new Uint8Array(26);
  globalThis.crypto.getRandomValues(bytes);
  return `inv_${Array.from(bytes, (b) => ID_ALPHABET[b % 32]).join('')}`;
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

/**
 * Creates an in-memory invitation service with the batch API's behaviour (seeds/004): per entry it
 * invites (an {@link MemoryInvitation} with an `inv_…` id), or answers `invite.already_member` /
 * `invite.already_pending` (addresses compared case-insensitively, IDN-aware), or
 * `invite.org_rate_limited` with `retryAfterMs` once the organization's limit is reached. The same
 * entry idempotency key replays the saved outcome instead of inviting twice, so automatic retries
 * are safe; rate-limited and injected failures are not saved, so their retry runs for real.
 *
 * @example
 * const api = createMemoryInvitationApi({ members: ['owner@acme.com'], rateLimit: { max: 10, windowMs: 60_000 } });
 * await sendInviteBatch([{ email: 'jane@acme.com' }], api.onSend);
 * api.invitations; // [{ id: 'inv_…', email: 'jane@acme.com', state: 'pending', … }]
 */
export function createMemoryInvitationApi(options: MemoryInvitationApiOptions = {}): MemoryInvitationApi {
  const now = options.now ?? Date.now;
  const initialMembers = [...(options.members ?? [])];
  const initialPending = [...(options.pending ?? [])];

  let members = new Map<string, string>();
  let invitations: MemoryInvitation[] = [];
  // Per address key, when its latest invitation expires: "is it pending?" without a scan.
  let pendingUntil = new Map<string, number>();
  let replays = new Map<string, { key: string; result: InviteResult }>();
  // Creation times, oldest first; those before `head` are out of the rate-limit window.
  let created: number[] = [];
  let head = 0;
  let calls: MemoryCall[] = [];
  let faults: Array<{ fault: string | Error; options: MemoryFaultOptions }> = [];

  const invite = (email: string, roleSlugs: string[], organizationId: string | undefined, days: number) => {
    const at = now();
    const invitation: MemoryInvitation = {
      id: invitationId(),
      email,
      state: 'pending',
      roleSlugs: [...roleSlugs],
      ...(organizationId && { organizationId }),
      createdAt: new Date(at).toISOString(),
      expiresAt: new Date(at + days * DAY).toISOString(),
    };
    invitations.push(invitation);
    const key = emailKey(email);
    pendingUntil.set(key, Math.max(pendingUntil.get(key) ?? 0, at + days * DAY));
    created.push(at);
    return invitation;
  };

  const reset = () => {
    members = new Map(initialMembers.map((email) => [emailKey(email), email]));
    invitations = [];
    pendingUntil = new Map();
    replays = new Map();
    calls = [];
    faults = [];
    for (const email of initialPending) invite(email, ['member'], undefined, options.expiresInDays ?? 7);
    // Seeded invitations do not count against the rate limit.
    created = [];
    head = 0;
  };
  reset();

  const isPending = (key: string) => (pendingUntil.get(key) ?? 0) > now();

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
    const invitation = invite(entry.email, entry.roleSlugs, request.organizationId, request.expiresInDays ?? options.expiresInDays ?? 7);
    return {
      result: {
        email: entry.email,
        success: true,
        invitation: {
          id: invitation.id,
          email: invitation.email,
          state: invitation.state,
          roleSlugs: [...invitation.roleSlugs],
          createdAt: invitation.createdAt,
          expiresAt: invitation.expiresAt,
        },
      },
      save: true,
    };
  };

  const send = async (request: InviteSendRequest, context: Parameters<OnSend>[1]): Promise<InviteResult[]> => {
    calls.push({
      idempotencyKey: context.idempotencyKey,
      attempt: context.attempt,
      entries: request.entries.map((e) => ({ email: e.email, roleSlugs: [...e.roleSlugs], idempotencyKey: e.idempotencyKey })),
    });
    if (context.signal.aborted) throw context.signal.reason;
    const next = faults[0];
    let results: InviteResult[];
    if (next) {
      if ((next.options.times = (next.options.times ?? 1) - 1) <= 0) faults.shift();
      if (next.fault instanceof Error) throw next.fault;
      const code = next.fault;
      const base = isInviteErrorCode(code)
        ? createInviteError(code)
        : { code, message: 'The invitation could not be sent.', retryable: false };
      const error: InviteResultError = {
        ...base,
        ...(next.options.message && { message: next.options.message }),
        ...(next.options.retryAfterMs !== undefined && { retryAfterMs: next.options.retryAfterMs }),
        uncertain: false,
      };
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

  return {
    onSend: Object.assign(send, { capabilities: BATCH_API_CAPABILITIES }),
    get members() {
      return [...members.values()];
    },
    get invitations() {
      return invitations.map((inv) => ({ ...inv, roleSlugs: [...inv.roleSlugs] }));
    },
    get calls() {
      return calls;
    },
    addMember(email) {
      members.set(emailKey(email), email);
    },
    failNext(fault, faultOptions = {}) {
      faults.push({ fault, options: { ...faultOptions } });
    },
    reset,
  };
}

