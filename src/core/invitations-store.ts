/**
 * The organization's sent invitations as a framework-free store: pages loaded with the API's
 * cursor, a state filter, and resend, revoke and re-invite — optimistic, rolled back with the
 * reason on failure, honest when the answer was lost ("may have been revoked", reconciled on the
 * next list), and single-flight per invitation. `useInvitations` is a thin React adapter over it.
 *
 * No React and no DOM here: time comes from `options.now`.
 * @module
 */
import { createIdempotencyKey } from './idempotency';
import {
  UNKNOWN_SERVER_CLOCK,
  compareInvitations,
  getInvitationActions,
  invitationTimeline,
  observeServerClock,
  parseTime,
  readInvitation,
  toInvitationFailure,
  INVITATION_ERROR_CODES,
  type InvitationAction,
  type InvitationFailure,
  type InvitationFilter,
  type InvitationPermission,
  type InvitationRecord,
  type InvitationRefusal,
  type InvitationState,
  type ServerClock,
} from './invitations';
import type {
  InviteCaller,
  InviteResult,
  InviteSendRequest,
  Invitation,
  InvitationCallContext,
  InvitationCapabilities,
  InvitationPage,
  InvitationsTransport,
  OnSend,
} from './types';
import { createListeners } from './listeners';

// ─── Types ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Where the list stands.
 * - `idle`: nothing loaded yet (`load()` starts).
 * - `loading`: the first page is on its way.
 * - `ready`: there is a list to show (maybe empty); `error` may still say a refresh failed.
 * - `error`: the first page failed; `error` says why.
 * - `unsupported`: the transport cannot list (Stytch): say so instead of showing a list.
 */
export type InvitationsStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unsupported';

/** What a person can do to an invitation through the store (copying a link is the UI's). */
export type InvitationStoreAction = Exclude<InvitationAction, 'copyLink'>;

/**
 * How the last action on one invitation ended: `done`, `failed` (rolled back; `error` says why) or
 * `unknown` (the answer was lost: it may have happened; the next list tells).
 */
export interface InvitationOutcome {
  action: InvitationStoreAction;
  status: 'done' | 'failed' | 'unknown';
  error?: InvitationFailure;
}

/** One invitation as the list shows it. Unchanged items keep their identity across changes. */
export interface InvitationItem {
  id: string;
  invitation: InvitationRecord;
  /** The state now, by the server's clock (a pending one past its expiry is `expired`). */
  state: InvitationState;
  /** The action in flight, if any: every action on this invitation waits for it. */
  busy?: InvitationStoreAction;
  /** How the last action on it ended, until the next one starts. */
  outcome?: InvitationOutcome;
  /** Which actions the caller may take now, and why not (see `checkInvitationAction`). */
  actions: Record<InvitationAction, InvitationPermission>;
  /** Shown before the server confirmed it (a re-invite on its way). */
  optimistic?: true;
}

/** What the transport can do, and whether re-inviting can work. */
export type InvitationsStoreCapabilities = InvitationCapabilities & {
  /** Whether an expired or revoked invitation can be re-invited (an `onSend`, or a resend of expired ones). */
  reinvite: boolean;
};

/** The store's state: a new object on every change, never mutated. */
export interface InvitationsState {
  status: InvitationsStatus;
  /** Why the last list call failed (the first page, or a refresh: then the list stays). */
  error: InvitationFailure | undefined;
  /**
   * Every invitation loaded, pending first (see `compareInvitations`). An invitation keeps its place
   * while the person acts on it (a revoked one does not jump away from under the pointer or the
   * focus); loading, refreshing and changing the filter sort again.
   */
  items: InvitationItem[];
  /** The items the filter keeps (by the state they were sorted with). */
  visible: InvitationItem[];
  filter: InvitationFilter;
  /** How many loaded invitations are in each state (as sorted), and in all. */
  counts: Record<InvitationFilter, number>;
  /** Whether the API has another page. */
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed; the next one retries it. */
  moreError: InvitationFailure | undefined;
  /** A refresh of the first page is on its way (the list stays on screen). */
  refreshing: boolean;
  capabilities: InvitationsStoreCapabilities;
  /** The last action that settled, for a live region; `seq` grows with every one. */
  lastOutcome: (InvitationOutcome & { id: string; email: string; seq: number }) | undefined;
}

/** What an action resolves: never rejects. `refused` is set when the rules refused it before any call. */
export type InvitationActionResult =
  | { ok: true; invitation?: InvitationRecord }
  | { ok: false; error: InvitationFailure; refused?: InvitationRefusal | 'not_found' };

/** The options of {@link createInvitationsStore}; `update` takes the same. */
export interface InvitationsStoreOptions {
  /** Lists, resends and revokes (read at call time, so a new object on every render is fine). */
  transport: InvitationsTransport;
  /**
   * Sends a new invitation when re-inviting a revoked (or, without `resendExpired`, an expired)
   * one: pass the dialog's `onSend`. Without it those are not offered.
   */
  onSend?: OnSend;
  /** The organization whose invitations these are. Changing it starts the list over. */
  organizationId?: string;
  /** Who acts: with `roleSlugs`, invitations for roles above theirs offer no resend or revoke. */
  caller?: InviteCaller;
  /**
   * How many invitations one page asks for.
   * @default 20
   */
  pageSize?: number;
  /**
   * Which invitations are shown at first.
   * @default 'all'
   */
  defaultFilter?: InvitationFilter;
  /** Request fields of a re-invite (`expiresInDays` …); its locale is the invitation's own when known. */
  request?: Omit<InviteSendRequest, 'entries' | 'organizationId'>;
  /**
   * How long one call may take before it is given up (a revoke then is "may have been revoked").
   * @default 30000
   */
  timeoutMs?: number;
  /** The clock. @default Date.now */
  now?: () => number;
}

/** The store's actions; each is a stable arrow-function property, safe to pass around. */
export interface InvitationsActions {
  /** Loads the first page, unless one is loaded or on its way. */
  load: () => Promise<void>;
  /** Loads the first page again (the list stays on screen meanwhile) and reconciles uncertain outcomes. */
  refresh: () => Promise<void>;
  /** Loads the next page with the API's cursor; a second call while one is on its way does nothing. */
  loadMore: () => Promise<void>;
  setFilter: (filter: InvitationFilter) => void;
  /** Sends the invitation email again (a fresh expiry where the API renews it; its locale kept). */
  resend: (id: string) => Promise<InvitationActionResult>;
  /** Revokes a pending invitation: shown revoked at once, put back with the reason if it fails. */
  revoke: (id: string) => Promise<InvitationActionResult>;
  /** Invites again the person of an expired or revoked invitation, with its roles and locale. */
  reinvite: (id: string) => Promise<InvitationActionResult>;
  /**
   * Resends the pending invitation of an address (the dialog's "already invited" person), looking
   * it up with the API when it is not loaded.
   */
  resendEmail: (email: string) => Promise<InvitationActionResult>;
  /**
   * Shows invitations just sent without a reload: pass it the dialog's `onComplete` results. A
   * success that came without its invitation makes the list refresh instead.
   * @example <InviteDialog onSend={onSend} onComplete={invitations.addResults} />
   */
  addResults: (results: readonly InviteResult[]) => void;
}

/** The framework-free invitations store. */
export interface InvitationsStore extends InvitationsActions {
  getState: () => InvitationsState;
  /** The state before anything loaded: what a server render saw. */
  getInitialState: () => InvitationsState;
  subscribe: (listener: () => void) => () => void;
  /** Replaces the options; re-derives what they change (the caller, the transport's capabilities). */
  update: (options: InvitationsStoreOptions) => void;
  /** The server's now, epoch ms: the local clock corrected by what the server's answers said. */
  serverNow: () => number;
  /**
   * Arms the expiry timer and returns a cleanup that drops the list call in flight (a first page
   * on its way goes back to `idle`, so `load()` after a remount starts it again). Actions in flight
   * finish and are recorded.
   */
  mount: () => () => void;
  /** Aborts every call in flight and drops every listener. */
  destroy: () => void;
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────────

const MAX_TIMER_MS = 2_147_483_647;

const capabilitiesOf = (options: InvitationsStoreOptions): InvitationsStoreCapabilities => {
  const { transport: t, onSend } = options;
  const said = t.capabilities;
  const caps: InvitationsStoreCapabilities = {
    list: !!t.list && said?.list !== false,
    resend: !!t.resend && said?.resend !== false,
    revoke: !!t.revoke && said?.revoke !== false,
    resendExpired: said?.resendExpired === true,
    resendRenews: said?.resendRenews === true,
    reinvite: false,
  };
  caps.reinvite = !!onSend || (caps.resend && !!caps.resendExpired);
  return caps;
};

const samePermissions = (a: InvitationItem['actions'], b: InvitationItem['actions']) =>
  (Object.keys(a) as InvitationAction[]).every((key) => {
    const p = a[key];
    const q = b[key];
    return p.allowed === q.allowed && (p.allowed ? p.via === (q as typeof p).via : p.reason === (q as typeof p).reason);
  });

// Each refusal with the code a server would answer for it, and its English words.
const REFUSALS: Record<InvitationRefusal | 'not_found', [code: string, message: string]> = {
  unsupported: ['invite.not_supported', INVITATION_ERROR_CODES['invite.not_supported'].message],
  not_pending: ['invite.not_pending', INVITATION_ERROR_CODES['invite.not_pending'].message],
  not_found: ['invite.invitation_not_found', INVITATION_ERROR_CODES['invite.invitation_not_found'].message],
  pending: ['invite.already_pending', 'An invitation is already pending for this address.'],
  already_pending: ['invite.already_pending', 'An invitation is already pending for this address.'],
  accepted: ['invite.already_member', 'This person accepted: they are a member.'],
  above_level: ['invite.insufficient_role', 'The invitation is for a role above your own.'],
  not_held: ['invite.insufficient_role', 'Only people who hold this role can change its invitations.'],
  no_link: ['invite.not_supported', 'The invitation service gave no link.'],
  busy: ['invite.busy', 'Another action on this invitation is still on its way.'],
};

/** A refusal as a result, with the code a server would answer for it. */
const refusal = (reason: InvitationRefusal | 'not_found'): InvitationActionResult => {
  const [code, message] = REFUSALS[reason];
  return { ok: false, refused: reason, error: { code, message, retryable: false, uncertain: false } };
};

// The state a refusal code says the invitation is in.
const STATE_OF: Partial<Record<string, InvitationState>> = {
  'invite.invitation_expired': 'expired',
  'invite.invitation_revoked': 'revoked',
  'invite.invitation_accepted': 'accepted',
};

// ─── The store ───────────────────────────────────────────────────────────────────────────────────

/**
 * Creates the invitations store. Framework-free; `useInvitations` is its React adapter.
 * @example
 * const store = createInvitationsStore({ transport: createBatchApiInvitations({ url: '/api/orgs/org_1/invitations' }), caller });
 * await store.load();
 * const first = store.getState().visible[0];
 * if (first?.actions.revoke.allowed) await store.revoke(first.id);
 */
export function createInvitationsStore(initialOptions: InvitationsStoreOptions): InvitationsStore {
  let options = initialOptions;
  const listeners = createListeners();
  // Loaded invitations by id, as the server (or an optimistic change) says they stand.
  let records = new Map<string, InvitationRecord>();
  // The state each invitation was sorted with: acting on one does not move it.
  let placed = new Map<string, InvitationState>();
  let clock: ServerClock = UNKNOWN_SERVER_CLOCK;
  let cursor: string | undefined;
  let hasMore = false;
  let status: InvitationsStatus = 'idle';
  let error: InvitationFailure | undefined;
  let moreError: InvitationFailure | undefined;
  let loadingMore = false;
  let refreshing = false;
  let filter: InvitationFilter = options.defaultFilter ?? 'all';
  // Every list call in flight; a newer first-page call supersedes the older ones.
  let listGeneration = 0;
  let listController: AbortController | undefined;
  const busy = new Map<string, { action: InvitationStoreAction; promise: Promise<InvitationActionResult> }>();
  const outcomes = new Map<string, InvitationOutcome>();
  // Optimistic re-invites: their temporary id, for the invitation they replace.
  const optimistic = new Set<string>();
  // Actions whose answer was lost, by invitation id: the next list reconciles them.
  const uncertain = new Map<string, InvitationStoreAction>();
  // One key per invitation and action until it settles for sure: a retry after a lost answer reuses it.
  const keys = new Map<string, string>();
  const actionControllers = new Set<AbortController>();
  let lastOutcome: InvitationsState['lastOutcome'];
  let seq = 0;
  let optimisticCount = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let mounted = false;
  let destroyed = false;

  const now = () => (options.now ?? Date.now)();
  const serverNow = () => now() + clock.offset;
  let caps = capabilitiesOf(options);

  function derive(prev: InvitationsState | undefined): InvitationsState {
    const at = serverNow();
    const previous = new Map(prev?.items.map((item) => [item.id, item]));
    const states = new Map<string, InvitationState>();
    const pendingEmails = new Set<string>();
    for (const [id, record] of records) {
      const state = invitationTimeline(record, at).state;
      states.set(id, state);
      if (state === 'pending') pendingEmails.add(record.email.toLowerCase());
    }
    const context = { caller: options.caller, capabilities: caps, canSend: !!options.onSend, pendingEmails };
    const items: InvitationItem[] = [];
    const placeOf = (item: InvitationItem) => placed.get(item.id) ?? item.state;
    for (const [id, invitation] of records) {
      const state = states.get(id)!;
      const inFlight = busy.get(id)?.action;
      const actions = getInvitationActions({ ...invitation, state }, context);
      if (inFlight) for (const key of Object.keys(actions) as InvitationAction[]) if (key !== 'copyLink') actions[key] = { allowed: false, reason: 'busy' };
      const outcome = outcomes.get(id);
      const old = previous.get(id);
      if (old && old.invitation === invitation && old.state === state && old.busy === inFlight && old.outcome === outcome && samePermissions(old.actions, actions)) {
        items.push(old);
        continue;
      }
      const item: InvitationItem = { id, invitation, state, actions };
      if (inFlight) item.busy = inFlight;
      if (outcome) item.outcome = outcome;
      if (optimistic.has(id)) item.optimistic = true;
      items.push(item);
    }
    items.sort((a, b) => compareInvitations({ state: placeOf(a), invitation: a.invitation }, { state: placeOf(b), invitation: b.invitation }));
    const counts = { all: items.length, pending: 0, expired: 0, revoked: 0, accepted: 0 };
    for (const item of items) counts[placeOf(item)]++;
    const sameItems = !!prev && prev.items.length === items.length && prev.items.every((item, i) => item === items[i]);
    const next: InvitationsState = {
      status,
      error,
      items: sameItems ? prev.items : items,
      visible: sameItems && prev.filter === filter ? prev.visible : filter === 'all' ? items : items.filter((item) => placeOf(item) === filter),
      filter,
      counts: prev && (Object.keys(counts) as InvitationFilter[]).every((key) => prev.counts[key] === counts[key]) ? prev.counts : counts,
      hasMore,
      loadingMore,
      moreError,
      refreshing,
      capabilities: prev && (Object.keys(caps) as Array<keyof typeof caps>).every((key) => prev.capabilities[key] === caps[key]) ? prev.capabilities : caps,
      lastOutcome,
    };
    return prev && (Object.keys(next) as Array<keyof InvitationsState>).every((key) => prev[key] === next[key]) ? prev : next;
  }

  const initialState = derive(undefined);
  let state = initialState;

  /** The soonest expiry of a pending invitation: the state changes then, with nothing else happening. */
  function armTimer() {
    clearTimeout(timer);
    timer = undefined;
    if (!mounted || destroyed) return;
    const at = serverNow();
    let next = Infinity;
    for (const item of state.items) {
      if (item.state !== 'pending') continue;
      const expires = parseTime(item.invitation.expiresAt);
      if (expires !== undefined && expires > at) next = Math.min(next, expires);
    }
    if (next === Infinity) return;
    timer = setTimeout(() => {
      timer = undefined;
      commit();
    }, Math.min(MAX_TIMER_MS, next - at + 1));
  }

  function commit() {
    const next = derive(state);
    if (next !== state) {
      state = next;
      listeners.notify();
    }
    armTimer();
  }

  /**
   * Calls the transport: never throws synchronously into the store, ends at the timeout or when the
   * store goes (even if the transport ignores its signal: F05), and rejects with what it rejected.
   */
  function call<T>(run: (context: InvitationCallContext) => Promise<T>, controller: AbortController, idempotencyKey?: string): Promise<T> {
    const timeout = setTimeout(() => controller.abort(new DOMException('The call took too long.', 'TimeoutError')), options.timeoutMs ?? 30_000);
    const { signal } = controller;
    const context: InvitationCallContext = { signal };
    if (options.organizationId !== undefined) context.organizationId = options.organizationId;
    if (idempotencyKey) context.idempotencyKey = idempotencyKey;
    const stopped = new Promise<never>((_, reject) => {
      const stop = () => reject(signal.reason);
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
    });
    return Promise.race([Promise.resolve().then(() => run(context)), stopped]).finally(() => clearTimeout(timeout));
  }

  /** Sorts these invitations (all of them by default) by the state they are in now. */
  function place(ids: Iterable<string> = records.keys()) {
    const at = serverNow();
    for (const id of ids) {
      const record = records.get(id);
      if (record) placed.set(id, invitationTimeline(record, at).state);
    }
  }

  /** Takes in invitations the server listed or answered with, learning its clock from them. */
  function take(list: readonly Invitation[], serverTime?: number): InvitationRecord[] {
    clock = observeServerClock(clock, { invitations: list, ...(serverTime !== undefined && { serverTime }) }, now());
    return list.flatMap((value) => {
      const record = readInvitation(value);
      return record ? [record] : [];
    });
  }

  /** Settles outcomes that were uncertain against what the server now lists. */
  function reconcile(listed: readonly InvitationRecord[]) {
    for (const record of listed) {
      const action = uncertain.get(record.id);
      if (!action) continue;
      uncertain.delete(record.id);
      keys.delete(`${record.id}\n${action}`);
      if (action === 'revoke') {
        outcomes.set(
          record.id,
          record.state === 'revoked'
            ? { action, status: 'done' }
            : { action, status: 'failed', error: { code: 'invite.not_revoked', message: 'It was not revoked.', retryable: true, uncertain: false } },
        );
      } else outcomes.delete(record.id);
    }
  }

  async function list(mode: 'first' | 'more'): Promise<void> {
    const transport = options.transport;
    if (!caps.list || !transport.list) {
      status = 'unsupported';
      return commit();
    }
    if (mode === 'more' && (!hasMore || loadingMore || status !== 'ready')) return;
    if (mode === 'first') {
      // A newer first page wins over anything on its way.
      listController?.abort();
      listGeneration++;
      loadingMore = false;
      if (records.size === 0 || status !== 'ready') status = 'loading';
      else refreshing = true;
      error = undefined;
      moreError = undefined;
    } else {
      loadingMore = true;
      moreError = undefined;
    }
    const generation = listGeneration;
    const controller = (listController = new AbortController());
    const query = { ...(options.organizationId !== undefined && { organizationId: options.organizationId }), limit: options.pageSize ?? 20, ...(mode === 'more' && cursor && { cursor }) };
    commit();
    let page: InvitationPage;
    try {
      page = await call((context) => transport.list!(query, context), controller);
      if (!page || !Array.isArray(page.invitations)) throw { code: 'invite.invalid_response', message: 'The server answered in a form the kit could not read.', retryable: true };
    } catch (reason) {
      if (generation !== listGeneration || destroyed) return;
      const failure = toInvitationFailure(reason);
      if (mode === 'more') {
        moreError = failure;
        loadingMore = false;
      } else {
        error = failure;
        refreshing = false;
        status = records.size > 0 && status !== 'loading' ? 'ready' : 'error';
      }
      return commit();
    }
    if (generation !== listGeneration || destroyed) return;
    const listed = take(page.invitations, page.serverTime);
    if (mode === 'first') {
      // A fresh first page replaces what was loaded; invitations in the middle of an action stay.
      const kept = new Map<string, InvitationRecord>();
      for (const [id, record] of records) if (busy.has(id) || optimistic.has(id)) kept.set(id, record);
      records = kept;
      placed = new Map();
    }
    for (const record of listed) if (!busy.has(record.id)) records.set(record.id, record);
    reconcile(listed);
    place(mode === 'first' ? undefined : listed.filter((record) => !placed.has(record.id)).map((record) => record.id));
    cursor = page.nextCursor || undefined;
    hasMore = !!cursor;
    status = 'ready';
    loadingMore = false;
    refreshing = false;
    commit();
  }

  const settle = (id: string, email: string, outcome: InvitationOutcome) => {
    outcomes.set(id, outcome);
    lastOutcome = { ...outcome, id, email, seq: ++seq };
  };

  function act(id: string, action: InvitationStoreAction): Promise<InvitationActionResult> {
    const inFlight = busy.get(id);
    if (inFlight) return inFlight.action === action ? inFlight.promise : Promise.resolve(refusal('busy'));
    const item = state.items.find((i) => i.id === id);
    if (!item || destroyed) return Promise.resolve(refusal('not_found'));
    const permission = item.actions[action];
    if (!permission.allowed) return Promise.resolve(refusal(permission.reason));
    const before = item.invitation;
    const { transport } = options;
    const at = serverNow();
    const renew = (record: InvitationRecord): InvitationRecord => {
      const created = parseTime(record.createdAt);
      const expires = parseTime(record.expiresAt);
      // The same lifetime again, from now: what a renewing API does.
      return caps.resendRenews && created !== undefined && expires !== undefined && expires > created
        ? { ...record, state: 'pending', expiresAt: new Date(at + (expires - created)).toISOString() }
        : { ...record, state: 'pending' };
    };
    const viaResend = action === 'resend' || (action === 'reinvite' && permission.via === 'resend');
    let temporary: string | undefined;
    // Shown at once; put back if the server says no.
    if (action === 'revoke') records.set(id, { ...before, state: 'revoked', revokedAt: new Date(at).toISOString() });
    else if (viaResend) records.set(id, renew(before));
    else {
      temporary = `optimistic-${++optimisticCount}`;
      optimistic.add(temporary);
      records.set(temporary, { id: temporary, email: before.email, state: 'pending', roleSlugs: before.roleSlugs, createdAt: new Date(at).toISOString() });
      placed.set(temporary, 'pending');
    }
    outcomes.delete(id);
    const keyName = `${id}\n${action}`;
    const key = keys.get(keyName) ?? createIdempotencyKey();
    keys.set(keyName, key);
    const controller = new AbortController();
    actionControllers.add(controller);

    const run = async (): Promise<InvitationActionResult> => {
      try {
        let answered: Invitation | void;
        let refreshAfter = false;
        if (viaResend) {
          answered = await call((context) => transport.resend!({ id, email: before.email, ...(before.locale && { locale: before.locale }) }, context), controller, key);
        } else if (action === 'revoke') {
          answered = await call((context) => transport.revoke!({ id, email: before.email }, context), controller, key);
        } else {
          // One entry, one call, no automatic retry: the person retries (with the same key). The
          // send loop stays out of the list's bundle.
          const onSend = options.onSend!;
          const locale = before.locale ?? options.request?.locale;
          const request: InviteSendRequest = {
            ...options.request,
            entries: [{ email: before.email, roleSlugs: before.roleSlugs.length ? before.roleSlugs : ['member'], idempotencyKey: key }],
            ...(locale && { locale }),
            ...(options.organizationId !== undefined && { organizationId: options.organizationId }),
          };
          const results = await call((context) => onSend(request, { signal: context.signal, idempotencyKey: key, attempt: 1 }), controller);
          const email = before.email.toLowerCase();
          const result = Array.isArray(results) ? results.find((r) => typeof r?.email === 'string' && r.email.toLowerCase() === email) : undefined;
          if (Array.isArray(results) && !result) throw { code: 'invite.invalid_response', message: 'The answer said nothing about this address.', retryable: true, uncertain: true };
          if (result && !result.success) throw result.error;
          answered = result?.invitation;
          // Sent, but the answer did not say what it created: the list will.
          refreshAfter = !answered;
        }
        const [record] = answered ? take([answered]) : [];
        if (temporary) {
          records.delete(temporary);
          optimistic.delete(temporary);
          placed.delete(temporary);
          if (record) placed.set(record.id, 'pending');
        }
        if (record) records.set(record.id, record);
        keys.delete(keyName);
        settle(id, before.email, { action, status: 'done' });
        if (refreshAfter && caps.list) void list('first');
        return record ? { ok: true, invitation: record } : { ok: true };
      } catch (reason) {
        const failure = toInvitationFailure(reason);
        if (temporary) {
          records.delete(temporary);
          optimistic.delete(temporary);
          placed.delete(temporary);
        }
        // Put back as it was, or as the server says it stands now.
        const [told] = failure.invitation ? take([failure.invitation]) : [];
        const stateNow = STATE_OF[failure.code];
        records.set(id, told ?? (stateNow ? { ...before, state: stateNow } : before));
        if (failure.uncertain) uncertain.set(id, action);
        else keys.delete(keyName);
        settle(id, before.email, { action, status: failure.uncertain ? 'unknown' : 'failed', error: failure });
        if (failure.code === 'invite.already_pending' && caps.list) void list('first');
        return { ok: false, error: failure };
      } finally {
        actionControllers.delete(controller);
        busy.delete(id);
        commit();
      }
    };
    const promise = Promise.resolve().then(run);
    busy.set(id, { action, promise });
    commit();
    return promise;
  }

  const store: InvitationsStore = {
    getState: () => state,
    getInitialState: () => initialState,
    subscribe: listeners.subscribe,
    serverNow,
    update: (next) => {
      const reset = next.organizationId !== options.organizationId;
      options = next;
      caps = capabilitiesOf(options);
      if (reset) {
        listController?.abort();
        listGeneration++;
        records = new Map();
        placed = new Map();
        outcomes.clear();
        uncertain.clear();
        cursor = undefined;
        hasMore = false;
        loadingMore = refreshing = false;
        error = moreError = undefined;
        const loaded = status !== 'idle';
        status = 'idle';
        commit();
        if (loaded) void list('first');
        return;
      }
      commit();
    },
    mount: () => {
      mounted = true;
      armTimer();
      return () => {
        mounted = false;
        clearTimeout(timer);
        // What was on its way is dropped, not failed: a remount (React StrictMode) loads again.
        listController?.abort();
        listGeneration++;
        if (status === 'loading') status = 'idle';
        loadingMore = refreshing = false;
      };
    },
    destroy: () => {
      destroyed = true;
      listController?.abort();
      for (const controller of actionControllers) controller.abort();
      clearTimeout(timer);
      listeners.clear();
    },

    load: () => (status === 'idle' || status === 'unsupported' ? list('first') : Promise.resolve()),
    refresh: () => list('first'),
    loadMore: () => list('more'),
    setFilter: (next) => {
      if (next === filter) return;
      filter = next;
      place();
      commit();
    },
    resend: (id) => act(id, 'resend'),
    revoke: (id) => act(id, 'revoke'),
    reinvite: (id) => act(id, 'reinvite'),
    resendEmail: async (email) => {
      const key = email.trim().toLowerCase();
      const find = () => state.items.find((item) => item.state === 'pending' && !item.optimistic && item.invitation.email.toLowerCase() === key);
      let found = find();
      const { transport } = options;
      if (!found && transport.list && caps.list) {
        try {
          const controller = new AbortController();
          const page = await call(
            (context) => transport.list!({ ...(options.organizationId !== undefined && { organizationId: options.organizationId }), email: key, limit: 10 }, context),
            controller,
          );
          const found = take(page?.invitations ?? []).filter((record) => !busy.has(record.id));
          for (const record of found) records.set(record.id, record);
          place(found.filter((record) => !placed.has(record.id)).map((record) => record.id));
          commit();
        } catch (reason) {
          return { ok: false, error: toInvitationFailure(reason) };
        }
        found = find();
      }
      return found ? act(found.id, 'resend') : refusal('not_found');
    },
    addResults: (results) => {
      const invitations: Invitation[] = [];
      let missing = false;
      for (const result of results ?? []) {
        if (!result?.success) continue;
        if (result.invitation) invitations.push(result.invitation);
        else missing = true;
      }
      const added = take(invitations).filter((record) => !busy.has(record.id));
      for (const record of added) records.set(record.id, record);
      place(added.filter((record) => !placed.has(record.id)).map((record) => record.id));
      commit();
      if (missing && status === 'ready') void list('first');
    },
  };
  return store;
}
