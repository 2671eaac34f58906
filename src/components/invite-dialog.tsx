import { composeEventHandlers } from '@radix-ui/primitive';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Dialog from '@radix-ui/react-dialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import {
  forwardRef,
  isValidElement,
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MutableRefObject,
  type ReactNode,
  type RefObject,
} from 'react';
import type { InviteBatchStoreEntry } from '../core/invite-store';
import { outcomeGroup } from '../core/outcomes';
import { isCustomRole, roleName } from '../core/roles';
import type { InviteCaller, InviteResultError, OnSend, RoleCatalog, TransportCapabilities } from '../core/types';
import { useInviteBatch, type InviteBatch, type UseInviteBatchOptions } from '../hooks/use-invite-batch';
import { useLocaleOptions } from '../hooks/use-locale-options';
import { cx, ikClass } from './cx';
import { readEnvironment, type Direction, type Theme } from './environment';
import { AlertIcon, CheckIcon, ClockIcon, CloseIcon, InfoIcon, QuestionIcon, SpinnerIcon } from './icons';
import { LocalePicker } from './locale-picker';
import { defaultInviteMessages, formatDuration, type InviteDialogMessages } from './messages';
import { RoleSelect } from './role-select';
import { PortalContainerContext } from './select-parts';

/** Props of {@link InviteDialog}. Everything `useInviteBatch` takes is passed on to it. */
export interface InviteDialogProps
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
   * What opens the dialog: an element (your own button, used as is), a label for the kit's
   * button, or `true` for the kit's button with `messages.trigger`. Omit it and `children` to open
   * the dialog only through `open`.
   */
  trigger?: ReactNode;
  /**
   * With `asChild`, the single child element is the trigger (its props and ref merged); without
   * it, children are the kit's trigger button's label.
   * @default false
   */
  asChild?: boolean;
  /** The trigger (see `asChild`). */
  children?: ReactNode;
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
   * The language the locale names are written in: pass your UI's language.
   * @default 'en'
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
  /** Replacement strings; any key not given stays English. @default defaultInviteMessages */
  messages?: Partial<InviteDialogMessages>;
  /**
   * The colour theme of the dialog, which is portalled out of your tree: `system` follows the
   * person's preference.
   * @default the trigger's surroundings (`data-theme`, `.dark`), else the page's
   */
  theme?: Theme;
  /** The writing direction of the dialog. @default the trigger's surroundings (`dir`), else the page's */
  dir?: Direction;
  /**
   * Renders no `ik-` classes: style it yourself by `data-slot`.
   * @default false
   */
  unstyled?: boolean;
  /** Classes for the dialog's content element, merged last. */
  className?: string;
  /** Styles for the dialog's content element. */
  style?: CSSProperties;
  /**
   * Runs when the dialog opens, before focus moves into the email field; `preventDefault()` keeps
   * the kit from moving it.
   */
  onOpenAutoFocus?: Dialog.DialogContentProps['onOpenAutoFocus'];
  /** Runs on Escape; `preventDefault()` keeps the dialog open. */
  onEscapeKeyDown?: Dialog.DialogContentProps['onEscapeKeyDown'];
  /**
   * Runs when the dialog closes, before focus goes back to the trigger (or, without one, to what
   * had focus when it opened); `preventDefault()` keeps the kit from moving it.
   */
  onCloseAutoFocus?: Dialog.DialogContentProps['onCloseAutoFocus'];
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────────

// Shapes the UI only: without declared capabilities the transport goes to the store as it came,
// so the send loop keeps its own retry default, as it would through the hook.
const UI_FALLBACK: Omit<TransportCapabilities, 'idempotencyKeys'> = Object.freeze({ roles: 'many' });
const MAX_DEFAULT = 20;

// Hidden from sight, not from screen readers; inline so it holds in `unstyled` mode too.
const srOnly: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/** A part's `data-slot` and, unless unstyled, its stable `ik-InviteDialog-` class and any shared ones. */
const part = (unstyled: boolean, name: string, shared?: string) => ({
  'data-slot': `invite-dialog-${name}`,
  className: unstyled ? undefined : `ik-InviteDialog-${name}${shared ? ` ${shared}` : ''}`,
});

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Whether an entry is done with: invited, or already a member or invited. */
const isSettled = (entry: InviteBatchStoreEntry) =>
  entry.status === 'sent' || (entry.status === 'failed' && outcomeGroup(entry.sendError?.code) === 'already');

/** Whether an entry was rate-limited and goes out again once the wait is over: not a failure. */
const isWaiting = (entry: InviteBatchStoreEntry) =>
  entry.status === 'failed' && !!entry.sendError?.retryable && outcomeGroup(entry.sendError.code) === 'rate_limited';

type EntryKind = 'draft' | 'invalid' | 'sending' | 'sent' | 'already' | 'waiting' | 'failed' | 'unknown';

/** How an entry looks: which state, its label, and the message that explains it. */
function describeEntry(entry: InviteBatchStoreEntry, messages: InviteDialogMessages) {
  const error: InviteResultError | InviteBatchStoreEntry['issue'] = entry.error;
  const code = error?.code;
  const group = outcomeGroup(code);
  const kind: EntryKind =
    entry.status === 'draft'
      ? entry.issue
        ? 'invalid'
        : 'draft'
      : entry.status === 'failed' && group === 'already'
        ? 'already'
        : isWaiting(entry)
          ? 'waiting'
          : entry.status;
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
  // failures concern the whole batch: the banner says it once instead of once per person.
  const message =
    kind === 'draft' || kind === 'sending' || kind === 'sent' || !error || group === 'auth' || group === 'step_up' || group === 'forbidden'
      ? undefined
      : errorText(messages, error);
  return { kind, label, message };
}

/** What a person reads for an error: the host's text for its code, else the message it came with. */
const errorText = (messages: InviteDialogMessages, error: { code: string; message: string }) => messages.errors[error.code] ?? error.message;

/** The rate-limit wait, in words. */
const waitText = (messages: InviteDialogMessages, seconds: number) => messages.rateLimited({ seconds, time: formatDuration(seconds) });

const STATUS_ICONS: Partial<Record<EntryKind, (props: { className?: string }) => ReactNode>> = {
  invalid: AlertIcon,
  failed: AlertIcon,
  sending: SpinnerIcon,
  sent: CheckIcon,
  already: InfoIcon,
  waiting: ClockIcon,
  unknown: QuestionIcon,
};

/** A message about the whole batch that the person must act on: sign in, step up, no permission. */
function bannerFor(
  batch: InviteBatch,
  messages: InviteDialogMessages,
): { text: string; tone: 'warning' | 'danger'; forbidden?: boolean } | undefined {
  if (batch.awaiting === 'auth') return { text: messages.awaitingAuth, tone: 'warning' };
  if (batch.awaiting === 'step_up') return { text: messages.awaitingStepUp, tone: 'warning' };
  const groups = new Set(batch.entries.map((entry) => entry.status !== 'sent' && outcomeGroup(entry.sendError?.code)));
  if (groups.has('auth')) return { text: messages.unauthenticated, tone: 'warning' };
  if (groups.has('step_up')) return { text: messages.stepUp, tone: 'warning' };
  if (groups.has('forbidden')) return { text: messages.forbidden, tone: 'danger', forbidden: true };
  return undefined;
}

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

interface Announcement {
  text: string;
  /** Changes with every announcement, so the same words twice are still read twice. */
  count: number;
}

/** The one polite live region: where it sits depends on whether the dialog is open. */
function LiveRegion({ announcement }: { announcement: Announcement }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-slot="invite-dialog-live" style={srOnly}>
      {announcement.text}
      {announcement.count % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}

// ─── The dialog ──────────────────────────────────────────────────────────────────────────────────

const sameSlugs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((slug, i) => slug === b[i]);

/**
 * The invite dialog: paste or type addresses, pick roles (one for everyone or per person), the
 * invitation email's language and lifetime when the transport takes them, and send — with per
 * person results, retry, rate-limit countdown and nothing typed ever lost. It adapts to what the
 * transport accepts (`onSend.capabilities`).
 *
 * The batch lives in the dialog's root, not in its content: closing keeps unsent entries for the
 * next open, and a send in flight finishes and reports even while the dialog is closed.
 * @example
 * <InviteDialog onSend={createWorkOSTransport({ baseUrl: '/api/workos' })} roles={catalog} caller={me} trigger="Invite people" />
 */
export const InviteDialog = forwardRef<HTMLDivElement, InviteDialogProps>(function InviteDialog(props, forwardedRef) {
  const {
    onSend,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    trigger,
    asChild = false,
    children,
    capabilities: capabilitiesProp,
    locales: localesProp,
    displayLocale = 'en',
    defaultLocale,
    defaultExpiresIn,
    defaultRoleSlugs,
    defaultRolesPerPerson = false,
    messages: messagesProp,
    theme: themeProp,
    dir: dirProp,
    unstyled = false,
    className,
    style,
    onOpenAutoFocus,
    onEscapeKeyDown,
    onCloseAutoFocus,
    ...batchOptions
  } = props;
  const { roles, caller, maxBatchSize = MAX_DEFAULT, now = Date.now } = batchOptions;

  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen, onChange: onOpenChange });
  const messages = useMemo(() => ({ ...defaultInviteMessages, ...messagesProp }), [messagesProp]);
  const capabilities = capabilitiesProp ?? onSend.capabilities ?? UI_FALLBACK;

  // With a `capabilities` prop, the transport carries it, so the store agrees on locales, expiry
  // and retries. The store reads its options at call time, so a new `onSend` is always the one called.
  const send = useMemo<OnSend>(
    () => (capabilitiesProp ? Object.assign(onSend.bind(undefined), { capabilities: capabilitiesProp }) : onSend),
    [onSend, capabilitiesProp],
  );

  const supportedLocales = capabilities.locales ? (localesProp ?? capabilities.locales) : undefined;
  const [chosenLocale, setLocale] = useState(defaultLocale);
  // What the picker shows is what is sent: the person's choice, else the best match for their language.
  const { defaultValue: locale } = useLocaleOptions({
    locales: supportedLocales ?? [],
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
    onSend: send,
    ...(capabilities.roles !== 'none' && { defaultRoleSlugs: allRoles }),
    ...(supportedLocales && locale !== undefined && { locale }),
    ...(expiry && { [expiry.unit === 'days' ? 'expiresInDays' : 'expiresInMinutes']: expiryValue }),
  });
  const { entries, summary, blockedReason } = batch;
  // Rate-limited entries are counted apart from failures: they are only waiting.
  const waiting = entries.filter(isWaiting).length;
  const counts = { ...summary, failed: summary.failed - waiting, waiting };

  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })), []);
  // Set by Cancel, cleared by the next send or paste: the footer and the outcome mention it.
  const [cancelled, setCancelled] = useState(false);
  // What is typed but not yet a chip survives closing, like the chips themselves.
  const draftText = useRef('');

  // The outcome of a send is announced once, also when it lands while the dialog is closed (F28).
  const previousStatus = useRef(batch.status);
  useEffect(() => {
    if (previousStatus.current === 'sending' && batch.status !== 'sending') {
      const wait = batch.retryAfterMs === undefined ? undefined : Math.ceil(batch.retryAfterMs / 1000);
      announce(
        [
          cancelled && messages.cancelled,
          messages.summary(counts),
          bannerFor(batch, messages)?.text,
          wait !== undefined && waitText(messages, wait),
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    previousStatus.current = batch.status;
    // Only the end of a send is announced here; the batch of that render is its outcome.
  }, [batch.status]);

  const triggerRef = useRef<HTMLButtonElement>(null);
  const [inherited, setInherited] = useState<ReturnType<typeof readEnvironment>>({});
  // Without a trigger, focus goes back to whatever opened the dialog (APG dialog pattern).
  const returnFocus = useRef<HTMLElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (!open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setInherited(readEnvironment(triggerRef.current));
  }, [open]);
  const theme = themeProp ?? inherited.theme;
  const dir = dirProp ?? inherited.dir;

  const handleOpenChange = (next: boolean) => {
    // What is done is done: invited people leave the list when the dialog closes; everything
    // still to send (drafts, failures, unknowns) stays for the next open.
    if (!next && batch.status !== 'sending') {
      for (const entry of entries) if (isSettled(entry)) batch.removeEntry(entry.id);
    }
    setOpen(next);
  };

  const c = (name: string) => ikClass(unstyled, name);
  const p = (name: string, shared?: string) => part(unstyled, name, shared);
  const id = useId();
  /** The id of a part: this dialog's own prefix, then the part's name. */
  const idOf = (name: string) => `${id}-${name}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const contentRef = useComposedRefs(forwardedRef, setContent);

  // ─── Roles ───
  const roleMode = capabilities.roles === 'one' ? 'single' : 'multiple';
  // Entries that arrived with their own roles (a pasted table) need their own pickers to show them.
  const mixedRoles = capabilities.roles !== 'none' && entries.some((entry) => !entry.readOnly && !sameSlugs(entry.roleSlugs, allRoles));
  const perPerson = capabilities.roles !== 'none' && (perPersonChosen || mixedRoles);
  // Rows also when people sent or in flight got other roles than the picker shows: each row says
  // what its person got, so sending never hides it.
  const rows =
    perPerson ||
    (capabilities.roles !== 'none' && entries.some((entry) => entry.readOnly && !sameSlugs(entry.roleSlugs, allRoles)));
  // Said once under the rows rather than in every picker whose person has a role above member.
  const customRolesHint =
    perPerson &&
    roleMode === 'multiple' &&
    roles?.some((role) => isCustomRole(role.slug)) &&
    entries.some((entry) => !entry.readOnly && !entry.roleSlugs.includes('member'));

  // ─── What the field and the footer say ───
  // Never thousands of chips: one batch's worth shows, the rest is counted (F36).
  const visible = entries.length > maxBatchSize ? entries.slice(0, maxBatchSize) : entries;
  const hidden = entries.length - visible.length;
  const retryCount = batch.unsentCount - summary.draft;
  // What this batch holds against the limit: what is still to send, and what is going out now.
  const pending = batch.unsentCount + entries.filter((entry) => entry.status === 'sending').length;
  const secondsLeft = useSecondsLeft(batch.retryAt, now);
  const banner = bannerFor(batch, messages);
  // Absent outside secure contexts and on the server: then there is no Copy button at all.
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  const batchIssue = batch.issues.find((issue) => issue.index === undefined && issue.code !== 'invite.empty_batch');

  let statusText = '';
  let statusTone: 'danger' | 'warning' | undefined;
  if (batch.status === 'sending') {
    statusText = messages.progress({ current: Math.min(batch.progress.settled + 1, batch.progress.total), total: batch.progress.total });
  } else if (blockedReason === 'offline') {
    statusText = messages.offline;
    statusTone = 'warning';
  } else if (blockedReason === 'rate_limited' && secondsLeft !== undefined) {
    statusText = waitText(messages, secondsLeft);
  } else if (blockedReason === 'invalid') {
    statusText = batchIssue
      ? errorText(messages, batchIssue)
      : messages.blockedInvalid({ count: entries.filter((entry) => entry.issue).length });
    statusTone = 'danger';
  } else if (cancelled) {
    statusText = messages.cancelled;
  } else if (batch.status !== 'idle') {
    statusText = messages.summary(counts);
  } else if (blockedReason === 'empty') {
    statusText = messages.blockedEmpty;
  }

  // One button, so focus stays put as it turns from Send into Sending, Retry or Done.
  const action: 'sending' | 'send' | 'retry' | 'done' =
    batch.status === 'sending' ? 'sending' : summary.draft > 0 || batch.status === 'idle' ? 'send' : retryCount > 0 ? 'retry' : 'done';
  const actionBlocked = action === 'sending' || (action !== 'done' && !batch.canSubmit);

  const commitText = useCallback(
    (text: string) => {
      if (text.trim() === '') return;
      setCancelled(false);
      announce(messages.added(batch.addText(text)));
    },
    [batch.addText, announce, messages],
  );

  const removeEntry = useCallback(
    (entry: InviteBatchStoreEntry) => {
      batch.removeEntry(entry.id);
      announce(messages.removed({ email: entry.email }));
    },
    [batch.removeEntry, announce, messages],
  );

  // Everything a row needs besides its entry, identical between renders that change none of it.
  const shared = useMemo<RowShared>(
    () => ({
      messages,
      unstyled,
      idOf,
      listRef,
      inputRef,
      removeEntry,
      updateEntry: batch.updateEntry,
      setRoleSlugs: batch.setRoleSlugs,
      roleMode,
      roles,
      caller,
      theme,
      dir,
    }),
    // `idOf` derives from `id` alone.
    [messages, unstyled, id, removeEntry, batch.updateEntry, batch.setRoleSlugs, roleMode, roles, caller, theme, dir],
  );

  const notes = visible.flatMap((entry) => {
    const view = describeEntry(entry, messages);
    return view.message ? [{ entry, message: view.message, kind: view.kind }] : [];
  });
  const expiryIssue = batch.issues.some((issue) => issue.code === 'invite.invalid_expiry');

  const triggerContent = trigger ?? children;
  const triggerElement =
    asChild || isValidElement(triggerContent) ? (
      <Dialog.Trigger ref={triggerRef} asChild data-slot="invite-dialog-trigger">
        {triggerContent}
      </Dialog.Trigger>
    ) : triggerContent !== undefined && triggerContent !== null && triggerContent !== false ? (
      <Dialog.Trigger
        ref={triggerRef}
        {...p('trigger', 'ik-root ik-Button')}
        data-variant="primary"
      >
        {triggerContent === true ? messages.trigger : triggerContent}
      </Dialog.Trigger>
    ) : null;

  return (
    <Dialog.Root open={open} onOpenChange={handleOpenChange}>
      {triggerElement}
      {!open && <LiveRegion announcement={announcement} />}
      <Dialog.Portal>
        <Dialog.Overlay {...p('overlay')} data-theme={theme} />
        <Dialog.Content
          ref={contentRef}
          data-slot="invite-dialog-content"
          className={cx(p('content', 'ik-root').className, className)}
          style={style}
          data-theme={theme}
          dir={dir}
          data-status={batch.status}
          onOpenAutoFocus={composeEventHandlers(onOpenAutoFocus, (event) => {
            // Straight to the email field: that is what the person came to fill in.
            event.preventDefault();
            inputRef.current?.focus();
          })}
          onEscapeKeyDown={composeEventHandlers(onEscapeKeyDown, (event) => {
            // Escape while editing a chip cancels the edit, not the dialog.
            if ((event.target as Element | null)?.closest?.('[data-slot="invite-dialog-edit"]')) event.preventDefault();
          })}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            if (triggerRef.current || !returnFocus.current?.isConnected) return;
            event.preventDefault();
            returnFocus.current.focus();
          })}
        >
          <PortalContainerContext.Provider value={content}>
            <div {...p('header')}>
              <Dialog.Title {...p('title')}>
                {messages.title}
              </Dialog.Title>
              <Dialog.Description {...p('description')}>
                {messages.description}
              </Dialog.Description>
            </div>
            <Dialog.Close {...p('close', 'ik-Button')} data-variant="ghost">
              <CloseIcon />
              <span style={srOnly}>{messages.close}</span>
            </Dialog.Close>

            <form
              {...p('form')}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (action === 'send' || action === 'retry') {
                  setCancelled(false);
                  void batch.submit();
                }
              }}
            >
              <div {...p('field')}>
                <label htmlFor={idOf('input')} {...p('label')}>
                  {messages.emailLabel}
                </label>
                <div
                  {...p('box')}
                  onMouseDown={(event) => {
                    // A click on the box's empty space lands in the field, as in any text box.
                    if (event.target === event.currentTarget) {
                      event.preventDefault();
                      inputRef.current?.focus();
                    }
                  }}
                >
                  {visible.length > 0 && (
                    <ul
                      ref={listRef}
                      aria-label={messages.entriesLabel}
                      {...p('entries')}
                      data-layout={rows ? 'rows' : 'chips'}
                    >
                      {visible.map((entry) => (
                        <EntryRow key={entry.id} entry={entry} rows={rows} perPerson={perPerson} shared={shared} />
                      ))}
                    </ul>
                  )}
                  <EmailInput
                    inputRef={inputRef}
                    listRef={listRef}
                    draftText={draftText}
                    onCommit={commitText}
                    onRemoveLast={() => {
                      const last = entries.findLast((entry) => entry.status !== 'sending');
                      if (last) removeEntry(last);
                    }}
                    id={idOf('input')}
                    describedBy={`${idOf('hint')} ${idOf('counter')}`}
                    placeholder={visible.length === 0 ? messages.emailPlaceholder : undefined}
                    unstyled={unstyled}
                  />
                </div>
                <span id={idOf('chip-hint')} hidden>
                  {messages.chipHint}
                </span>
                <span id={idOf('locked')} hidden>
                  {messages.entryLocked}
                </span>
                <div {...p('meta')}>
                  <p id={idOf('hint')} {...p('hint')}>
                    {messages.emailHint}
                  </p>
                  <p
                    id={idOf('counter')}
                    {...p('counter')}
                    data-over={pending > maxBatchSize ? '' : undefined}
                  >
                    <span aria-hidden="true">{messages.counter({ count: pending, max: maxBatchSize })}</span>
                    <span style={srOnly}>{messages.counterLabel({ count: pending, max: maxBatchSize })}</span>
                  </p>
                </div>
                {(notes.length > 0 || hidden > 0) && (
                  <ul {...p('notes')}>
                    {notes.map((note) => (
                      <li
                        key={note.entry.id}
                        id={idOf(`note-${note.entry.id}`)}
                        {...p('note')}
                        data-status={note.kind}
                      >
                        <span>
                          <bdi>{note.entry.email}</bdi>: {note.message}
                        </span>
                      </li>
                    ))}
                    {hidden > 0 && (
                      <li {...p('note')} data-status="invalid">
                        <span>
                          {messages.overflow({ count: hidden })}{' '}
                          <button type="button" className={c('ik-Button')} data-variant="ghost" onClick={() => batch.clear()}>
                            {messages.clearAll}
                          </button>
                        </span>
                      </li>
                    )}
                  </ul>
                )}
              </div>

              {capabilities.roles !== 'none' && (
                <div {...p('roles', 'ik-InviteDialog-row')}>
                  {!perPerson && (
                    <div {...p('field')}>
                      <label id={idOf('role-label')} htmlFor={idOf('role')}>
                        {messages.roleLabel}
                      </label>
                      <RoleSelect
                        id={idOf('role')}
                        aria-labelledby={idOf('role-label')}
                        mode={roleMode}
                        value={allRoles}
                        onValueChange={(slugs) => {
                          setAllRoles(slugs);
                          batch.setRoleSlugs('all', slugs);
                        }}
                        roles={roles}
                        caller={caller}
                        messages={messages}
                        unstyled={unstyled}
                        theme={theme}
                        dir={dir}
                      />
                    </div>
                  )}
                  <button
                    type="button"
                    role="switch"
                    aria-checked={perPerson}
                    data-state={perPerson ? 'checked' : 'unchecked'}
                    {...p('switch')}
                    onClick={() => {
                      setPerPerson(!perPerson);
                      // Back to one role for everyone: everyone editable gets it.
                      if (perPerson) batch.setRoleSlugs('all', allRoles);
                    }}
                  >
                    {messages.rolePerPerson}
                  </button>
                  {customRolesHint && (
                    <p {...p('roles-hint', 'ik-Select-detail')}>{messages.customRolesNeedMember({ member: roleName('member', roles) })}</p>
                  )}
                </div>
              )}

              {(supportedLocales || expiry) && (
                <div {...p('options', 'ik-InviteDialog-row')}>
                  {supportedLocales && (
                    <div {...p('field')}>
                      <label id={idOf('locale-label')} htmlFor={idOf('locale')}>
                        {messages.localeLabel}
                      </label>
                      <LocalePicker
                        id={idOf('locale')}
                        aria-labelledby={idOf('locale-label')}
                        locales={supportedLocales}
                        displayLocale={displayLocale}
                        {...(locale !== undefined && { value: locale })}
                        onValueChange={setLocale}
                        messages={messages}
                        unstyled={unstyled}
                        theme={theme}
                        dir={dir}
                      />
                    </div>
                  )}
                  {expiry && (
                    <div {...p('field')}>
                      <label htmlFor={idOf('expiry')}>{messages.expiryLabel({ unit: expiry.unit })}</label>
                      <input
                        id={idOf('expiry')}
                        type="number"
                        inputMode="numeric"
                        min={expiry.min}
                        max={expiry.max}
                        step={1}
                        value={expiryText}
                        onChange={(event) => setExpiryInput({ unit: expiry.unit, text: event.currentTarget.value })}
                        aria-invalid={expiryIssue || undefined}
                        aria-describedby={idOf('expiry-hint')}
                        {...p('expiry', 'ik-InviteDialog-number')}
                      />
                      <span id={idOf('expiry-hint')} className={c('ik-InviteDialog-hint')}>
                        {messages.expiryHint({ min: expiry.min, max: expiry.max, unit: expiry.unit })}
                      </span>
                    </div>
                  )}
                </div>
              )}

              {banner && (
                <p {...p('banner')} data-tone={banner.tone}>
                  {banner.text}
                </p>
              )}

              <div {...p('footer')}>
                <p id={idOf('status')} {...p('status')} data-tone={statusTone}>
                  {statusText}
                </p>
                {banner?.forbidden && clipboard && (
                  // Not allowed here: the list can at least go with the person, to someone who is (F18).
                  <button
                    type="button"
                    {...p('copy', 'ik-Button')}
                    onClick={() => {
                      const text = entries.flatMap((entry) => (isSettled(entry) ? [] : [entry.email])).join('\n');
                      clipboard.writeText(text).then(
                        () => announce(messages.copied),
                        () => announce(messages.copyFailed),
                      );
                    }}
                  >
                    {messages.copyAddresses}
                  </button>
                )}
                {action === 'sending' && (
                  <button
                    type="button"
                    {...p('cancel', 'ik-Button')}
                    onClick={() => {
                      setCancelled(true);
                      batch.cancel();
                    }}
                  >
                    {messages.cancelSend}
                  </button>
                )}
                <button
                  type={action === 'done' ? 'button' : 'submit'}
                  {...p('submit', 'ik-Button')}
                  data-state={action}
                  data-variant="primary"
                  aria-disabled={actionBlocked || undefined}
                  aria-describedby={actionBlocked && statusText ? idOf('status') : undefined}
                  onClick={(event) => {
                    if (action === 'done') handleOpenChange(false);
                    // A blocked button stays focusable so its reason can be read; it just does nothing.
                    else if (actionBlocked) event.preventDefault();
                  }}
                >
                  {action === 'sending' && <SpinnerIcon className={c('ik-spin')} />}
                  {action === 'sending'
                    ? messages.statusSending
                    : action === 'retry'
                      ? messages.retry({ count: retryCount, failed: retryCount - summary.unknown - waiting, unknown: summary.unknown, waiting })
                      : action === 'done'
                        ? messages.done
                        : messages.send({ count: batch.unsentCount })}
                </button>
              </div>
            </form>
            <LiveRegion announcement={announcement} />
          </PortalContainerContext.Provider>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});

// ─── The email field ─────────────────────────────────────────────────────────────────────────────

interface EmailInputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLUListElement | null>;
  draftText: MutableRefObject<string>;
  onCommit: (text: string) => void;
  onRemoveLast: () => void;
  id: string;
  describedBy: string;
  placeholder: string | undefined;
  unstyled: boolean;
}

// A comma inside "quotes", <brackets> or (a comment) belongs to the address being typed.
const insideGroup = (text: string) =>
  (text.split('"').length - 1) % 2 === 1 || text.lastIndexOf('<') > text.lastIndexOf('>') || text.lastIndexOf('(') > text.lastIndexOf(')');

const SEPARATOR_KEYS = new Set([',', ';', '，', '；', '、']);

const isRtl = (element: Element) => getComputedStyle(element).direction === 'rtl';

/** The chip buttons in order, for arrow-key moves between chips and the field. */
const chipButtons = (list: HTMLElement | null) =>
  Array.from(list?.querySelectorAll<HTMLElement>('[data-slot="invite-dialog-chip-button"]') ?? []);

/**
 * The text field: its own state, so a keystroke re-renders the field alone and not the chips.
 * Enter, a comma, a semicolon, a paste or leaving the field turn the text into chips.
 */
function EmailInput({ inputRef, listRef, draftText, onCommit, onRemoveLast, id, describedBy, placeholder, unstyled }: EmailInputProps) {
  const [value, setValueState] = useState(() => draftText.current);
  const setValue = (text: string) => {
    draftText.current = text;
    setValueState(text);
  };
  const commit = (text: string) => {
    setValue('');
    onCommit(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      // Enter finishes an address; it never sends by accident.
      event.preventDefault();
      commit(value);
    } else if (SEPARATOR_KEYS.has(event.key) && value.trim() !== '' && !insideGroup(value)) {
      event.preventDefault();
      commit(value);
    } else if (event.key === 'Backspace' && value === '') {
      event.preventDefault();
      onRemoveLast();
    } else if (
      value === '' || (input.selectionStart === 0 && input.selectionEnd === 0)
        ? event.key === (isRtl(input) ? 'ArrowRight' : 'ArrowLeft')
        : false
    ) {
      const last = chipButtons(listRef.current).at(-1);
      if (last) {
        event.preventDefault();
        last.focus();
      }
    }
  };

  return (
    <input
      ref={inputRef}
      id={id}
      type="text"
      inputMode="email"
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      enterKeyHint="done"
      placeholder={placeholder}
      aria-describedby={describedBy}
      {...part(unstyled, 'input')}
      value={value}
      onChange={(event) => {
        const text = event.currentTarget.value;
        // Keyboards that send no key events (some mobile IMEs) still end an address with a separator.
        if (/[\n,;，；、]$/.test(text) && !insideGroup(text.slice(0, -1))) commit(text);
        else setValue(text);
      }}
      onKeyDown={onKeyDown}
      onPaste={(event) => {
        const pasted = event.clipboardData.getData('text/plain');
        if (!pasted) return;
        event.preventDefault();
        const input = event.currentTarget;
        const start = input.selectionStart ?? value.length;
        const end = input.selectionEnd ?? value.length;
        commit(value.slice(0, start) + pasted + value.slice(end));
      }}
      onBlur={() => {
        if (value.trim() !== '') commit(value);
      }}
    />
  );
}

// ─── One entry ───────────────────────────────────────────────────────────────────────────────────

interface RowShared {
  messages: InviteDialogMessages;
  unstyled: boolean;
  idOf: (name: string) => string;
  listRef: RefObject<HTMLUListElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  removeEntry: (entry: InviteBatchStoreEntry) => void;
  updateEntry: InviteBatch['updateEntry'];
  setRoleSlugs: InviteBatch['setRoleSlugs'];
  roleMode: 'single' | 'multiple';
  roles: RoleCatalog | undefined;
  caller: InviteCaller | undefined;
  theme: Theme | undefined;
  dir: Direction | undefined;
}

interface EntryRowProps {
  entry: InviteBatchStoreEntry;
  /** Whether entries are listed as rows, each with its roles. */
  rows: boolean;
  /** Whether editable rows get their own role picker. */
  perPerson: boolean;
  shared: RowShared;
}

/**
 * One chip (and, per person, its role picker). Memoized on the entry object, which the store keeps
 * identical while the entry does not change: typing re-renders no row.
 */
const EntryRow = memo(function EntryRow({ entry, rows, perPerson, shared }: EntryRowProps) {
  const { messages, unstyled, idOf } = shared;
  const noteId = idOf(`note-${entry.id}`);
  const lockedId = idOf('locked');
  const c = (name: string) => ikClass(unstyled, name);
  const p = (name: string) => part(unstyled, name);
  const [editing, setEditing] = useState(false);
  const chipRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const view = describeEntry(entry, messages);
  const locked = entry.status === 'sending';
  const editable = !entry.readOnly;
  const Icon = STATUS_ICONS[view.kind];

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      chipRef.current?.focus();
    }
  }, [editing]);

  const remove = () => {
    if (locked) return;
    // Focus moves on before the chip goes: to the next chip, else the previous, else the field.
    const buttons = chipButtons(shared.listRef.current);
    const at = buttons.indexOf(chipRef.current as HTMLElement);
    (buttons[at + 1] ?? buttons[at - 1] ?? shared.inputRef.current)?.focus();
    shared.removeEntry(entry);
  };

  const onChipKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove();
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const buttons = chipButtons(shared.listRef.current);
    const at = buttons.indexOf(event.currentTarget);
    const forward = (event.key === 'ArrowRight') !== isRtl(event.currentTarget);
    (forward ? (buttons[at + 1] ?? shared.inputRef.current) : buttons[at - 1])?.focus();
  };

  const describedBy = [idOf('chip-hint'), view.message && noteId, locked && lockedId].filter(Boolean).join(' ');

  return (
    <li {...p('entry')} data-status={view.kind}>
      {editing ? (
        <input
          autoFocus
          type="text"
          inputMode="email"
          defaultValue={entry.email}
          aria-label={messages.editEntry({ email: entry.email })}
          aria-invalid={view.kind === 'invalid' || undefined}
          aria-describedby={view.message ? noteId : undefined}
          {...p('edit')}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              refocus.current = true;
              event.currentTarget.blur();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              refocus.current = true;
              event.currentTarget.value = entry.email;
              event.currentTarget.blur();
            }
          }}
          onBlur={(event) => {
            const text = event.currentTarget.value.trim();
            setEditing(false);
            if (text === '') {
              refocus.current = false;
              shared.inputRef.current?.focus();
              shared.removeEntry(entry);
            }
            else if (text !== entry.email) shared.updateEntry(entry.id, { email: text });
          }}
        />
      ) : (
        <span {...p('chip')} data-status={view.kind}>
          <button
            ref={chipRef}
            type="button"
            data-slot="invite-dialog-chip-button"
            aria-invalid={view.kind === 'invalid' || undefined}
            aria-disabled={!editable || undefined}
            aria-describedby={describedBy}
            onClick={() => editable && setEditing(true)}
            onKeyDown={onChipKeyDown}
          >
            {Icon && <Icon className={view.kind === 'sending' ? c('ik-spin') : undefined} />}
            {/* One hidden text for the name: beside the visible address, the hidden part (positioned, so
                block-like) would be named with a space before its comma. */}
            <bdi aria-hidden={view.label ? true : undefined}>{entry.email}</bdi>
            {view.label && <span style={srOnly}>{`${entry.email}, ${view.label}`}</span>}
          </button>
          <button
            type="button"
            tabIndex={-1}
            data-slot="invite-dialog-chip-remove"
            aria-disabled={locked || undefined}
            aria-describedby={locked ? lockedId : undefined}
            onClick={remove}
          >
            <CloseIcon width={12} height={12} />
            <span style={srOnly}>{messages.removeEntry({ email: entry.email })}</span>
          </button>
        </span>
      )}
      {rows && (!perPerson || !editable) && (
        // Sent, in flight, or following the one picker: what the person gets, as text.
        <span {...p('entry-roles')}>
          <span style={srOnly}>{`${messages.roleLabel}: `}</span>
          {entry.roleSlugs.map((slug) => roleName(slug, shared.roles)).join(', ')}
        </span>
      )}
      {rows && perPerson && editable && (
        <RoleSelect
          aria-label={messages.roleFor({ email: entry.email })}
          groupLabel={messages.customRolesFor({ email: entry.email })}
          mode={shared.roleMode}
          value={entry.roleSlugs}
          onValueChange={(slugs) => shared.setRoleSlugs(entry.id, slugs)}
          customRolesHint={false}
          roles={shared.roles}
          caller={shared.caller}
          messages={messages}
          unstyled={unstyled}
          theme={shared.theme}
          dir={shared.dir}
        />
      )}
    </li>
  );
});

