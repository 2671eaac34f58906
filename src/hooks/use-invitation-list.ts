import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { INVITATION_STATES, invitationTimeline, type InvitationFilter, type InvitationState } from '../core/invitations';
import type { InvitationItem, InvitationOutcome } from '../core/invitations-store';
import { roleName } from '../core/roles';
import type { InvitationInviter, RoleCatalog } from '../core/types';
import type { Direction, Theme } from './environment';
import { localeDirection } from '../core/locales';
import { formatList } from '../messages/format';
import {
  defaultInvitationListMessages,
  describeListError,
  filterLabel,
  formatRelativeTime,
  type InvitationListActionKind,
  type InvitationListMessages,
} from './invitation-messages';
import { useInvitations, type Invitations, type UseInvitationsOptions } from './use-invitations';

// ─── Types ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Where the list's invitations come from: its own (the options of `useInvitations`), or the
 * result of a `useInvitations` the host holds — to share it with the dialog, whose sends then show
 * at once (`onComplete={invitations.addResults}`) and whose "already invited" people can be
 * resent (`onResend={invitations.resendEmail}`).
 */
export type InvitationListSource =
  | (Omit<UseInvitationsOptions, 'defaultFilter'> & { invitations?: undefined })
  | ({ invitations: Invitations } & { [K in Exclude<keyof UseInvitationsOptions, 'defaultFilter'>]?: undefined });

/** The options of {@link useInvitationList}: where its invitations come from, and its behaviour without its looks. */
export type UseInvitationListOptions = InvitationListSource & InvitationListViewOptions;

/** What the list does with its invitations: filter, words, times, clipboard. */
export interface InvitationListViewOptions {
  /** The state filter (controlled). */
  filter?: InvitationFilter;
  /**
   * The state filter at first (uncontrolled).
   * @default 'all'
   */
  defaultFilter?: InvitationFilter;
  /** Called when the person picks another filter. */
  onFilterChange?: (filter: InvitationFilter) => void;
  /** Names for roles (custom ones especially); without it a slug reads as its words ("org-support" → "Support"). */
  roles?: RoleCatalog;
  /**
   * The list's language, or replacement strings: a whole language (`import { invitationListMessages
   * as de } from 'invite-kit/messages/de'`), or any keys over English. Its `locale` sets the
   * relative times, the numbers, the list's `lang` and its direction.
   * @default defaultInvitationListMessages (English)
   */
  messages?: Partial<InvitationListMessages>;
  /**
   * The UI language, for relative times ("in 3 days") and counts.
   * @default messages.locale, else 'en'
   */
  locale?: string;
  /**
   * Who sent an invitation, as a person reads it. APIs often know only a user id (WorkOS): map it
   * to a name here.
   * @default the inviter's name, else their email, else nothing
   */
  inviterName?: (inviter: InvitationInviter) => string | undefined;
  /**
   * Puts text on the clipboard, for "Copy link".
   * @default navigator.clipboard.writeText
   */
  copyText?: (text: string) => Promise<void>;
  /** The colour theme. @default the surroundings' */
  theme?: Theme;
  /** The writing direction. @default the messages' language's (`ar`, `he`: right to left), else the surroundings' */
  dir?: Direction;
}

/** How one visible action of a row is offered. */
export interface InvitationRowAction {
  action: InvitationListActionKind;
  /** Its visible words ("Resend"). */
  label: string;
  /** Its accessible name, which says whose invitation. */
  name: string;
  /** Offered but not allowed now: the privilege rule (`reason` says why), or another action on its way. */
  disabled: boolean;
  /** Why it is disabled, for `aria-describedby`. */
  reason?: string;
}

/** One row, as the list shows it. */
export interface InvitationRowView {
  id: string;
  item: InvitationItem;
  email: string;
  state: InvitationState;
  /** The state in words ("Pending"). */
  stateLabel: string;
  /** The roles' names, joined; empty when the API has none (Stytch). */
  roles: string;
  /** "Expires in 3 days", "Expired 2 days ago", "Revoked yesterday"; absent when its dates say nothing sure (F32). */
  time?: string;
  /** "Sent 3 days ago". */
  sent?: string;
  /** "Invited by Ana", when known. */
  inviter?: string;
  /** What is happening or happened to it: "Resending…", "Invitation resent to …", why it failed. */
  note?: { text: string; tone: 'info' | 'success' | 'warning' | 'danger' };
  /** The actions shown: what the transport can do and the state allows (a disabled one says why). */
  actions: InvitationRowAction[];
  /** Whether the revoke confirmation is shown in place of the actions. */
  confirming: boolean;
}

/** What the list shows in its body. */
export type InvitationListView = 'loading' | 'error' | 'unsupported' | 'empty' | 'list';

/** What {@link useInvitationList} returns: everything the list's parts show, and prop getters. */
export interface InvitationListState {
  invitations: Invitations;
  messages: InvitationListMessages;
  locale: string;
  /** The messages' language, so screen readers pronounce it and fonts and line breaks follow it. */
  lang: string | undefined;
  theme: Theme | undefined;
  dir: Direction | undefined;
  view: InvitationListView;
  /** The body's text for the empty, error and unsupported views (and a refresh or "load more" that failed). */
  message: string | undefined;
  rows: InvitationRowView[];
  filters: Array<{ value: InvitationFilter; label: string; count: number; selected: boolean }>;
  filter: InvitationFilter;
  /** What the one polite live region says; `count` changes with every announcement. */
  announcement: { text: string; count: number };
  /** Element ids of the list's parts. */
  idOf: (name: string) => string;
  getFilterProps: (filter: InvitationFilter) => ButtonProps & { 'aria-pressed': boolean; 'data-state': 'on' | 'off' };
  getActionProps: (row: InvitationRowView, action: InvitationListActionKind) => ButtonProps & { 'aria-disabled'?: true; 'aria-describedby'?: string; 'aria-label': string };
  getConfirmProps: (row: InvitationRowView) => ButtonProps & { ref: (element: HTMLButtonElement | null) => void };
  getCancelConfirmProps: (row: InvitationRowView) => ButtonProps;
  getConfirmGroupProps: (row: InvitationRowView) => { role: 'group'; 'aria-labelledby': string; onKeyDown: (event: { key: string; preventDefault(): void }) => void };
  getRowProps: (row: InvitationRowView) => { id: string; tabIndex: -1; 'data-state': InvitationState; 'aria-busy'?: true; 'aria-describedby'?: string };
  getListProps: () => { 'aria-label': string; 'aria-busy'?: true };
  getRetryProps: () => ButtonProps;
  getRefreshProps: () => ButtonProps & { 'aria-disabled'?: true };
  getLoadMoreProps: () => ButtonProps & { 'aria-disabled'?: true };
}

interface ButtonProps {
  type: 'button';
  onClick: (event: { preventDefault(): void; defaultPrevented?: boolean }) => void;
}

// ─── The hook ────────────────────────────────────────────────────────────────────────────────────

const ROW_ACTIONS: InvitationListActionKind[] = ['resend', 'reinvite', 'copyLink', 'revoke'];

// The options of the store a list with the host's `invitations` keeps unused: it never calls anything.
const INERT: UseInvitationsOptions = { transport: {}, autoLoad: false };

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

const defaultInviter = (inviter: InvitationInviter) => inviter.name ?? inviter.email;

/**
 * The invitations list's behaviour, without markup: over `useInvitations`, it derives what the
 * list shows — which body (skeleton, error with retry, empty, "keeps no list", the rows), each
 * row's state in words, relative times by the server's clock in the UI language, the inviter, the
 * actions that work (a privilege refusal shown disabled with its reason), the revoke confirmation,
 * the filter with counts, and one polite announcement per outcome — and returns prop getters.
 * `InvitationListRoot` calls it and shares it with every part.
 * @example
 * const list = useInvitationList({ transport, onSend, caller });
 * {list.rows.map((row) => <li {...list.getRowProps(row)}>{row.email}: {row.stateLabel}</li>)}
 */
export function useInvitationList(options: UseInvitationListOptions): InvitationListState {
  const {
    filter: filterProp,
    defaultFilter = 'all',
    onFilterChange,
    roles,
    messages: messagesProp,
    locale: localeProp,
    inviterName = defaultInviter,
    copyText = defaultCopy,
    theme,
    dir: dirProp,
    invitations: shared,
    ...listOptions
  } = options;
  const messages = useMemo(() => ({ ...defaultInvitationListMessages, ...messagesProp }), [messagesProp]);
  const locale = localeProp ?? messages.locale ?? 'en';
  // A language given by the messages sets the direction; otherwise the surroundings do.
  const dir = dirProp ?? (messagesProp?.locale ? localeDirection(messagesProp.locale) : undefined);
  const [filter = 'all', setFilter] = useControllableState({ prop: filterProp, defaultProp: defaultFilter, onChange: onFilterChange });
  // A store of its own, or an idle one beside the host's (hooks are never skipped).
  const own = useInvitations(shared ? INERT : { ...(listOptions as UseInvitationsOptions), defaultFilter: filter });
  const invitations = shared ?? own;
  const storeFilter = invitations.setFilter;
  useEffect(() => storeFilter(filter), [filter, storeFilter]);

  const id = useId();
  const idOf = useCallback((name: string) => `${id}-${name}`, [id]);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })), []);
  const [confirming, setConfirming] = useState<string>();
  const errorText = (error: { code: string; message: string }) => describeListError(error, messages.errors);

  // ─── Focus that moves with the list ───
  // After a control goes away (a confirmation, an action that no longer applies), focus goes to
  // its row, or the control named.
  const focusNext = useRef<{ row: string; target?: 'revoke' | 'confirm' } | undefined>(undefined);
  const rowElement = (rowId: string) => (typeof document === 'undefined' ? null : document.getElementById(idOf(`row-${rowId}`)));
  const confirmRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = undefined;
    const row = rowElement(next.row);
    const target =
      next.target === 'confirm'
        ? confirmRef.current
        : next.target === 'revoke'
          ? row?.querySelector<HTMLElement>('[data-action="revoke"]')
          : null;
    (target ?? row)?.focus();
  });

  // ─── Announcements: every outcome once ───
  const last = invitations.lastOutcome;
  const said = useRef(0);
  useEffect(() => {
    if (!last || last.seq === said.current) return;
    said.current = last.seq;
    announce(outcomeText(last, last.email));
    // Said when a new outcome lands; the words of that render are its words.
  }, [last]);
  const loaded = useRef({ more: false, refreshing: false, count: 0 });
  useEffect(() => {
    const was = loaded.current;
    if (was.more && !invitations.loadingMore) {
      announce(invitations.moreError ? messages.moreFailed({ message: errorText(invitations.moreError) }) : messages.loadedMore({ count: invitations.items.length - was.count }));
    }
    if (was.refreshing && !invitations.refreshing) {
      announce(invitations.error ? messages.refreshFailed({ message: errorText(invitations.error) }) : messages.refreshed);
    }
    loaded.current = { more: invitations.loadingMore, refreshing: invitations.refreshing, count: was.more && invitations.loadingMore ? was.count : invitations.items.length };
    // Said when a load ends, not on every change of the list.
  }, [invitations.loadingMore, invitations.refreshing]);
  const previousStatus = useRef(invitations.status);
  useEffect(() => {
    if (previousStatus.current !== 'error' && invitations.status === 'error' && invitations.error) announce(loadFailedText(invitations.error));
    previousStatus.current = invitations.status;
    // Said when the first page fails, once.
  }, [invitations.status]);

  function outcomeText(outcome: InvitationOutcome, email: string) {
    const { action } = outcome;
    if (outcome.status === 'done') return messages.done({ action, email });
    if (outcome.status === 'unknown') return messages.unknown({ action, email });
    return messages.failed({ action, email, message: outcome.error ? errorText(outcome.error) : '' });
  }

  function loadFailedText(error: { code: string; message: string }) {
    return error.code === 'authorize.forbidden' || error.code === 'invite.org_mismatch'
      ? messages.forbidden
      : error.code === 'authorize.unauthenticated' || error.code === 'invite.unauthorized'
        ? messages.unauthenticated
        : messages.loadFailed({ message: errorText(error) });
  }

  // ─── Rows ───
  const serverNow = invitations.serverNow();
  const rows = invitations.visible.map((item): InvitationRowView => {
    const { invitation } = item;
    const timeline = invitationTimeline({ ...invitation, state: item.state }, serverNow);
    const relative = (ms: number) => formatRelativeTime(ms, locale);
    const time =
      item.state === 'accepted' || item.state === 'revoked'
        ? timeline.settledMsAgo === undefined
          ? undefined
          : (item.state === 'accepted' ? messages.acceptedAgo : messages.revokedAgo)({ time: relative(-timeline.settledMsAgo) })
        : timeline.expiresInMs === undefined
          ? undefined
          : timeline.expiresInMs > 0
            ? messages.expiresIn({ time: relative(timeline.expiresInMs) })
            : messages.expiredAgo({ time: relative(timeline.expiresInMs) });
    const name = invitation.inviter && inviterName(invitation.inviter);
    const actions: InvitationRowAction[] = [];
    for (const action of ROW_ACTIONS) {
      const permission = item.actions[action];
      const refused = permission.allowed ? undefined : permission.reason;
      // Hidden: what cannot work here. Shown disabled: what the caller's role keeps them from, or what waits for another action.
      if (refused && refused !== 'above_level' && refused !== 'not_held' && !(refused === 'busy' && item.busy === action)) continue;
      if (action === 'copyLink' && refused) continue;
      actions.push({
        action,
        label: messages.actions[action],
        name: messages.actionFor({ action, email: invitation.email }),
        disabled: !!refused,
        ...(refused === 'above_level' && { reason: messages.aboveYourRole }),
        ...(refused === 'not_held' && { reason: messages.notHeld }),
      });
    }
    const outcome = item.outcome;
    const note: InvitationRowView['note'] = item.busy
      ? { text: messages.acting[item.busy], tone: 'info' }
      : outcome
        ? { text: outcomeText(outcome, invitation.email), tone: outcome.status === 'done' ? 'success' : outcome.status === 'unknown' ? 'warning' : 'danger' }
        : undefined;
    const row: InvitationRowView = {
      id: item.id,
      item,
      email: invitation.email,
      state: item.state,
      stateLabel: messages.states[item.state],
      roles: formatList(invitation.roleSlugs.map((slug) => roleName(slug, roles, messages.roleNames)), locale),
      actions,
      confirming: confirming === item.id && item.actions.revoke.allowed,
    };
    if (time) row.time = time;
    if (timeline.sentMsAgo !== undefined) row.sent = messages.sentAgo({ time: relative(-timeline.sentMsAgo) });
    if (name) row.inviter = messages.invitedBy({ name });
    if (note) row.note = note;
    return row;
  });

  const { status, error, counts } = invitations;
  const view: InvitationListView =
    status === 'unsupported'
      ? 'unsupported'
      : status === 'error'
        ? 'error'
        : status === 'idle' || status === 'loading'
          ? 'loading'
          : rows.length === 0
            ? 'empty'
            : 'list';
  const message =
    view === 'unsupported'
      ? messages.unsupported
      : view === 'error' && error
        ? loadFailedText(error)
        : view === 'empty'
          ? filter === 'all' || invitations.items.length === 0
            ? messages.empty
            : messages.emptyFiltered({ state: messages.states[filter] })
          : error
            ? messages.refreshFailed({ message: errorText(error) })
            : invitations.moreError
              ? messages.moreFailed({ message: errorText(invitations.moreError) })
              : undefined;

  const filters = (['all', ...INVITATION_STATES] as InvitationFilter[]).map((value) => ({
    value,
    label: filterLabel(messages, value),
    count: counts[value],
    selected: value === filter,
  }));

  const act = (row: InvitationRowView, action: InvitationListActionKind) => {
    const { item } = row;
    if (action === 'copyLink') {
      const link = item.invitation.acceptUrl;
      if (!link) return;
      Promise.resolve()
        .then(() => copyText(link))
        .then(
          () => announce(messages.linkCopied({ email: row.email })),
          () => announce(messages.copyFailed),
        );
      return;
    }
    if (action === 'revoke') {
      setConfirming(item.id);
      focusNext.current = { row: item.id, target: 'confirm' };
      return;
    }
    // The outcome comes back through the store's lastOutcome, announced once.
    void (action === 'resend' ? invitations.resend(item.id) : invitations.reinvite(item.id));
  };

  const cancelConfirm = (row: InvitationRowView) => {
    setConfirming(undefined);
    focusNext.current = { row: row.id, target: 'revoke' };
  };

  return {
    invitations,
    messages,
    locale,
    lang: messagesProp ? messagesProp.locale : 'en',
    theme,
    dir,
    view,
    message,
    rows,
    filters,
    filter,
    announcement,
    idOf,
    getFilterProps: (value) => ({
      type: 'button',
      'aria-pressed': value === filter,
      'data-state': value === filter ? 'on' : 'off',
      onClick: () => setFilter(value),
    }),
    getActionProps: (row, action) => {
      const offered = row.actions.find((a) => a.action === action);
      return {
        type: 'button',
        'aria-label': offered?.name ?? messages.actionFor({ action, email: row.email }),
        ...(offered?.disabled && { 'aria-disabled': true as const }),
        ...(offered?.reason && { 'aria-describedby': idOf(`reason-${row.id}`) }),
        // Disabled by aria-disabled, not `disabled`: it keeps focus and can say why.
        onClick: (event) => {
          if (event.defaultPrevented || !offered || offered.disabled) return;
          act(row, action);
        },
      };
    },
    getConfirmProps: (row) => ({
      type: 'button',
      ref: (element) => {
        if (row.confirming) confirmRef.current = element;
      },
      onClick: (event) => {
        if (event.defaultPrevented) return;
        setConfirming(undefined);
        // The confirmation goes: focus stays on the row, whose state now says it.
        focusNext.current = { row: row.id };
        void invitations.revoke(row.id);
      },
    }),
    getCancelConfirmProps: (row) => ({ type: 'button', onClick: (event) => !event.defaultPrevented && cancelConfirm(row) }),
    getConfirmGroupProps: (row) => ({
      role: 'group',
      'aria-labelledby': idOf(`confirm-${row.id}`),
      onKeyDown: (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        cancelConfirm(row);
      },
    }),
    getRowProps: (row) => ({
      id: idOf(`row-${row.id}`),
      tabIndex: -1,
      'data-state': row.state,
      ...(row.item.busy && { 'aria-busy': true as const }),
      ...(row.note && { 'aria-describedby': idOf(`note-${row.id}`) }),
    }),
    getListProps: () => ({ 'aria-label': messages.listLabel, ...((invitations.refreshing || invitations.loadingMore) && { 'aria-busy': true as const }) }),
    getRetryProps: () => ({ type: 'button', onClick: (event) => !event.defaultPrevented && void invitations.refresh() }),
    getRefreshProps: () => ({
      type: 'button',
      ...((invitations.refreshing || status === 'loading') && { 'aria-disabled': true as const }),
      onClick: (event) => {
        if (event.defaultPrevented || invitations.refreshing || status === 'loading') return;
        void invitations.refresh();
      },
    }),
    getLoadMoreProps: () => ({
      type: 'button',
      ...(invitations.loadingMore && { 'aria-disabled': true as const }),
      onClick: (event) => {
        if (event.defaultPrevented || invitations.loadingMore) return;
        void invitations.loadMore();
      },
    }),
  };
}
