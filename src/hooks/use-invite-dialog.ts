import { useControllableState } from '@radix-ui/react-use-controllable-state';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type MutableRefObject,
  type RefObject,
} from 'react';
import { suggestEmailDomain } from '../core/domain-typos';
import { isSettled, type AddTextResult, type InviteBatchStoreEntry, type InviteKeptText, type RemovedEntry } from '../core/invite-store';
import { entryOutcome, isRoleIssue, outcomeGroup, type EntryOutcome } from '../core/outcomes';
import type { InviteCaller, InviteResultError, OnSend, RoleCatalog, TransportCapabilities } from '../core/types';
import { readEnvironment, type Direction, type Theme } from './environment';
import { localeDirection } from '../core/locales';
import { defaultInviteMessages, describeError, formatCountdown, type InviteDialogMessages } from './messages';
import { useInviteBatch, type InviteBatch, type UseInviteBatchOptions } from './use-invite-batch';
import { useLocaleOptions, type LocaleOption } from './use-locale-options';

// ─── Types ───────────────────────────────────────────────────────────────────────────────────────

/** The options of {@link useInviteDialog}: the dialog's behaviour, without its looks. */
export interface UseInviteDialogOptions
  extends Omit<UseInviteBatchOptions, 'locale' | 'expiresInDays' | 'expiresInMinutes' | 'defaultRoleSlugs'> {
  /** The transport that sends the invitations; its `capabilities` shape the dialog. */
  onSend: OnSend;
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /**
   * Whether the dialog is open at first (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * What the transport accepts, when `onSend.capabilities` is absent or should be overridden:
   * one role, several or none; which locales; the expiry unit and range; whether automatic retries
   * are safe. Given, it is what the send loop sees too.
   * @default onSend.capabilities, else several roles, no locale, no expiry — and the send loop's
   * own retry default, as `sendInviteBatch` would apply to the same `onSend`
   */
  capabilities?: TransportCapabilities;
  /** Custom roles to offer, and names or descriptions for the system roles. */
  roles?: RoleCatalog;
  /** Who is inviting: roles above the caller's level are offered disabled, with the reason. */
  caller?: InviteCaller;
  /**
   * The invitation-email locales to offer. The picker shows only when the transport takes a locale.
   * @default capabilities.locales
   */
  locales?: readonly string[];
  /**
   * The language the locale names are written in.
   * @default messages.locale (the dialog's own language), else 'en'
   */
  displayLocale?: string;
  /**
   * The invitation-email locale chosen at first; any BCP 47 tag is matched to the list.
   * @default the best match for the person's own languages, else `en`
   */
  defaultLocale?: string;
  /**
   * The invitation lifetime at first, in the transport's unit (`capabilities.expiry.unit`).
   * @default capabilities.expiry.default
   */
  defaultExpiresIn?: number;
  /**
   * The roles every new entry gets, and the one-for-everyone picker's first value.
   * @default ['member']
   */
  defaultRoleSlugs?: string[];
  /**
   * Whether each person starts with their own role picker.
   * @default false (one role for everyone)
   */
  defaultRolesPerPerson?: boolean;
  /**
   * The dialog's language, or replacement strings: a whole language (`import de from
   * 'invite-kit/messages/de'`), or some strings (`{ ...de, title: '…' }`); any key not given stays
   * English. Its `locale` sets the language names, the plural forms and numbers, and the direction.
   * @default defaultInviteMessages (English)
   */
  messages?: Partial<InviteDialogMessages>;
  /**
   * The colour theme of the dialog, which is portalled out of your tree: `system` follows the
   * person's preference.
   * @default the trigger's surroundings (`data-theme`, `.dark`), else light
   */
  theme?: Theme;
  /**
   * The writing direction of the dialog.
   * @default the direction of `messages.locale` when the messages give one (right to left for
   * `ar`, `he`), else the trigger's surroundings (`dir`), else the page's
   */
  dir?: Direction;
  /**
   * Resends the pending invitation of an address: given, a person the send found "already
   * invited" offers "Resend invitation" under the list. Resolve `{ ok: false, error }` (or reject)
   * when it did not go; the note says why. `useInvitations().resendEmail` is one.
   * @example <InviteDialog onSend={onSend} onResend={invitations.resendEmail} onComplete={invitations.addResults} />
   */
  onResend?: (email: string) => Promise<{ ok: boolean; error?: { message: string } } | void>;
}

/** What the main button does now: one button, so focus stays put as it changes. */
export type InviteDialogAction = 'send' | 'sending' | 'retry' | 'done';

/** How a line reads: `danger` blocks, `warning` needs attention, `success` is done. */
export type InviteDialogTone = 'danger' | 'warning' | 'success';

/** Where one person stands, as the dialog shows it. */
export type InviteDialogEntryKind = 'draft' | 'invalid' | 'sending' | 'sent' | 'already' | 'waiting' | 'failed' | 'unknown';

/** The counts the dialog shows: each state apart, as the summary and the buttons word them. */
export interface InviteDialogCounts {
  /** Invited. */
  sent: number;
  /** Already a member or already invited (both). */
  alreadyInvited: number;
  alreadyMember: number;
  alreadyPending: number;
  /** Refused with a reason (not waiting). */
  failed: number;
  /** Rate-limited: sent again once the wait is over. */
  waiting: number;
  /** May have been sent. */
  unknown: number;
  /** In the request in flight. */
  sending: number;
  /** Not sent yet (drafts). */
  draft: number;
  /** Whose address needs a fix. */
  invalid: number;
  /** Whose role needs a fix (the address is fine). */
  roleInvalid: number;
  /** What Send (or Retry) would send now, leaving out what needs a fix. */
  toSend: number;
  /** What Retry resends: failures that can be retried, waiting and unconfirmed ones. */
  retry: number;
  /** What counts against `maxRecipients`: everyone listed but the invited. */
  pending: number;
  /** Addresses with a "Did you mean …?" suggestion. */
  suggestions: number;
}

/** A note under the list: one problem, said once for everyone it concerns. */
export interface InviteDialogNote {
  /** Its element id: rows point at it with `aria-describedby`. */
  id: string;
  kind: InviteDialogEntryKind | 'role' | 'suggestion';
  /**
   * What it says, ready to show; after `email` when that is set (a note about one address, which
   * the part isolates so it keeps its direction in any language).
   */
  text: string;
  /** The one address the note is about, shown before `text` with a colon; past 254 characters (no address is longer) cut short with …. */
  email?: string;
  /** The entries it is about, in list order. */
  entryIds: string[];
  /** For a suggestion: the address to change to, and the button's text. */
  fix?: { entryId: string; email: string; label: string };
}

/** How one entry is shown. */
export interface InviteDialogEntryView {
  kind: InviteDialogEntryKind;
  /** Its state in words ("Invited", "Needs a fix"); empty for a plain draft. */
  label: string;
  /** Why it failed or what is wrong with the address, when anything is. */
  message: string | undefined;
}

/** What a row needs besides its entry: the same object between renders that change none of it. */
export interface InviteDialogRowContext {
  messages: InviteDialogMessages;
  idOf: (name: string) => string;
  roleMode: 'single' | 'multiple';
  roles: RoleCatalog | undefined;
  caller: InviteCaller | undefined;
  theme: Theme | undefined;
  dir: Direction | undefined;
  /** Removes the entry (undoably), moving focus on first. */
  remove: (entry: InviteBatchStoreEntry, from?: HTMLElement | null) => void;
  update: InviteBatch['updateEntry'];
  setRoleSlugs: InviteBatch['setRoleSlugs'];
  /** Moves focus into the email field. */
  focusInput: () => void;
}

/** What the email field needs: its ids, its kept text, and what committing does. */
export interface InviteDialogInputProps {
  id: string;
  'aria-describedby': string;
  placeholder: string | undefined;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** The text typed but not yet committed; it survives closing the dialog. */
  draftText: MutableRefObject<string>;
  /** Set by the field: commits what is typed (a send does it first). */
  flushRef: MutableRefObject<(() => void) | null>;
  /**
   * Turns text into entries; returns the text to leave in the field (none: what does not fit is
   * kept by the store, and `kept` says so).
   */
  onCommit: (text: string) => string;
  /** Backspace in the empty field: removes the last entry, undoably. */
  onRemoveLast: () => void;
  /** Arrow towards the list from the field's start: focuses the last entry. Returns whether it did. */
  onLeaveToList: () => boolean;
}

/** What one row of the dialog's list shows that changes per entry: all primitives, so unchanged rows skip rendering. */
export interface InviteDialogEntryRowProps {
  /** Whether the row has its own role picker. */
  picker: boolean;
  /** Which of the row's controls is the list's one tab stop, if any. */
  tabStop: 'chip' | 'role' | undefined;
  /** A suggested spelling of the address. */
  suggestion: string | undefined;
  /** The notes that explain the address's state. */
  describedBy: string | undefined;
  /** The note that explains what is wrong with the role. */
  roleDescribedBy: string | undefined;
  /** Whether the role (not the address) needs a fix. */
  roleInvalid: boolean;
}

/** What {@link useInviteDialog} returns: everything the dialog's parts show, and prop getters. */
export interface InviteDialogState {
  batch: InviteBatch;
  messages: InviteDialogMessages;
  open: boolean;
  /** Opens or closes; closing takes the invited off the list and keeps everything still to send. */
  setOpen: (open: boolean) => void;
  theme: Theme | undefined;
  dir: Direction | undefined;
  /** What the transport accepts, for the UI. */
  capabilities: Omit<TransportCapabilities, 'idempotencyKeys'> & { idempotencyKeys?: boolean };
  /** The most people the list holds. */
  maxRecipients: number;
  /** `none` when the transport takes no roles. */
  roleMode: 'single' | 'multiple' | 'none';
  /** The roles everyone gets while there is one picker for all. */
  allRoles: string[];
  /** Whether each editable person has their own role picker. */
  perPerson: boolean;
  /** `rows` (one per person, with its role) or `chips`. */
  layout: 'rows' | 'chips';
  /** The locales offered, when the transport takes one. */
  locales: readonly string[] | undefined;
  /** The offered locales as options (names in `displayLocale` and in themselves), sorted. */
  localeOptions: LocaleOption[];
  /** The language the locale names are written in. */
  displayLocale: string;
  /** The locale that is sent: the person's choice, else the best match for their language. */
  locale: string | undefined;
  expiry: TransportCapabilities['expiry'];
  counts: InviteDialogCounts;
  action: InviteDialogAction;
  /** The main button's words for `action`. */
  actionLabel: string;
  /** Whether the main button does nothing now (it stays focusable so its reason can be read). */
  actionBlocked: boolean;
  /** The footer's status line: progress, why Send waits, or the outcome. */
  status: { text: string; tone: InviteDialogTone | undefined };
  /** A message about the whole batch the person must act on: sign in, step up, no permission. */
  banner: { text: string; tone: 'warning' | 'danger'; forbidden: boolean } | undefined;
  /** What the last paste did, shown under the field. */
  feedback:
    | {
        text: string;
        /** No longer set: what does not fit is kept out of the field and said in `kept`. @deprecated */
        overflow?: string;
      }
    | undefined;
  /**
   * What pastes held beyond `maxRecipients`, kept by the store (not in the field): the note's
   * words, and how many "Add the next" adds now (0 while the list is full: a send makes room).
   */
  kept: { text: string; next: number } | undefined;
  /** Notes under the list, repeated ones grouped. */
  notes: InviteDialogNote[];
  /** The last removal, while it can be undone. */
  undo: { text: string } | undefined;
  /** Seconds until a rate limit is over. */
  secondsLeft: number | undefined;
  /** What the one polite live region says; `count` changes with each announcement. */
  announcement: { text: string; count: number };
  /** Whether a Copy addresses button can work here (a clipboard, and no permission to invite). */
  canCopy: boolean;
  /** Whether "Remove all" is worth offering: two or more people still to send, not in flight, or text kept beyond the limit. */
  canClear: boolean;
  /** How an entry is shown. */
  describe: (entry: InviteBatchStoreEntry) => InviteDialogEntryView;
  /** The row props that change per entry (all primitives, so unchanged rows skip rendering). */
  getEntryProps: (entry: InviteBatchStoreEntry) => InviteDialogEntryRowProps;
  /** The stable half of every row's props. */
  rowContext: InviteDialogRowContext;
  /** Element ids of the dialog's parts (this dialog's own prefix, then the name). */
  idOf: (name: string) => string;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** Where popovers portal to: the dialog's content element, once it is there. */
  container: HTMLElement | null;
  getContentProps: (handlers?: ContentHandlers) => ContentProps;
  getFormProps: () => { noValidate: true; onSubmit: (event: { preventDefault(): void }) => void };
  getInputProps: () => InviteDialogInputProps;
  getListProps: () => {
    ref: RefObject<HTMLUListElement | null>;
    'aria-label': string;
    'data-layout': 'rows' | 'chips';
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Clicking the field's empty space lands in the field, as in any text box. */
  getBoxProps: () => { onMouseDown: (event: MouseEvent<HTMLElement>) => void };
  getRoleProps: () => { value: string[]; onValueChange: (slugs: string[]) => void; mode: 'single' | 'multiple' };
  getPerPersonProps: () => { role: 'switch'; 'aria-checked': boolean; 'data-state': 'checked' | 'unchecked'; onClick: () => void };
  getLocaleProps: () => { value: string | undefined; onValueChange: (locale: string) => void };
  getExpiryProps: () => {
    value: string;
    min: number;
    max: number;
    'aria-invalid': true | undefined;
    onChange: (event: { currentTarget: { value: string } }) => void;
  };
  getStatusProps: () => { id: string; 'data-tone': InviteDialogTone | undefined };
  getSubmitProps: () => ActionProps & { type: 'submit' | 'button'; 'data-state': InviteDialogAction; 'data-variant': 'primary' };
  getCancelProps: () => ActionProps;
  getCopyProps: () => ActionProps;
  getUndoProps: () => ActionProps;
  /** The kept note's buttons: add the next that fit, or copy them all ("Remove all" discards them, undoably). */
  getKeptProps: (action: 'add' | 'copy') => ActionProps;
  getClearProps: () => ActionProps;
  /** A suggestion note's button: one click applies the suggested address. */
  getFixProps: (note: InviteDialogNote) => ActionProps;
}

/** The handlers a host may pass to the content; each runs first and may `preventDefault()`. */
export interface ContentHandlers {
  onOpenAutoFocus?: ((event: Event) => void) | undefined;
  onEscapeKeyDown?: ((event: globalThis.KeyboardEvent) => void) | undefined;
  onCloseAutoFocus?: ((event: Event) => void) | undefined;
}

interface ContentProps {
  ref: (element: HTMLDivElement | null) => void;
  'data-theme': Theme | undefined;
  dir: Direction | undefined;
  /** The messages' language, so screen readers pronounce it and fonts and line breaks follow it. */
  lang: string | undefined;
  'data-status': InviteBatch['status'];
  onOpenAutoFocus: (event: Event) => void;
  onEscapeKeyDown: (event: globalThis.KeyboardEvent) => void;
  onCloseAutoFocus: (event: Event) => void;
}

interface ActionProps {
  ref?: RefObject<HTMLButtonElement | null>;
  type?: 'button' | 'submit';
  'aria-disabled'?: true | undefined;
  'aria-describedby'?: string | undefined;
  onClick: (event: { preventDefault(): void }) => void;
}

// ─── Classification ──────────────────────────────────────────────────────────────────────────────

// Shapes the UI only: without declared capabilities the transport goes to the store as it came,
// so the send loop keeps its own retry default, as it would through the hook.
const UI_FALLBACK: InviteDialogState['capabilities'] = Object.freeze({ roles: 'many' });
const DEFAULT_MAX_RECIPIENTS = 100;

/**
 * What the dialog shows of a typed token: as typed up to 254 characters (no address is longer),
 * cut short with … past that, so a megabyte-long unreadable token is never laid out whole (its edit
 * field still holds all of it).
 */
export const shortAddress = (text: string) => (text.length > 254 ? `${text.slice(0, 254)}…` : text);

/** Whether an entry was rate-limited and goes out again once the wait is over: not a failure. */
export const isWaiting = (entry: InviteBatchStoreEntry) => entryOutcome(entry) === 'waiting';

// How the dialog shows each of core's outcomes (a role problem shows in the role picker, so such an
// entry stays a draft here).
const KINDS: Record<EntryOutcome, InviteDialogEntryKind> = {
  draft: 'draft',
  needs_fix: 'invalid',
  sending: 'sending',
  invited: 'sent',
  already_member: 'already',
  already_invited: 'already',
  waiting: 'waiting',
  may_have_been_sent: 'unknown',
  failed: 'failed',
};

/**
 * How an entry is shown: its state, its label and the message that explains it (see
 * {@link describeError}). A role problem is not the address's: it shows in the role picker, so here
 * the entry stays a draft.
 */
export function describeEntry(entry: InviteBatchStoreEntry, messages: InviteDialogMessages): InviteDialogEntryView {
  const error: InviteResultError | InviteBatchStoreEntry['issue'] = entry.error;
  const code = error?.code;
  const group = outcomeGroup(code);
  const outcome = entryOutcome(entry);
  const kind = outcome === 'needs_fix' && isRoleIssue(entry.issue?.code) ? 'draft' : KINDS[outcome];
  const label = {
    draft: '',
    invalid: messages.statusInvalid,
    sending: messages.statusSending,
    sent: messages.statusSent,
    already: code === 'invite.already_member' ? messages.statusAlreadyMember : messages.statusAlreadyPending,
    waiting: messages.statusWaiting,
    failed: messages.statusFailed,
    unknown: messages.statusUnknown,
  }[kind];
  // Server and pasted text is only ever rendered as text (F35). Sign-in, step-up and permission
  // failures concern the whole batch: the banner says it once instead of once per person. Already
  // a member or invited is all there is to say, and the label says it.
  const message =
    kind === 'draft' || kind === 'sending' || kind === 'sent' || kind === 'already' || !error || group === 'auth' || group === 'step_up' || group === 'forbidden'
      ? undefined
      : describeError(error, messages);
  return { kind, label, message };
}

// The states of an inline resend that are not a failure's message.
const SENDING = '\u0000sending';
const SENT = '\u0000sent';

const sameSlugs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((slug, i) => slug === b[i]);

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A second count for a countdown, re-rendering each second while `until` lies ahead. */
function useSecondsLeft(until: number | undefined, now: () => number): number | undefined {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (until === undefined) return;
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === undefined ? undefined : Math.max(0, Math.ceil((until - now()) / 1000));
}

/** The list's roving items (address buttons, role pickers) in order, optionally of one column. */
const rovingItems = (list: HTMLElement | null, column?: string) =>
  Array.from(list?.querySelectorAll<HTMLElement>(column ? `[data-roving="${column}"]` : '[data-roving]') ?? []);

const isRtl = (element: Element) => getComputedStyle(element).direction === 'rtl';

// ─── The hook ────────────────────────────────────────────────────────────────────────────────────

/**
 * The invite dialog's behaviour, without markup: over `useInviteBatch`, it derives everything the
 * dialog shows — the main action and its words, the status line and its tone, the counts, which
 * rows show pickers, grouped notes, typo suggestions, the rate-limit countdown, undo — and returns
 * prop getters the parts spread on their elements. `InviteDialogRoot` calls it and shares the
 * result with every part; a host building its own parts can read it with `useInviteDialogContext`.
 * @example
 * const dialog = useInviteDialog({ onSend, roles });
 * <button {...dialog.getSubmitProps()}>{dialog.actionLabel}</button>
 * <p {...dialog.getStatusProps()}>{dialog.status.text}</p>
 */
export function useInviteDialog(options: UseInviteDialogOptions): InviteDialogState {
  const {
    onSend,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    capabilities: capabilitiesProp,
    locales: localesProp,
    displayLocale: displayLocaleProp,
    defaultLocale,
    defaultExpiresIn,
    defaultRoleSlugs,
    defaultRolesPerPerson = false,
    messages: messagesProp,
    theme: themeProp,
    dir: dirProp,
    onResend,
    ...batchOptions
  } = options;
  const { roles, caller, now = Date.now } = batchOptions;
  const maxRecipients = Math.max(batchOptions.maxRecipients ?? DEFAULT_MAX_RECIPIENTS, batchOptions.maxBatchSize ?? 0);

  const [open = false, setOpenState] = useControllableState({ prop: openProp, defaultProp: defaultOpen, onChange: onOpenChange });
  const messages = useMemo(() => ({ ...defaultInviteMessages, ...messagesProp }), [messagesProp]);
  // The language the dialog speaks: its numbers, the language names, and (when the host's messages
  // name it) its direction.
  const language = messages.locale ?? 'en';
  const displayLocale = displayLocaleProp ?? language;
  const capabilities: InviteDialogState['capabilities'] = capabilitiesProp ?? onSend.capabilities ?? UI_FALLBACK;

  // With a `capabilities` prop, the transport carries it, so the store agrees on locales, expiry
  // and retries. The store reads its options at call time, so a new `onSend` is always the one called.
  const send = useMemo<OnSend>(
    () => (capabilitiesProp ? Object.assign(onSend.bind(undefined), { capabilities: capabilitiesProp }) : onSend),
    [onSend, capabilitiesProp],
  );

  const locales = capabilities.locales ? (localesProp ?? capabilities.locales) : undefined;
  const [chosenLocale, setLocale] = useState(defaultLocale);
  // What the picker shows is what is sent: the person's choice, else the best match for their language.
  const { defaultValue: locale, options: localeOptions } = useLocaleOptions({
    locales: locales ?? [],
    displayLocale,
    ...(chosenLocale !== undefined && { value: chosenLocale }),
  });

  const expiry = capabilities.expiry;
  const [expiryInput, setExpiryInput] = useState({ unit: expiry?.unit, text: String(defaultExpiresIn ?? expiry?.default ?? '') });
  // A different transport brings a different unit: start from its default, not from a number in the old unit.
  const expiryText = expiryInput.unit === expiry?.unit ? expiryInput.text : String(expiry?.default ?? '');
  // An empty field is no number at all, so the store reports it rather than sending a default.
  const expiryValue = expiryText.trim() === '' ? Number.NaN : Number(expiryText);

  const [allRoles, setAllRoles] = useState<string[]>(defaultRoleSlugs ?? ['member']);
  const [perPersonChosen, setPerPerson] = useState(defaultRolesPerPerson);

  const batch = useInviteBatch({
    ...batchOptions,
    maxRecipients,
    onSend: send,
    ...(capabilities.roles !== 'none' && { defaultRoleSlugs: allRoles }),
    ...(locales && locale !== undefined && { locale }),
    ...(expiry && { [expiry.unit === 'days' ? 'expiresInDays' : 'expiresInMinutes']: expiryValue }),
  });
  const { entries, blockedReason } = batch;
  // Callbacks handed to memoized rows (and run from events) read the batch last committed.
  const latest = useRef(batch);
  useIsomorphicLayoutEffect(() => {
    latest.current = batch;
  });

  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })), []);
  // Set by Cancel, cleared by the next send or paste: the footer and the outcome mention it.
  const [cancelled, setCancelled] = useState(false);
  const [feedback, setFeedback] = useState<InviteDialogState['feedback']>();
  const [undo, setUndo] = useState<{ removed: RemovedEntry[]; text: string; kept?: InviteKeptText }>();
  // Set once a rate limit is over while people still wait, until the next send.
  const [retryReady, setRetryReady] = useState(false);
  // Resends of "already invited" people, by entry: on its way, done, or why it failed.
  const [resends, setResends] = useState<Record<string, string>>({});
  const [tabStop, setTabStop] = useState<{ id: string; column: 'chip' | 'role' }>();
  // What is typed but not yet an entry survives closing, like the entries themselves.
  const draftText = useRef('');
  const flushRef = useRef<(() => void) | null>(null);

  const id = useId();
  const idOf = useCallback((name: string) => `${id}-${name}`, [id]);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  // Focus to move once the next render is on screen (a control that replaces the focused one).
  const [focusNext, setFocusNext] = useState<'submit' | 'input'>();
  useEffect(() => {
    if (!focusNext) return;
    (focusNext === 'submit' ? submitRef : inputRef).current?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  // ─── Environment ───
  const [inherited, setInherited] = useState<ReturnType<typeof readEnvironment>>({});
  // Without a trigger, focus goes back to whatever opened the dialog (APG dialog pattern).
  const returnFocus = useRef<HTMLElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (!open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setInherited(readEnvironment(triggerRef.current));
  }, [open]);
  const theme = themeProp ?? inherited.theme;
  const dir = dirProp ?? (messagesProp?.locale ? localeDirection(language) : inherited.dir);

  const setOpen = useCallback(
    (next: boolean) => {
      // What is done is done: invited people leave the list when the dialog closes; everything
      // still to send (drafts, failures, unknowns) stays for the next open.
      const current = latest.current;
      if (!next && current.status !== 'sending') {
        for (const entry of current.entries) if (isSettled(entry)) current.removeEntry(entry.id);
        setFeedback(undefined);
        setUndo(undefined);
      }
      setOpenState(next);
    },
    [setOpenState],
  );

  // ─── Roles ───
  const roleMode = capabilities.roles === 'none' ? 'none' : capabilities.roles === 'one' ? 'single' : 'multiple';
  // Entries that arrived with their own roles (a pasted table) need their own pickers to show them.
  const mixedRoles = roleMode !== 'none' && entries.some((entry) => !entry.readOnly && !sameSlugs(entry.roleSlugs, allRoles));
  const perPerson = roleMode !== 'none' && (perPersonChosen || mixedRoles);
  // Rows also when people sent or in flight got other roles than the picker shows: each row says
  // what its person got, so sending never hides it.
  const layout =
    perPerson || (roleMode !== 'none' && entries.some((entry) => entry.readOnly && !sameSlugs(entry.roleSlugs, allRoles))) ? 'rows' : 'chips';

  // ─── Counts, notes and suggestions ───
  const suggestionCache = useRef(new Map<string, string | undefined>());
  const suggestionOf = (entry: InviteBatchStoreEntry) => {
    if (entry.status !== 'draft' || (entry.issue && !isRoleIssue(entry.issue.code))) return undefined;
    const cache = suggestionCache.current;
    if (cache.size > 1000) cache.clear();
    if (!cache.has(entry.email)) cache.set(entry.email, suggestEmailDomain(entry.email));
    return cache.get(entry.email);
  };
  const roleIssues = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of batch.issues) {
      if (issue.entryId && isRoleIssue(issue.code) && !map.has(issue.entryId)) map.set(issue.entryId, describeError(issue, messages));
    }
    return map;
  }, [batch.issues, messages]);

  const counts: InviteDialogCounts = {
    sent: 0,
    alreadyInvited: 0,
    alreadyMember: 0,
    alreadyPending: 0,
    failed: 0,
    waiting: 0,
    unknown: 0,
    sending: 0,
    draft: 0,
    invalid: 0,
    roleInvalid: roleIssues.size,
    toSend: 0,
    retry: 0,
    pending: 0,
    suggestions: 0,
  };
  let withIssue = 0;
  for (const entry of entries) {
    if (entry.issue) withIssue++;
    if (entry.issue && !isRoleIssue(entry.issue.code)) counts.invalid++;
    if (!isSettled(entry)) counts.pending++;
    if (suggestionOf(entry)) counts.suggestions++;
    if (entry.status === 'failed') {
      const group = outcomeGroup(entry.sendError?.code);
      if (group === 'already') {
        counts.alreadyInvited++;
        counts[entry.sendError?.code === 'invite.already_member' ? 'alreadyMember' : 'alreadyPending']++;
      } else counts[isWaiting(entry) ? 'waiting' : 'failed']++;
    } else counts[entry.status]++;
  }
  counts.toSend = batch.unsentCount - withIssue;
  counts.retry = batch.unsentCount - counts.draft;

  const secondsLeft = useSecondsLeft(batch.retryAt, now);

  // Notes that say the same thing are said once, for everyone they concern.
  const noteIdsOf = new Map<string, { entry?: string; role?: string }>();
  const groups = new Map<string, { note: InviteDialogNote; message: string; emails: string[] }>();
  const addNote = (key: string, kind: InviteDialogNote['kind'], message: string, entry: InviteBatchStoreEntry) => {
    let group = groups.get(key);
    if (!group) {
      group = { note: { id: idOf(`note-${entry.id}-${kind}`), kind, text: '', entryIds: [] }, message, emails: [] };
      groups.set(key, group);
    }
    group.note.entryIds.push(entry.id);
    group.emails.push(entry.email);
    const ids = noteIdsOf.get(entry.id) ?? {};
    if (kind === 'role') ids.role = group.note.id;
    else ids.entry = ids.entry ? `${ids.entry} ${group.note.id}` : group.note.id;
    noteIdsOf.set(entry.id, ids);
    return group.note;
  };
  for (const entry of entries) {
    const view = describeEntry(entry, messages);
    if (view.message) addNote(`${view.kind}\u0000${view.message}`, view.kind, view.message, entry);
    const role = roleIssues.get(entry.id);
    if (role) addNote(`role\u0000${role}`, 'role', role, entry);
    if (onResend && view.kind === 'already' && entry.sendError?.code === 'invite.already_pending') {
      const resent = resends[entry.id];
      const text = resent === SENDING ? messages.resending : resent === SENT ? messages.resent : resent ? messages.resendFailed({ message: resent }) : '';
      const note = addNote(`resend\u0000${entry.id}`, 'already', text, entry);
      if (resent !== SENDING && resent !== SENT) note.fix = { entryId: entry.id, email: entry.email, label: messages.resendInvitation };
    }
    const suggestion = suggestionOf(entry);
    if (suggestion) {
      const label = messages.didYouMean({ email: entry.email, suggestion });
      addNote(`suggestion\u0000${entry.id}`, 'suggestion', label, entry).fix = { entryId: entry.id, email: suggestion, label };
    }
  }
  const wait = secondsLeft !== undefined && secondsLeft > 0 ? ` ${messages.retryIn({ time: formatCountdown(secondsLeft, language) })}` : '';
  const notes = Array.from(groups.values(), ({ note, message, emails }) => {
    const said = note.kind === 'waiting' ? `${message}${wait}` : message;
    // A note names its one address, but never repeats a megabyte that is no address at all: laid
    // out twice over (the chip holds it whole), it blocked the page for half a second.
    const one = emails.length === 1 ? shortAddress(emails[0]!) : undefined;
    if (one === undefined) note.text = messages.noteGroup({ count: emails.length, message: said });
    else if (note.kind === 'role') note.text = messages.roleNote({ email: one, message: said });
    else {
      note.email = one;
      note.text = note.kind === 'suggestion' ? '' : said;
    }
    return note;
  });

  // ─── What is kept beyond the limit ───
  const keptNext = Math.max(0, Math.min(maxRecipients - counts.pending, batch.kept?.count || Infinity));
  const kept: InviteDialogState['kept'] = batch.kept && {
    text: messages.kept({ count: batch.kept.count, max: maxRecipients, full: keptNext === 0 }),
    next: keptNext,
  };

  // ─── The banner and the status line ───
  const failures = new Set(entries.map((entry) => entry.status !== 'sent' && outcomeGroup(entry.sendError?.code)));
  const banner: InviteDialogState['banner'] =
    batch.awaiting === 'auth'
      ? { text: messages.awaitingAuth, tone: 'warning', forbidden: false }
      : batch.awaiting === 'step_up'
        ? { text: messages.awaitingStepUp, tone: 'warning', forbidden: false }
        : failures.has('auth')
          ? { text: messages.unauthenticated, tone: 'warning', forbidden: false }
          : failures.has('step_up')
            ? { text: messages.stepUp, tone: 'warning', forbidden: false }
            : failures.has('forbidden')
              ? { text: messages.forbidden, tone: 'danger', forbidden: true }
              : undefined;

  const summary = messages.summary(counts);
  const batchIssue = batch.issues.find((issue) => issue.index === undefined && issue.code !== 'invite.empty_batch');
  let statusText = '';
  let tone: InviteDialogTone | undefined;
  if (batch.status === 'sending') {
    statusText = messages.progress({ current: Math.min(batch.progress.settled + 1, batch.progress.total), total: batch.progress.total });
  } else if (blockedReason === 'offline') {
    statusText = messages.offline;
    tone = 'warning';
  } else if (blockedReason === 'rate_limited' && secondsLeft !== undefined) {
    // The counts stay on screen while the countdown runs.
    statusText = `${summary} ${messages.rateLimited({ seconds: secondsLeft, time: formatCountdown(secondsLeft, language) })}`;
    tone = 'warning';
  } else if (blockedReason === 'invalid') {
    // After a send its outcome stays on screen, with what blocks the next one.
    statusText = [
      batch.status !== 'idle' && summary,
      batchIssue && describeError(batchIssue, messages),
      !batchIssue && counts.invalid > 0 && messages.blockedInvalid({ count: counts.invalid }),
      !batchIssue && counts.roleInvalid > 0 && messages.blockedRoles({ count: counts.roleInvalid }),
    ]
      .filter(Boolean)
      .join(' ');
    tone = 'danger';
  } else if (cancelled) {
    statusText = messages.cancelled;
  } else if (batch.status !== 'idle') {
    statusText = retryReady && counts.waiting > 0 ? `${summary} ${messages.retryNow}` : summary;
    tone = batch.status === 'done' ? 'success' : counts.failed > 0 ? 'danger' : 'warning';
  } else if (blockedReason === 'empty') {
    statusText = messages.blockedEmpty;
  } else if (counts.suggestions > 0) {
    statusText = messages.typoWarning({ count: counts.suggestions });
    tone = 'warning';
  }

  const action: InviteDialogAction =
    batch.status === 'sending' ? 'sending' : counts.draft > 0 || batch.status === 'idle' ? 'send' : counts.retry > 0 ? 'retry' : 'done';
  const actionBlocked = action === 'sending' || (action !== 'done' && !batch.canSubmit);
  const actionLabel =
    action === 'sending'
      ? messages.statusSending
      : action === 'retry'
        ? messages.retry({ count: counts.retry, failed: counts.retry - counts.unknown - counts.waiting, unknown: counts.unknown, waiting: counts.waiting })
        : action === 'done'
          ? messages.done
          : messages.send({ count: Math.max(0, counts.toSend) });

  // ─── What is said ───
  // The outcome of a send is announced once, also when it lands while the dialog is closed (F28).
  const previousStatus = useRef(batch.status);
  const outcome = [cancelled && messages.cancelled, summary, banner?.text].filter(Boolean).join(' ');
  const waitAnnouncement =
    batch.retryAfterMs === undefined
      ? undefined
      : messages.rateLimited({ seconds: Math.ceil(batch.retryAfterMs / 1000), time: formatCountdown(batch.retryAfterMs / 1000, language) });
  useEffect(() => {
    if (previousStatus.current === 'sending' && batch.status !== 'sending') announce([outcome, waitAnnouncement].filter(Boolean).join(' '));
    previousStatus.current = batch.status;
    // Only the end of a send is announced here; the batch of that render is its outcome.
  }, [batch.status]);

  // When a rate limit is over, the person is told they can retry: nothing goes out by itself, since
  // new drafts may have joined the list meanwhile.
  const wasRateLimited = useRef(false);
  useEffect(() => {
    const limited = blockedReason === 'rate_limited';
    if (wasRateLimited.current && !limited && counts.waiting > 0) {
      setRetryReady(true);
      announce(messages.retryNow);
    }
    wasRateLimited.current = limited;
  }, [blockedReason]);

  // ─── Actions ───
  const removeEntries = useCallback(
    (ids: readonly string[] | 'all') => {
      const current = latest.current;
      const removed: RemovedEntry[] = [];
      current.entries.forEach((entry, index) => {
        if ((ids === 'all' || ids.includes(entry.id)) && entry.status !== 'sending') removed.push({ entry, index });
      });
      // Remove all takes what pastes kept beyond the limit too: the person starts over.
      const kept = ids === 'all' ? current.dropKept() : undefined;
      if (removed.length === 0 && !kept) return;
      if (ids === 'all') current.clear();
      else for (const { entry } of removed) current.removeEntry(entry.id);
      const text = messages.removedMany({ count: removed.length + (kept?.count ?? 0), email: removed[0]?.entry.email ?? kept!.text });
      setUndo({ removed, text, kept });
      announce(text);
    },
    [messages, announce],
  );

  const focusInput = useCallback(() => inputRef.current?.focus(), []);

  /** Shows and says what adding did; what was kept is the kept note's to say. */
  const report = useCallback(
    (result: AddTextResult, kept?: string) => {
      const added = messages.added({ ...result, skippedHeader: !!result.skippedHeader });
      setFeedback({ text: added });
      announce(kept ? `${added} ${kept}` : added);
    },
    [messages, announce],
  );

  const commitText = useCallback(
    (text: string): string => {
      if (text.trim() === '') return '';
      setCancelled(false);
      const result = latest.current.addText(text);
      report(result, result.kept === undefined ? undefined : messages.kept({ count: result.kept, max: maxRecipients, full: true }));
      // Nothing stays in the field: what does not fit is kept, and the kept note says so.
      return '';
    },
    [messages, report, maxRecipients],
  );

  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => announce(messages.copied),
      () => announce(messages.copyFailed),
    );

  const submit = () => {
    // What is typed goes too: clicking Send right after typing an address must not leave it out.
    flushRef.current?.();
    setCancelled(false);
    setRetryReady(false);
    setFeedback(undefined);
    setUndo(undefined);
    void latest.current.submit();
  };

  const rowContext = useMemo<InviteDialogRowContext>(
    () => ({
      messages,
      idOf,
      roleMode: roleMode === 'single' ? 'single' : 'multiple',
      roles,
      caller,
      theme,
      dir,
      remove: (entry, from) => {
        // Focus moves on before the entry goes: to the next one, else the previous, else the field.
        if (from) {
          const items = rovingItems(listRef.current, from.getAttribute('data-roving') ?? 'chip');
          const at = items.indexOf(from);
          (items[at + 1] ?? items[at - 1] ?? inputRef.current)?.focus();
        }
        removeEntries([entry.id]);
      },
      update: batch.updateEntry,
      setRoleSlugs: batch.setRoleSlugs,
      focusInput,
    }),
    [messages, idOf, roleMode, roles, caller, theme, dir, removeEntries, batch.updateEntry, batch.setRoleSlugs, focusInput],
  );

  // The one tab stop of the list: the entry last focused, else the first.
  const stop = tabStop && entries.some((entry) => entry.id === tabStop.id) ? tabStop : entries[0] && { id: entries[0].id, column: 'chip' as const };

  const moveInList = (event: KeyboardEvent<HTMLElement>) => {
    const list = listRef.current;
    const target = event.target as HTMLElement;
    // Keys from a role picker's popover bubble here through React's tree, not the DOM's.
    const column = target.getAttribute('data-roving');
    if (!list || !column || !list.contains(target)) return;
    if (column === 'chip' && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      const entry = latest.current.entries.find((e) => e.id === target.getAttribute('data-entry'));
      if (entry && entry.status !== 'sending') rowContext.remove(entry, target);
      return;
    }
    const key = event.key;
    const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
    const rtl = isRtl(target);
    const forward = key === 'ArrowRight' ? !rtl : key === 'ArrowLeft' ? rtl : key === 'ArrowDown';
    const items = rovingItems(list, column);
    const at = items.indexOf(target);
    let next: HTMLElement | null | undefined;
    if (key === 'Home') next = items[0];
    else if (key === 'End') next = items.at(-1);
    else if (layout === 'rows' && horizontal) {
      // Across a row: from the address to its role picker, and back.
      const other = column === 'chip' ? 'role' : 'chip';
      if (forward === (column === 'chip')) next = target.closest('li')?.querySelector<HTMLElement>(`[data-roving="${other}"]`);
    } else if (horizontal || key === 'ArrowDown' || key === 'ArrowUp') {
      // Past the last address of a wrapped list of chips: into the field, where typing goes on.
      next = forward ? (items[at + 1] ?? (layout === 'chips' ? inputRef.current : undefined)) : items[at - 1];
    } else return;
    event.preventDefault();
    next?.focus();
  };

  return {
    batch,
    messages,
    open,
    setOpen,
    theme,
    dir,
    capabilities,
    maxRecipients,
    roleMode,
    allRoles,
    perPerson,
    layout,
    locales,
    localeOptions,
    displayLocale,
    locale,
    expiry,
    counts,
    action,
    actionLabel,
    actionBlocked,
    status: { text: statusText, tone },
    banner,
    feedback,
    kept,
    notes,
    undo: undo && { text: undo.text },
    secondsLeft,
    announcement,
    canCopy: !!banner?.forbidden && typeof navigator !== 'undefined' && !!navigator.clipboard,
    canClear: !!kept || entries.filter((entry) => entry.status !== 'sending' && !isSettled(entry)).length > 1,
    describe: (entry) => describeEntry(entry, messages),
    getEntryProps: (entry) => {
      const ids = noteIdsOf.get(entry.id);
      return {
        picker: layout === 'rows' && perPerson && !entry.readOnly,
        tabStop: stop?.id === entry.id ? stop.column : undefined,
        suggestion: suggestionOf(entry),
        describedBy: ids?.entry,
        roleDescribedBy: ids?.role,
        roleInvalid: roleIssues.has(entry.id),
      };
    },
    rowContext,
    idOf,
    triggerRef,
    container,
    getContentProps: (handlers = {}) => ({
      ref: setContainer,
      'data-theme': theme,
      dir,
      // English when the host gave no messages; unknown (the page's) when its messages name no language.
      lang: messagesProp ? messagesProp.locale : 'en',
      'data-status': batch.status,
      onOpenAutoFocus: (event) => {
        handlers.onOpenAutoFocus?.(event);
        if (event.defaultPrevented) return;
        // Straight to the email field: that is what the person came to fill in.
        event.preventDefault();
        inputRef.current?.focus();
      },
      onEscapeKeyDown: (event) => {
        handlers.onEscapeKeyDown?.(event);
        // Escape while editing an address cancels the edit, not the dialog.
        if ((event.target as Element | null)?.closest?.('[data-slot="invite-dialog-edit"]')) event.preventDefault();
      },
      onCloseAutoFocus: (event) => {
        handlers.onCloseAutoFocus?.(event);
        if (event.defaultPrevented || triggerRef.current || !returnFocus.current?.isConnected) return;
        event.preventDefault();
        returnFocus.current.focus();
      },
    }),
    getFormProps: () => ({
      noValidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        if (action === 'send' || action === 'retry') submit();
      },
    }),
    getInputProps: () => ({
      id: idOf('input'),
      'aria-describedby': [idOf('hint'), idOf('counter'), feedback && idOf('feedback'), kept && idOf('kept')].filter(Boolean).join(' '),
      placeholder: entries.length === 0 ? messages.emailPlaceholder : undefined,
      inputRef,
      draftText,
      flushRef,
      onCommit: commitText,
      onRemoveLast: () => {
        const last = latest.current.entries.findLast((entry) => entry.status !== 'sending');
        if (last) removeEntries([last.id]);
      },
      onLeaveToList: () => {
        const last = rovingItems(listRef.current, 'chip').at(-1);
        last?.focus();
        return !!last;
      },
    }),
    getListProps: () => ({
      ref: listRef,
      'aria-label': messages.entriesLabel,
      'data-layout': layout,
      onKeyDown: moveInList,
      onFocus: (event) => {
        const target = event.target as HTMLElement;
        const column = target.getAttribute('data-roving');
        const entryId = target.getAttribute('data-entry');
        if (!column || !entryId || !listRef.current?.contains(target)) return;
        if (tabStop?.id !== entryId || tabStop.column !== column) setTabStop({ id: entryId, column: column as 'chip' | 'role' });
      },
    }),
    getBoxProps: () => ({
      onMouseDown: (event) => {
        if (event.target === event.currentTarget) {
          event.preventDefault();
          inputRef.current?.focus();
        }
      },
    }),
    getRoleProps: () => ({
      value: allRoles,
      mode: roleMode === 'single' ? 'single' : 'multiple',
      onValueChange: (slugs) => {
        setAllRoles(slugs);
        batch.setRoleSlugs('all', slugs);
      },
    }),
    getPerPersonProps: () => ({
      role: 'switch',
      'aria-checked': perPerson,
      'data-state': perPerson ? 'checked' : 'unchecked',
      onClick: () => {
        setPerPerson(!perPerson);
        // Back to one role for everyone: everyone editable gets it.
        if (perPerson) batch.setRoleSlugs('all', allRoles);
      },
    }),
    getLocaleProps: () => ({ value: locale, onValueChange: setLocale }),
    getExpiryProps: () => ({
      value: expiryText,
      min: expiry?.min ?? 0,
      max: expiry?.max ?? 0,
      'aria-invalid': batch.issues.some((issue) => issue.code === 'invite.invalid_expiry') || undefined,
      onChange: (event) => setExpiryInput({ unit: expiry?.unit, text: event.currentTarget.value }),
    }),
    getStatusProps: () => ({ id: idOf('status'), 'data-tone': tone }),
    getSubmitProps: () => ({
      ref: submitRef,
      type: action === 'done' ? 'button' : 'submit',
      'data-state': action,
      'data-variant': 'primary',
      'aria-disabled': actionBlocked || undefined,
      'aria-describedby': actionBlocked && statusText ? idOf('status') : undefined,
      onClick: (event) => {
        // The click sends by itself rather than through the form, so a host's own button
        // (`asChild`, any `type`) works the same. A blocked button stays focusable so its reason
        // can be read; it just does nothing.
        event.preventDefault();
        if (action === 'done') setOpen(false);
        else if (!actionBlocked) submit();
      },
    }),
    getCancelProps: () => ({
      type: 'button',
      onClick: () => {
        setCancelled(true);
        batch.cancel();
        // Cancel goes away with the send: focus goes to the main button, not to the dialog.
        setFocusNext('submit');
      },
    }),
    getCopyProps: () => ({
      type: 'button',
      onClick: () => {
        // Not allowed here: the list can at least go with the person, to someone who is (F18).
        copy(entries.flatMap((entry) => (isSettled(entry) ? [] : [entry.email])).join('\n'));
      },
    }),
    getUndoProps: () => ({
      type: 'button',
      onClick: () => {
        if (!undo) return;
        batch.restoreEntries(undo.removed);
        if (undo.kept) batch.restoreKept(undo.kept);
        announce(messages.restored({ count: undo.removed.length + (undo.kept?.count ?? 0) }));
        setUndo(undefined);
        setFocusNext('input');
      },
    }),
    getKeptProps: (action) => ({
      type: 'button',
      onClick: () => {
        if (action === 'add') {
          setCancelled(false);
          report(batch.addKept());
          // The button may go with the note: focus goes back to where typing goes on.
          setFocusNext('input');
        } else copy(batch.kept?.text ?? '');
      },
    }),
    getClearProps: () => ({
      type: 'button',
      onClick: () => {
        removeEntries('all');
        setFocusNext('input');
      },
    }),
    getFixProps: (note) => ({
      type: 'button',
      onClick: () => {
        const fix = note.fix;
        if (!fix) return;
        if (note.kind === 'already' && onResend) {
          const settle = (outcome: string) => {
            setResends((all) => ({ ...all, [fix.entryId]: outcome }));
            announce(`${fix.email}: ${outcome === SENT ? messages.resent : messages.resendFailed({ message: outcome })}`);
          };
          setResends((all) => ({ ...all, [fix.entryId]: SENDING }));
          Promise.resolve()
            .then(() => onResend(fix.email))
            .then(
              (answer) => settle(answer && answer.ok === false ? answer.error?.message || '' : SENT),
              (error: unknown) => settle((error as Error | null)?.message || ''),
            );
        } else batch.updateEntry(fix.entryId, { email: fix.email });
        // The button goes with its note: focus goes back to where typing goes on.
        setFocusNext('input');
      },
    }),
  };
}
