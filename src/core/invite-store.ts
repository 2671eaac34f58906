/**
 * The invite batch as a framework-free store: the entries a person is about to invite, the rules
 * checked against them, and the send with its per-entry outcomes. `useInviteBatch` is a thin React
 * adapter over it; any other UI (or a test without a DOM) can drive it directly.
 *
 * No React and no DOM here: storage is injected, time comes from `options.now`.
 * @module
 */
import { checkEmail, emailKey } from './email';
import { readEmailList, type EmailListRange, type EmailListReading } from './email-list';
import { INVITE_ERROR_CODES } from './error-codes';
import { outcomeGroup } from './outcomes';
import { createIdempotencyKey } from './idempotency';
import { canonicalizeLocale, matchLocale } from './locales';
import { resolveRoleSlugs } from './roles';
import { validateInviteBatch } from './rules';
import { sendInviteBatch } from './send-batch';
import type {
  InviteErrorCode,
  InviteIssue,
  InvitePolicy,
  InviteResult,
  InviteResultError,
  InviteSendRequest,
  Invitation,
  OnSend,
} from './types';
import { createListeners } from './listeners';

// ─── Types ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Where one entry stands.
 * - `draft`: not sent yet (or sent back to the person: edited, cancelled before it left, step-up cancelled).
 * - `sending`: in the request in flight; read-only until it settles.
 * - `sent`: invited. Never sent again.
 * - `failed`: the server said no; `error` says why and `error.retryable` whether "retry" resends it.
 * - `unknown`: may have been invited (timeout, lost response): never shown as sent or as a plain
 *   failure. Retrying resends it with the same idempotency key, so the server can tell.
 */
export type InviteEntryStatus = 'draft' | 'sending' | 'sent' | 'failed' | 'unknown';

/**
 * Where the batch stands.
 * - `idle`: nothing has been sent (or everything sent was cleared).
 * - `sending`: a send is in flight.
 * - `done`: every entry that went out is invited, or was already a member or invited.
 * - `partial`: some went out, some failed or are unknown.
 * - `failed`: of what went out, nothing is confirmed.
 */
export type InviteBatchStatus = 'idle' | 'sending' | 'done' | 'partial' | 'failed';

/** An issue of the batch; `entryId` names the entry it is about (absent for batch-level issues). */
export interface InviteBatchIssue extends InviteIssue {
  /** The entry the issue is about; `index` is that entry's position in `entries`. */
  entryId?: string;
}

/** One person in the batch. Unchanged entries keep their identity across state changes. */
export interface InviteBatchStoreEntry {
  /** Stable client id. */
  id: string;
  /** The normalized address, or what was typed when it is not a valid address. */
  email: string;
  /** A display name that came with the address (`Ana Lima <ana@acme.com>`). */
  name?: string;
  /** The roles it will be sent with; never empty (`['member']` by default). */
  roleSlugs: string[];
  status: InviteEntryStatus;
  /** What the person should read: the rule it breaks (`issue`), else why the send failed (`sendError`). */
  error?: InviteBatchIssue | InviteResultError;
  /** The rule this entry breaks, if any; blocks submitting. */
  issue?: InviteBatchIssue;
  /** Why the last send of this entry failed or is uncertain. */
  sendError?: InviteResultError;
  /** Minted with the entry, kept across retries, renewed when email, name or roles change. */
  idempotencyKey: string;
  /** `true` while sending and once sent: edits and removal are ignored then. */
  readOnly: boolean;
  /** The invitation the API created, when it said. */
  invitation?: Invitation;
}

/** What `addEntry` takes. */
export interface InviteEntryInput {
  email: string;
  name?: string;
  /** @default the store's `defaultRoleSlugs`, else `['member']` */
  roleSlugs?: string[];
}

/** What `updateEntry` takes: any of email, name and roles. */
export type InviteEntryPatch = Partial<InviteEntryInput>;

/** What `addText` reports. The optional fields are present only when they say something. */
export interface AddTextResult {
  /** Valid addresses that became entries. */
  added: number;
  /** Repeats dropped: within the paste and of addresses already listed. */
  duplicates: number;
  /** Tokens that are not addresses; each became an entry flagged `invite.invalid_email`. */
  invalid: number;
  /** No longer set: what does not fit is kept by the store (`kept`). @deprecated */
  notAdded?: number;
  /** No longer set: what does not fit is kept by the store (`kept`), not handed back as text. @deprecated */
  leftover?: string;
  /**
   * Present when the rest did not fit and the store keeps it (`state.kept`) to add once there is
   * room: how many addresses it keeps now, in all (`state.kept.count`).
   */
  kept?: number;
  /**
   * Entries whose pasted roles (a table's role cell) were not applied because the transport takes
   * no roles (`capabilities.roles: 'none'`): they are invited with the default. Present only then.
   */
  rolesIgnored?: number;
  /** `true` when the first line was read as a table header (`Email, Role`) and not as addresses. */
  skippedHeader?: true;
}

/**
 * What a paste held that did not fit under `maxRecipients`, kept by the store (not rendered) and
 * added as room frees up: after a send, or on `addKept()`. Nothing of it is rebuilt: it is read
 * on from where the paste stopped, as the paste was read.
 */
export interface InviteKeptText {
  /**
   * How many addresses it holds: each `@` in it, found without reading it (a megabyte costs a
   * millisecond), so repeats count and a typo without `@` does not (it is kept all the same).
   */
  count: number;
  /**
   * The kept text, verbatim from the paste (a table's with its header row first), for the
   * clipboard. Built when read. It is not written to `draftKey` storage (it can be a megabyte):
   * a reload keeps the listed drafts, not this.
   */
  readonly text: string;
}

/** An entry that was removed, with where it stood, for {@link InviteBatchActions.restoreEntries}. */
export interface RemovedEntry {
  entry: InviteBatchStoreEntry;
  /** Its position in `entries` when it was removed. */
  index: number;
}

/** The request-level fields every request of a send carries. */
export type InviteRequestFields = Omit<InviteSendRequest, 'entries'>;

/** Counts for a summary line ("2 invited, 1 already invited, 1 failed"). */
export interface InviteBatchSummary {
  sent: number;
  /** Failed as `invite.already_member` or `invite.already_pending`: nothing to do, not an error. */
  alreadyInvited: number;
  failed: number;
  unknown: number;
  draft: number;
}

/** Why `canSubmit` is false, without reading `issues`; `offline` when the `online` option is `false` and there is something to send. */
export type InviteSubmitBlockedReason = 'sending' | 'offline' | 'empty' | 'invalid' | 'rate_limited';

/** The store's state: a new object on every change, never mutated. */
export interface InviteBatchState {
  entries: InviteBatchStoreEntry[];
  /** Every rule the entries to send break, batch-level issues first, then in entry order. */
  issues: InviteBatchIssue[];
  /** Whether `submit()` would send now. */
  canSubmit: boolean;
  /** Why `canSubmit` is false; `undefined` when it is true. */
  blockedReason: InviteSubmitBlockedReason | undefined;
  status: InviteBatchStatus;
  /** Entries settled of those in the current (or last) send, for "Sending 2 of 3". */
  progress: { settled: number; total: number };
  /** The longest `Retry-After` the last send brought back, while it has not passed. */
  retryAfterMs: number | undefined;
  /** When (epoch ms) the rate limit of the last send ends; `canSubmit` is false until then. */
  retryAt: number | undefined;
  summary: InviteBatchSummary;
  /** One result per entry of the last completed send, in the order they were sent. */
  lastResults: InviteResult[];
  /** Entries not sent yet (drafts, unknown, failures a retry resends): what a page unload would lose. */
  unsentCount: number;
  /** Set while the send waits for the host's `onAuthRequired` or `onStepUp`. */
  awaiting: 'auth' | 'step_up' | undefined;
  /** The request fields the next send carries, after checking and locale matching. */
  request: InviteRequestFields;
  /** What pastes held beyond `maxRecipients`, kept to add once there is room; `undefined` when nothing is. */
  kept: InviteKeptText | undefined;
}

/** Where unsent entries are kept between page loads: the browser's session storage, or anything shaped like it. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The options of {@link createInviteBatchStore}; `update` takes the same. */
export interface InviteBatchStoreOptions extends InvitePolicy {
  /** The transport. Read at call time, so a new function on every render is fine. */
  onSend: OnSend;
  /** Roles of new entries that name none. @default ['member'] */
  defaultRoleSlugs?: string[];
  /** The organization every request invites into; an empty string is `invite.invalid_org_id`. */
  organizationId?: string;
  /**
   * Days the invitation is valid: an integer in 1..30, else the issue `invite.invalid_expiry`.
   * @default 7 (the API's own default: nothing is sent when omitted)
   */
  expiresInDays?: number;
  /** Minutes the magic link is valid (Stytch-like transports): an integer in 5..10080. */
  expiresInMinutes?: number;
  /** The invitation email's language; matched to `onSend.capabilities.locales` when declared, else omitted. */
  locale?: string;
  /** Who invites, for the invitation email ("Ana invited you"). */
  inviterUserId?: string;
  /**
   * Called once per `submit()` that started a send (cancelled ones included), with one result per
   * entry it sent.
   */
  onComplete?(results: InviteResult[]): void;
  /**
   * Called when results say `authorize.unauthenticated` (or `invite.unauthorized`). Resolve once
   * the person signed in again: the same entries are resent with the same keys. Reject: they go
   * back to `draft`. Without it those entries fail with that code.
   */
  onAuthRequired?: () => Promise<unknown>;
  /** Like `onAuthRequired`, for `mfa.step_up_required`. */
  onStepUp?: () => Promise<unknown>;
  /** Automatic retries of transient failures. @default 2 */
  retries?: number;
  /** Base of the retry backoff. @default 500 */
  retryDelayMs?: number;
  /** Requests in flight at once. @default 4 */
  concurrency?: number;
  /** How long one `onSend` call may take. @default 30000 */
  timeoutMs?: number;
  /** Keeps unsent entries in `storage` under this key and restores them when the store is created. */
  draftKey?: string;
  /** Where drafts are kept; needed with `draftKey`. */
  storage?: DraftStorage;
  /**
   * The most people one dialog (one `submit()`) may hold. It may exceed `maxBatchSize`, the API's
   * per-request limit: the send splits them into requests of that size. `addText` reads a paste
   * only up to this limit and keeps the rest (`kept`), so nothing pasted is dropped.
   * @default 100, or `maxBatchSize` when that is larger
   */
  maxRecipients?: number;
  /** The clock. @default Date.now */
  now?: () => number;
  /**
   * Whether the network is up, as the host sees it (`useInviteBatch` feeds `navigator.onLine`).
   * While `false`, nothing is sent: `blockedReason` is `offline`. Coming back does not send by itself.
   * @default true
   */
  online?: boolean;
}

/** The store's actions; each is a stable arrow-function property, safe to pass around. */
export interface InviteBatchActions {
  /**
   * Turns a paste into entries: valid addresses (repeats dropped and counted) and each unreadable
   * token, kept visible as an entry flagged `invite.invalid_email` until fixed or removed. A row's
   * name and roles go with its token, valid or not, so fixing the address keeps them. Reads only
   * as far as `maxRecipients` has room; the rest is kept (see {@link AddTextResult}).
   */
  addText: (text: string) => AddTextResult;
  /** Adds what `kept` holds, as far as there is room (a send that invites people does it by itself). */
  addKept: () => AddTextResult;
  /** Lets go of what `kept` holds and returns it, for `restoreKept` (an undo). */
  dropKept: () => InviteKeptText | undefined;
  /** Keeps again, first in line, what `dropKept` returned (once: it is not copied). */
  restoreKept: (kept: InviteKeptText) => void;
  /** Adds one entry and returns its id. */
  addEntry: (entry: InviteEntryInput) => string;
  /** Edits an entry that is not in flight or sent; a changed payload makes it a draft with a new key. */
  updateEntry: (id: string, patch: InviteEntryPatch) => void;
  /** Removes an entry that is not in flight. */
  removeEntry: (id: string) => void;
  /** Removes every entry that is not in flight. */
  clear: () => void;
  /**
   * Puts removed entries back where they stood, as they were (same id, key, roles and state): an
   * undo for `removeEntry` and `clear`. Entries whose address is listed again meanwhile are skipped.
   */
  restoreEntries: (removed: ReadonlyArray<RemovedEntry>) => void;
  /**
   * Sets the roles of one editable entry, or with `'all'` of every draft and failed entry (not
   * `unknown` ones, which a new key could invite twice, nor those already invited). Does not
   * change the roles later entries get: that is the `defaultRoleSlugs` option.
   */
  setRoleSlugs: (id: string | 'all', roleSlugs: string[]) => void;
  /**
   * Sends every entry not yet sent (drafts, unknown, retryable failures) and resolves one result per
   * entry sent. Single-flight: while sending it returns the same promise. Resolves `[]` without
   * sending when `canSubmit` is false. Never rejects.
   */
  submit: () => Promise<InviteResult[]>;
  /** Aborts the send in flight: entries that had not left go back to `draft`, the rest become `unknown`. */
  cancel: () => void;
}

/** The framework-free invite batch store. */
export interface InviteBatchStore extends InviteBatchActions {
  getState: () => InviteBatchState;
  /** The state before drafts were restored: what a server render saw (for hydration). */
  getInitialState: () => InviteBatchState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** Replaces the options without side effects beyond re-validating (and notifying if that changed anything). */
  update: (options: InviteBatchStoreOptions) => void;
  /**
   * Arms the store's timer and returns a cleanup that aborts the send in flight and stops it.
   * May be called again after the cleanup (React StrictMode mounts twice).
   */
  mount: () => () => void;
  /** Aborts the send in flight, stops timers and drops every listener. */
  destroy: () => void;
}

// ─── Classification ──────────────────────────────────────────────────────────────────────────────

const isUncertain = (error: InviteResultError) => error.uncertain ?? outcomeGroup(error.code) === 'uncertain';

/** Whether a failed entry's person is already a member or invited: nothing left to do. */
const isAlready = (entry: InviteBatchStoreEntry) => entry.status === 'failed' && outcomeGroup(entry.sendError?.code) === 'already';

/** The host callback that resolves a failure of this group (sign in, step up), if it has one. */
const hostStep = (options: InviteBatchStoreOptions, group: string | undefined) =>
  group === 'auth' ? options.onAuthRequired : group === 'step_up' ? options.onStepUp : undefined;

// A failure "retry failed" resends unchanged: transient ones, and those that needed the person to
// sign in or step up (nothing about the entry was wrong).
const isResendable = (error: InviteResultError | undefined) => {
  const group = outcomeGroup(error?.code);
  return !!error && (error.retryable || group === 'auth' || group === 'step_up');
};

/** Whether the next `submit()` sends this entry. */
const isToSend = (entry: InviteBatchStoreEntry) =>
  entry.status === 'draft' || entry.status === 'unknown' || (entry.status === 'failed' && isResendable(entry.sendError));

/**
 * Whether an entry is done with: invited, or already a member or invited. It no longer counts
 * against `maxRecipients`, and closing the dialog takes it off the list.
 */
export const isSettled = (entry: InviteBatchStoreEntry) => entry.status === 'sent' || isAlready(entry);

/** The most entries still to send one store may hold. */
const recipientLimit = (options: InviteBatchStoreOptions) =>
  Math.max(options.maxRecipients ?? DEFAULT_MAX_RECIPIENTS, options.maxBatchSize ?? 0);

const DEFAULT_MAX_RECIPIENTS = 100;

const isEditable = (entry: InviteBatchStoreEntry) => entry.status !== 'sending' && entry.status !== 'sent';

// What "set roles for everyone" touches: not unknown entries (a new key could invite them twice),
// nor people already invited or members (resending them changes nothing).
const isBulkEditable = (entry: InviteBatchStoreEntry) => entry.status === 'draft' || (entry.status === 'failed' && !isAlready(entry));

const catalogMessage = (code: InviteErrorCode) => INVITE_ERROR_CODES[code].message;

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether two plain objects (or arrays) hold the same values under the same keys, looking `depth`
 * levels into the values that are objects: an issue's `params` ({ roles: ['admin'] }) is made anew
 * by each check, and a state that differs only by such copies must stay the same state (else a
 * host that re-renders on every change would re-render forever).
 */
const same = (a: object | undefined, b: object | undefined, depth = 2): boolean => {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const x: unknown = a[key as keyof object];
      const y: unknown = b[key as keyof object];
      return Object.is(x, y) || (depth > 0 && typeof x === 'object' && typeof y === 'object' && same(x ?? undefined, y ?? undefined, depth - 1));
    })
  );
};

/** Whether two lists hold the same items, compared with {@link same}. */
const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i] || same(item as object, b[i] as object));

/** An entry's payload in a new state: issue, error and invitation start over. */
const withStatus = (
  e: Pick<InviteBatchStoreEntry, 'id' | 'email' | 'name' | 'roleSlugs' | 'idempotencyKey'>,
  status: InviteEntryStatus,
  sendError?: InviteResultError,
  invitation?: Invitation,
): InviteBatchStoreEntry => {
  // Plain assignments, not conditional spreads: a 10,000-address paste builds 10,000 of these.
  const entry: InviteBatchStoreEntry = {
    id: e.id,
    email: e.email,
    roleSlugs: e.roleSlugs,
    status,
    idempotencyKey: e.idempotencyKey,
    readOnly: status === 'sending' || status === 'sent',
  };
  if (e.name !== undefined) entry.name = e.name;
  if (sendError) entry.sendError = entry.error = sendError;
  if (invitation) entry.invitation = invitation;
  return entry;
};

/**
 * Whether two option objects check entries alike. Functions are read when called, so a new inline
 * callback changes nothing, except a transport with other capabilities.
 */
function sameOptions(a: InviteBatchStoreOptions, b: InviteBatchStoreOptions): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const p = x[key];
    const q = y[key];
    // Object.is: an expiry field left empty is NaN on every render, and the same each time.
    if (Object.is(p, q)) continue;
    if (typeof p !== 'function' || typeof q !== 'function') return false;
    if ((p as OnSend).capabilities !== (q as OnSend).capabilities) return false;
  }
  return true;
}

/** The valid form of what was typed, or the typed text trimmed so the person sees it to fix it. */
const cleanEmail = (raw: string) => {
  const checked = checkEmail(raw);
  return checked.ok ? checked.email : String(raw ?? '').trim();
};

/** A string trimmed, or `undefined` when it is not a string or only blanks. */
const cleanName = (name: unknown) => (typeof name === 'string' && name.trim()) || undefined;

/** Checks and shapes the request fields; problems become batch-level issues. */
function requestFields(options: InviteBatchStoreOptions): { request: InviteRequestFields; issues: InviteBatchIssue[] } {
  const request: InviteRequestFields = {};
  const issues: InviteBatchIssue[] = [];
  const expiry = options.onSend?.capabilities?.expiry;
  const checkRange = (value: unknown, unit: 'days' | 'minutes', min: number, max: number) => {
    const [lo, hi] = expiry?.unit === unit ? [Math.max(min, expiry.min), Math.min(max, expiry.max)] : [min, max];
    if (typeof value === 'number' && Number.isInteger(value) && value >= lo && value <= hi) return true;
    issues.push({
      code: 'invite.invalid_expiry',
      message: `Invitations can last a whole number of ${unit} from ${lo} to ${hi}.`,
      reason: 'expiry_out_of_range',
      params: { unit, min: lo, max: hi },
    });
    return false;
  };

  if (options.organizationId !== undefined) {
    const organizationId = cleanName(options.organizationId);
    if (organizationId) request.organizationId = organizationId;
    else issues.push({ code: 'invite.invalid_org_id', message: catalogMessage('invite.invalid_org_id') });
  }
  if (options.expiresInDays !== undefined && checkRange(options.expiresInDays, 'days', 1, 30)) {
    request.expiresInDays = options.expiresInDays;
  }
  if (options.expiresInMinutes !== undefined && checkRange(options.expiresInMinutes, 'minutes', 5, 10080)) {
    request.expiresInMinutes = options.expiresInMinutes;
  }
  if (typeof options.locale === 'string') {
    // A locale the API does not take would be a 400 for the whole batch: send its closest
    // supported form, or none so the server uses its default.
    const supported = options.onSend?.capabilities?.locales;
    const locale = supported ? matchLocale(options.locale, supported) : canonicalizeLocale(options.locale);
    if (locale) request.locale = locale;
  }
  const inviterUserId = cleanName(options.inviterUserId);
  if (inviterUserId) request.inviterUserId = inviterUserId;
  return { request, issues };
}

// ─── What a paste could not fit ─────────────────────────────────────────────────────────────────

/** One paste's rest: its normalized text, read on from `from` as the paste was read. */
interface KeptPart {
  text: string;
  from: number;
  header: EmailListRange | undefined;
}

/** A part as the person can copy it: verbatim, a table's header row first. */
const keptText = ({ text, from, header }: KeptPart) => (header ? `${text.slice(header.start, header.end)}\n` : '') + text.slice(from);

/** The addresses a part holds: its `@`s from where it is read on. */
const addressCount = ({ text, from }: KeptPart) => {
  let count = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) count++;
  return count;
};

/** The draft format written to storage. */
interface StoredDrafts {
  version: 1;
  entries: Array<Pick<InviteBatchStoreEntry, 'id' | 'email' | 'name' | 'roleSlugs' | 'status' | 'idempotencyKey' | 'sendError'>>;
}

const STORED_STATUSES = new Set<InviteEntryStatus>(['draft', 'sending', 'failed', 'unknown']);

function readDrafts(storage: DraftStorage, key: string): InviteBatchStoreEntry[] {
  let parsed: unknown;
  try {
    const text = storage.getItem(key);
    if (!text) return [];
    parsed = JSON.parse(text);
  } catch {
    // Unreadable storage (blocked, corrupt) is the same as no drafts.
    return [];
  }
  const list = (parsed as Partial<StoredDrafts> | null)?.entries;
  if (!Array.isArray(list)) return [];
  const entries: InviteBatchStoreEntry[] = [];
  for (const item of list as Array<Record<string, unknown>>) {
    if (!item || typeof item.id !== 'string' || typeof item.email !== 'string' || typeof item.idempotencyKey !== 'string') continue;
    if (!STORED_STATUSES.has(item.status as InviteEntryStatus)) continue;
    const roles = Array.isArray(item.roleSlugs) ? item.roleSlugs.filter((s): s is string => typeof s === 'string') : [];
    const e = item.sendError as InviteResultError | undefined;
    const sendError =
      e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string' && typeof e.retryable === 'boolean'
        ? e
        : undefined;
    // A page that unloaded mid-send cannot know whether the request arrived.
    const status: InviteEntryStatus = item.status === 'sending' ? 'unknown' : (item.status as InviteEntryStatus);
    entries.push(
      withStatus({ id: item.id, email: item.email, name: cleanName(item.name), roleSlugs: resolveRoleSlugs(roles), idempotencyKey: item.idempotencyKey }, status, sendError),
    );
  }
  return entries;
}

// ─── The store ───────────────────────────────────────────────────────────────────────────────────

interface Inflight {
  controller: AbortController;
  promise: Promise<InviteResult[]>;
}

// setTimeout holds at most a signed 32-bit delay.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Creates the invite batch store: the entries, the rules checked against them, and the send.
 * Framework-free; `useInviteBatch` is its React adapter.
 * @example
 * const store = createInviteBatchStore({ onSend: createBatchApiTransport({ url: '/api/invitations' }) });
 * store.addText('ana@acme.com, ben@acme.com');
 * if (store.getState().canSubmit) await store.submit();
 */
export function createInviteBatchStore(initialOptions: InviteBatchStoreOptions): InviteBatchStore {
  let options = initialOptions;
  const listeners = createListeners();
  // The parser's message for tokens that are not addresses, kept until the email is edited.
  const parseErrors = new Map<string, Pick<InviteIssue, 'code' | 'message' | 'reason' | 'params'>>();
  // Entries that may have been invited by an earlier try (F20).
  const maybeSent = new Set<string>();
  const idPrefix = createIdempotencyKey().slice(0, 8);
  let idCount = 0;
  let inflight: Inflight | undefined;
  let progress = { settled: 0, total: 0 };
  let retryAt: number | undefined;
  let retryAfterMs: number | undefined;
  let lastResults: InviteResult[] = [];
  let awaiting: InviteBatchState['awaiting'];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  // What storage holds as far as this store knows; `null` until the first write.
  let lastWritten: string | undefined | null = null;
  // What pastes held beyond the limit, oldest first, and the state's view of it.
  let parts: KeptPart[] = [];
  let kept: InviteKeptText | undefined;
  const partsOf = new WeakMap<InviteKeptText, KeptPart[]>();

  const now = () => (options.now ?? Date.now)();
  const nextId = () => `${idPrefix}-${++idCount}`;

  /** Derives everything else from the entries, reusing every object that did not change. */
  function derive(entries: InviteBatchStoreEntry[], prev: InviteBatchState | undefined): InviteBatchState {
    const toSend = entries.filter(isToSend);
    // The options are a policy; the entries carry the email and roles the rules read.
    // "Too many" is about the people listed (maxRecipients); the send splits them into requests
    // of maxBatchSize, the API's own limit. The transport's roles-per-invitation joins the rules:
    // what it cannot send is an issue, not dropped.
    const validated = validateInviteBatch(toSend, {
      ...options,
      maxBatchSize: recipientLimit(options),
      rolesPerInvitation: options.onSend?.capabilities?.roles,
    });
    const perEntry = new Map<string, InviteBatchIssue[]>();
    const { request, issues: batchIssues } = requestFields(options);
    const issueFor = (entry: InviteBatchStoreEntry) => {
      let list = perEntry.get(entry.id);
      if (!list) perEntry.set(entry.id, (list = []));
      return list;
    };
    for (const issue of validated) {
      const entry = issue.index === undefined ? undefined : toSend[issue.index];
      const { index: _, ...rest } = issue;
      if (entry) issueFor(entry).push({ ...rest, entryId: entry.id });
      else batchIssues.push(issue);
    }
    // Entries not in this send still occupy their address: a second one is a duplicate.
    const occupied = new Set<string>();
    for (const entry of entries) if (!isToSend(entry)) occupied.add(emailKey(entry.email));
    for (const entry of toSend) {
      const parsed = parseErrors.get(entry.id);
      const taken = occupied.size > 0 && occupied.has(emailKey(entry.email));
      // Most entries have neither: a 10,000-address paste must not build 10,000 empty lists.
      if (!parsed && !taken) continue;
      const list = issueFor(entry);
      if (parsed) {
        // The parser says exactly what is wrong with the token ("missing @" …): prefer its words.
        const own: InviteBatchIssue = { ...parsed, email: entry.email, entryId: entry.id };
        const at = list.findIndex((i) => i.code === parsed.code);
        if (at === -1) list.unshift(own);
        else list[at] = own;
      }
      if (taken && !list.some((i) => i.code === 'invite.duplicate_email' || i.code === 'invite.invalid_email')) {
        list.push({ code: 'invite.duplicate_email', message: `${entry.email} is already in the list.`, email: entry.email, entryId: entry.id });
      }
    }

    const issues: InviteBatchIssue[] = [...batchIssues];
    const nextEntries = entries.map((entry, index) => {
      const own = perEntry.get(entry.id);
      if (own) for (const issue of own) issues.push({ ...issue, index });
      const issue = own?.[0];
      if (same(issue, entry.issue)) return entry;
      const { issue: _issue, error: _error, ...base } = entry;
      const error = issue ?? entry.sendError;
      return { ...base, ...(issue && { issue }), ...(error && { error }) };
    });

    const summary: InviteBatchSummary = { sent: 0, alreadyInvited: 0, failed: 0, unknown: 0, draft: 0 };
    for (const entry of nextEntries) {
      if (entry.status !== 'sending') summary[isAlready(entry) ? 'alreadyInvited' : entry.status]++;
    }
    const good = summary.sent + summary.alreadyInvited;
    const bad = summary.failed + summary.unknown;
    const status: InviteBatchStatus = inflight
      ? 'sending'
      : good + bad === 0
        ? 'idle'
        : bad === 0
          ? 'done'
          : good > 0
            ? 'partial'
            : 'failed';
    const rateLimited = retryAt !== undefined && now() < retryAt;
    const blockedReason: InviteSubmitBlockedReason | undefined =
      inflight
        ? 'sending'
        : options.online === false && toSend.length > 0
          ? 'offline'
          : rateLimited
            ? 'rate_limited'
            : toSend.length === 0
              ? 'empty'
              : issues.length > 0
                ? 'invalid'
                : undefined;

    const next: InviteBatchState = {
      entries: prev && sameList(prev.entries, nextEntries) ? prev.entries : nextEntries,
      issues: prev && sameList(prev.issues, issues) ? prev.issues : issues,
      canSubmit: blockedReason === undefined,
      blockedReason,
      status,
      progress: prev && same(prev.progress, progress) ? prev.progress : progress,
      retryAfterMs: rateLimited ? retryAfterMs : undefined,
      retryAt: rateLimited ? retryAt : undefined,
      summary: prev && same(prev.summary, summary) ? prev.summary : summary,
      lastResults,
      unsentCount: toSend.length,
      awaiting,
      request: prev && same(prev.request, request) ? prev.request : request,
      kept,
    };
    return prev && same(prev, next) ? prev : next;
  }

  const restored = options.draftKey && options.storage ? readDrafts(options.storage, options.draftKey) : [];
  for (const entry of restored) if (entry.status === 'unknown') maybeSent.add(entry.id);
  const initialState = derive([], undefined);
  let state = restored.length > 0 ? derive(restored, initialState) : initialState;

  function persist() {
    const { storage, draftKey } = options;
    if (!storage || !draftKey) return;
    const unsent = state.entries.filter((e) => e.status !== 'sent');
    const text =
      unsent.length === 0
        ? undefined
        : JSON.stringify({
            version: 1,
            // What an entry is made of; its issue and error are derived again on restore.
            entries: unsent.map(({ error: _error, issue: _issue, readOnly: _readOnly, ...kept }) => kept),
          } satisfies StoredDrafts);
    if (text === lastWritten) return;
    lastWritten = text;
    try {
      if (text === undefined) storage.removeItem(draftKey);
      else storage.setItem(draftKey, text);
    } catch {
      // A full or blocked storage costs the drafts' persistence, never the send.
    }
  }

  function armTimer() {
    clearTimeout(timer);
    timer = undefined;
    if (retryAt === undefined || destroyed) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        if (retryAt !== undefined && now() < retryAt) return armTimer();
        retryAt = undefined;
        retryAfterMs = undefined;
        commit(state.entries, false);
      },
      Math.min(MAX_TIMER_MS, Math.max(0, retryAt - now())),
    );
  }

  /** Derives the next state; notifies and (for changes the person made) persists when it changed. */
  function commit(entries: InviteBatchStoreEntry[], save = true) {
    const next = derive(entries, state);
    if (next === state) return;
    state = next;
    if (save) persist();
    listeners.notify();
  }

  const replace = (id: string, change: (entry: InviteBatchStoreEntry) => InviteBatchStoreEntry | undefined) => {
    let changed = false;
    const entries = state.entries.map((entry) => {
      if (entry.id !== id) return entry;
      const next = change(entry);
      if (!next || next === entry) return entry;
      changed = true;
      return next;
    });
    return changed ? entries : undefined;
  };

  /** A new draft; `normalized` when the address comes from the parser, already checked. */
  const makeEntry = (input: InviteEntryInput, normalized = false) =>
    withStatus(
      {
        id: nextId(),
        email: normalized ? input.email : cleanEmail(input.email),
        name: cleanName(input.name),
        roleSlugs: resolveRoleSlugs(input.roleSlugs ?? options.defaultRoleSlugs),
        idempotencyKey: createIdempotencyKey(),
      },
      'draft',
    );

  /** An edited entry: a draft with a new key, since the server must not see one key with two payloads. */
  const edited = (entry: InviteBatchStoreEntry, patch: InviteEntryPatch): InviteBatchStoreEntry | undefined => {
    if (!isEditable(entry)) return undefined;
    const email = patch.email === undefined ? entry.email : cleanEmail(patch.email);
    const name = patch.name === undefined ? entry.name : cleanName(patch.name);
    const roleSlugs = patch.roleSlugs === undefined ? entry.roleSlugs : resolveRoleSlugs(patch.roleSlugs);
    if (email === entry.email && name === entry.name && sameList(roleSlugs, entry.roleSlugs)) return undefined;
    if (email !== entry.email) parseErrors.delete(entry.id);
    maybeSent.delete(entry.id);
    return withStatus({ id: entry.id, email, name, roleSlugs, idempotencyKey: createIdempotencyKey() }, 'draft');
  };

  // ─── What did not fit ───

  /** The addresses listed, by key: a paste's repeats of them are duplicates. */
  const listedKeys = () => new Set(state.entries.map((e) => emailKey(e.email)));
  /** How many more entries fit under `maxRecipients`. */
  const room = () => recipientLimit(options) - state.entries.filter((e) => !isSettled(e)).length;

  /**
   * Reads `part` on as far as `free` entries fit, makes entries of what it read into `added`,
   * counts into `result`, and moves `part` on to where reading stopped.
   */
  const readOn = (part: KeptPart, free: number, listed: Set<string>, result: AddTextResult, added: InviteBatchStoreEntry[]) => {
    const reading = readEmailList(part.text, { from: part.from, maxEntries: free, listed });
    part.text = reading.text;
    part.header = reading.header;
    if (reading.rest !== undefined) part.from = reading.rest;
    const noRoles = options.onSend?.capabilities?.roles === 'none';
    for (const token of reading.tokens) {
      if (token.type === 'duplicate') {
        result.duplicates++;
        continue;
      }
      // A row's name and roles go with its token, valid or not. A transport that takes no roles
      // gets none: the pasted ones are not applied, and the result says so.
      const { name, roleSlugs } = token.type === 'entry' ? token.entry : token.token;
      if (noRoles && roleSlugs?.some((slug) => slug !== 'member')) result.rolesIgnored = (result.rolesIgnored ?? 0) + 1;
      const roles = noRoles ? undefined : roleSlugs;
      if (token.type === 'invalid') {
        const entry = makeEntry({ email: token.token.input, name, roleSlugs: roles });
        const { input: _, name: _name, roleSlugs: _roles, ...why } = token.token;
        parseErrors.set(entry.id, why);
        added.push(entry);
        result.invalid++;
      } else {
        // The parser's addresses are normalized: their key is the address lower-cased.
        listed.add(token.entry.email.toLowerCase());
        added.push(makeEntry({ email: token.entry.email, name, roleSlugs: roles }, true));
        result.added++;
      }
    }
    return reading;
  };

  /** Replaces the kept parts and the state's view of them (committed by the caller). */
  const keep = (next: KeptPart[]) => {
    parts = next;
    kept = undefined;
    if (next.length > 0) {
      kept = {
        count: next.reduce((sum, part) => sum + addressCount(part), 0),
        get text() {
          return next.map(keptText).join('\n');
        },
      };
      partsOf.set(kept, next);
    }
  };

  // Why each entry of the send in flight was unknown before it, to show again if it never leaves.
  let errorsBefore = new Map<string, InviteResultError | undefined>();

  /** The entry once its result is in. */
  const settled = (entry: InviteBatchStoreEntry, result: InviteResult): InviteBatchStoreEntry => {
    const sent = (invitation?: Invitation) => {
      maybeSent.delete(entry.id);
      return withStatus(entry, 'sent', undefined, invitation);
    };
    if (result.success) return sent(result.invitation);
    const error = result.error;
    const aborted = error.code === 'invite.aborted';
    // An invitation already pending after a try that may have arrived is that try's invitation (F20).
    if (error.code === 'invite.already_pending' && (maybeSent.has(entry.id) || error.uncertain)) return sent();
    if (aborted && error.uncertain === false) {
      // Never left: the entry is as it was before this send.
      return maybeSent.has(entry.id) ? withStatus(entry, 'unknown', errorsBefore.get(entry.id) ?? error) : withStatus(entry, 'draft');
    }
    if (aborted || (error.code !== 'invite.already_member' && isUncertain(error))) {
      maybeSent.add(entry.id);
      return withStatus(entry, 'unknown', error);
    }
    return withStatus(entry, 'failed', error);
  };

  /** Waits for the host (sign-in, step-up); `false` when it rejects or the send is cancelled. */
  const askHost = (ask: () => Promise<unknown>, signal: AbortSignal) =>
    new Promise<boolean>((resolve) => {
      if (signal.aborted) return resolve(false);
      const onAbort = () => resolve(false);
      signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(ask)
        .then(
          () => resolve(!signal.aborted),
          () => resolve(false),
        )
        .finally(() => signal.removeEventListener('abort', onAbort));
    });

  async function run(batch: InviteBatchStoreEntry[], controller: AbortController): Promise<InviteResult[]> {
    const { signal } = controller;
    const final = new Map<string, InviteResult>();
    let round = batch;
    // Each host step (sign in, step up) is asked at most once per send.
    const asked = new Set<string>();
    const settle = () => (progress = { ...progress, settled: progress.settled + 1 });
    try {
      while (round.length > 0) {
        const current = round;
        round = [];
        const held = { auth: [] as InviteBatchStoreEntry[], step_up: [] as InviteBatchStoreEntry[] };
        const done = new Set<number>();
        const take = (result: InviteResult, index: number) => {
          if (done.has(index)) return;
          done.add(index);
          const entry = current[index]!;
          const group = result.success ? undefined : outcomeGroup(result.error.code);
          final.set(entry.id, result);
          // Held back (still "sending") while the host is asked; applied only if it declines.
          if ((group === 'auth' || group === 'step_up') && hostStep(options, group) && !asked.has(group) && !signal.aborted) {
            held[group].push(entry);
            return;
          }
          settle();
          commit(replace(entry.id, (e) => (e.status === 'sending' ? settled(e, result) : undefined)) ?? state.entries);
        };
        const results = await sendInviteBatch(
          // The loop reads only the payload: email, name, roles and key.
          current,
          // Read at call time: the host may pass a new function on every render.
          Object.assign((request: InviteSendRequest, context: Parameters<OnSend>[1]) => options.onSend(request, context), {
            capabilities: options.onSend.capabilities,
          }),
          {
            request: state.request,
            maxBatchSize: options.maxBatchSize,
            concurrency: options.concurrency,
            retries: options.retries,
            retryDelayMs: options.retryDelayMs,
            timeoutMs: options.timeoutMs,
            signal,
            onProgress: take,
          },
        );
        // The loop reports each entry through onProgress; this catches any it did not.
        current.forEach((entry, i) => take(results[i] ?? missingResult(entry), i));

        for (const kind of ['auth', 'step_up'] as const) {
          const entries = held[kind];
          if (entries.length === 0) continue;
          asked.add(kind);
          awaiting = kind;
          commit(state.entries, false);
          const ask = hostStep(options, kind);
          const ok = ask ? await askHost(ask, signal) : false;
          awaiting = undefined;
          // The server refused these before doing anything: sent back to the person, not failed.
          if (ok) round.push(...entries);
          else {
            const ids = new Set(entries.map((entry) => entry.id));
            entries.forEach(settle);
            commit(state.entries.map((e) => (ids.has(e.id) && e.status === 'sending' ? withStatus(e, 'draft') : e)));
          }
          commit(state.entries, false);
        }
      }
    } catch (cause) {
      // sendInviteBatch never rejects; this guards against a bug leaving entries "sending" forever.
      const error: InviteResultError = {
        code: 'invite.send_failed',
        message: cause instanceof Error && cause.message ? cause.message : catalogMessage('invite.send_failed'),
        retryable: true,
        uncertain: true,
      };
      let list = state.entries;
      for (const entry of batch) {
        if (final.has(entry.id)) continue;
        const result: InviteResult = { email: entry.email, success: false, error };
        final.set(entry.id, result);
        list = list.map((e) => (e.id === entry.id && e.status === 'sending' ? settled(e, result) : e));
      }
      awaiting = undefined;
      commit(list);
    }

    const results = batch.map((entry) => final.get(entry.id) ?? missingResult(entry));
    const waits = results.flatMap((r) => (!r.success && typeof r.error.retryAfterMs === 'number' ? [r.error.retryAfterMs] : []));
    if (waits.length > 0) {
      retryAfterMs = Math.max(...waits);
      retryAt = now() + retryAfterMs;
    }
    lastResults = results;
    inflight = undefined;
    commit(state.entries);
    armTimer();
    // The invited made room: the next of what was kept joins the list.
    if (parts.length > 0 && !destroyed) store.addKept();
    if (!destroyed && options.onComplete) {
      try {
        options.onComplete(results);
      } catch (error) {
        // The host's bug is reported, without costing the results already applied.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return results;
  }

  const missingResult = (entry: InviteBatchStoreEntry): InviteResult => ({
    email: entry.email,
    success: false,
    error: { code: 'invite.invalid_response', message: catalogMessage('invite.invalid_response'), retryable: true, uncertain: true },
  });

  /** Aborts the send in flight and stops the timers. */
  const stop = () => {
    inflight?.controller.abort();
    clearTimeout(timer);
    timer = undefined;
  };

  const store: InviteBatchStore = {
    getState: () => state,
    getInitialState: () => initialState,
    subscribe: listeners.subscribe,
    update: (next) => {
      const unchanged = sameOptions(options, next);
      options = next;
      // A host re-renders often; re-checking 10,000 pasted entries on each render would not do.
      if (!unchanged) commit(state.entries, false);
    },
    mount: () => {
      armTimer();
      return stop;
    },
    destroy: () => {
      stop();
      destroyed = true;
      listeners.clear();
    },

    addText: (text) => {
      const listed = listedKeys();
      const result: AddTextResult = { added: 0, duplicates: 0, invalid: 0 };
      const added: InviteBatchStoreEntry[] = [];
      const part: KeptPart = { text, from: 0, header: undefined };
      const { tokens, rest, header } = readOn(part, room(), listed, result, added);
      if (header && (tokens.length > 0 || rest !== undefined)) result.skippedHeader = true;
      if (rest !== undefined) {
        keep([...parts, part]);
        result.kept = kept!.count;
      }
      if (added.length > 0 || result.kept !== undefined) commit([...state.entries, ...added]);
      return result;
    },
    addKept: () => {
      const listed = listedKeys();
      const result: AddTextResult = { added: 0, duplicates: 0, invalid: 0 };
      const added: InviteBatchStoreEntry[] = [];
      let next = parts;
      for (let free = room(); next.length > 0 && free > 0; ) {
        const before = added.length;
        const done = readOn(next[0]!, free, listed, result, added).rest === undefined;
        const used = added.length - before;
        if (done) next = next.slice(1);
        // A row of more addresses than there is room for waits for more room.
        else if (used === 0) break;
        free -= used;
      }
      keep(next);
      commit([...state.entries, ...added]);
      return result;
    },
    dropKept: () => {
      const dropped = kept;
      keep([]);
      commit(state.entries);
      return dropped;
    },
    restoreKept: (view) => {
      const restored = partsOf.get(view);
      if (!restored) return;
      keep([...restored, ...parts]);
      commit(state.entries);
    },
    addEntry: (input) => {
      const entry = makeEntry(input);
      commit([...state.entries, entry]);
      return entry.id;
    },
    updateEntry: (id, patch) => {
      const entries = replace(id, (entry) => edited(entry, patch));
      if (entries) commit(entries);
    },
    removeEntry: (id) => {
      const entry = state.entries.find((e) => e.id === id);
      if (!entry || entry.status === 'sending') return;
      parseErrors.delete(id);
      maybeSent.delete(id);
      commit(state.entries.filter((e) => e !== entry));
    },
    clear: () => {
      const kept = state.entries.filter((e) => e.status === 'sending');
      for (const entry of state.entries) {
        if (entry.status === 'sending') continue;
        parseErrors.delete(entry.id);
        maybeSent.delete(entry.id);
      }
      commit(kept);
    },
    restoreEntries: (removed) => {
      const listed = new Set(state.entries.map((e) => e.id));
      const addresses = new Set(state.entries.map((e) => emailKey(e.email)));
      const entries = [...state.entries];
      for (const { entry, index } of [...removed].sort((a, b) => a.index - b.index)) {
        const key = emailKey(entry.email);
        if (listed.has(entry.id) || addresses.has(key) || entry.status === 'sending') continue;
        listed.add(entry.id);
        addresses.add(key);
        // The parser's words for an unreadable token come back with it.
        if (entry.issue?.code === 'invite.invalid_email') {
          const { email: _, entryId: _id, index: _index, ...why } = entry.issue;
          parseErrors.set(entry.id, why);
        }
        if (entry.status === 'unknown') maybeSent.add(entry.id);
        entries.splice(Math.min(index, entries.length), 0, withStatus(entry, entry.status, entry.sendError, entry.invitation));
      }
      commit(entries);
    },
    setRoleSlugs: (id, roleSlugs) => {
      let changed = false;
      const entries = state.entries.map((entry) => {
        if (id === 'all' ? !isBulkEditable(entry) : entry.id !== id) return entry;
        const next = edited(entry, { roleSlugs });
        if (!next) return entry;
        changed = true;
        return next;
      });
      if (changed) commit(entries);
    },
    submit: () => {
      if (inflight) return inflight.promise;
      if (destroyed) return Promise.resolve([]);
      // The rate limit may have passed without the timer (e.g. unmounted): look again.
      if (retryAt !== undefined && now() >= retryAt) {
        retryAt = undefined;
        retryAfterMs = undefined;
      }
      commit(state.entries, false);
      if (!state.canSubmit) return Promise.resolve([]);

      const batch = state.entries.filter(isToSend);
      const ids = new Set(batch.map((e) => e.id));
      errorsBefore = new Map(batch.map((e) => [e.id, e.sendError]));
      const controller = new AbortController();
      // Set before any await, so a double click in one tick sends once (F22).
      const current: Inflight = { controller, promise: undefined as unknown as Promise<InviteResult[]> };
      inflight = current;
      progress = { settled: 0, total: batch.length };
      commit(state.entries.map((e) => (ids.has(e.id) ? withStatus(e, 'sending') : e)));
      const snapshot = state.entries.filter((e) => ids.has(e.id));
      // A microtask later, so a cancel in the same tick stops it before onSend is ever called (F06).
      current.promise = Promise.resolve().then(() => run(snapshot, controller));
      return current.promise;
    },
    cancel: () => {
      inflight?.controller.abort();
    },
  };
  return store;
}
