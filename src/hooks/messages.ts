/**
 * Every string a person reads in the kit's components, with English built in. A host replaces any
 * of them through the `messages` prop: plain strings, or functions for strings that carry values;
 * or passes a whole language (`import de from 'invite-kit/messages/de'`), an {@link InviteKitMessages}.
 * @module
 */

import { INVITE_ERROR_CODES, isInviteErrorCode } from '../core/error-codes';
import type { InviteIssueReason, InviteReasonParams } from '../core/reasons';
import type { InviteErrorCode, SystemRole } from '../core/types';
import { plural, type PluralForms } from '../messages/format';

export { plural, formatMessage, formatDuration, formatCountdown, formatNumber, formatUnit, formatList, isolate, type PluralForms } from '../messages/format';

// ─── Message types ───────────────────────────────────────────────────────────────────────────────

/** Strings of {@link RoleSelect}. */
export interface RoleSelectMessages {
  /**
   * The language these strings are in, as a BCP 47 tag: plural forms, numbers and the language
   * names follow it, and a dialog given it writes in its direction (`ar`, `he`: right to left).
   * @default 'en'
   */
  locale?: string;
  /** The system roles' names where the role catalog names none. @default 'Member', 'Billing', 'Admin', 'Owner' */
  roleNames?: Partial<Record<SystemRole, string>>;
  /** The trigger's accessible name when no `aria-label`/`aria-labelledby` is given. @default 'Role' */
  roleSelectLabel: string;
  /** Shown in the trigger before a role is chosen. @default 'Choose a role' */
  rolePlaceholder: string;
  /** The heading of the custom roles list. @default 'Custom roles' */
  customRolesLabel: string;
  /** Why the custom roles are unavailable while another system role than member is chosen. */
  customRolesNeedMember: (values: { member: string }) => string;
  /**
   * Why a role is offered disabled: it is above the caller's own. `role` is the caller's role slug,
   * `name` its display name.
   * @default `Above your own role (${role}).`
   */
  roleAboveYourLevel: (values: { role: string; name: string }) => string;
  /** Why a custom role is offered disabled: the caller does not hold it. @default 'Only people who hold this role can give it.' */
  roleNotHeld: string;
  /** Beside a pasted custom role the organization does not have, in the compact picker. */
  roleUnknown: string;
}

/** Strings of {@link LocalePicker}. */
export interface LocalePickerMessages {
  /** The language these strings are in: the language names are written in it. @default 'en' */
  locale?: string;
  /** The trigger's accessible name when no `aria-label`/`aria-labelledby` is given. @default 'Language' */
  localeSelectLabel: string;
  /** Shown in the trigger before a language is chosen. @default 'Choose a language' */
  localePlaceholder: string;
}

/** What a summary or a button counts. */
export interface InviteCounts {
  /** Invited. */
  sent: number;
  /** Already a member or already invited: nothing to do. */
  alreadyInvited: number;
  /** Refused, with a reason. */
  failed: number;
  /** May have been sent (timeout, lost answer). */
  unknown: number;
  /** Rate-limited: not sent, and sent again once the wait is over; not counted in `failed`. @default 0 */
  waiting?: number;
  /** Of `alreadyInvited`, those already members; given, the summary words them apart. */
  alreadyMember?: number;
  /** Of `alreadyInvited`, those with an invitation already pending. */
  alreadyPending?: number;
}

/** What a paste or a typed address did, for {@link InviteDialogMessages.added}. */
export interface AddedCounts {
  added: number;
  duplicates: number;
  invalid: number;
  /**
   * No longer passed: what does not fit is kept by the dialog and said in its own note (`kept`).
   * @deprecated
   */
  notAdded?: number;
  /** Whether the first line was a table header and was skipped. */
  skippedHeader?: boolean;
  /** Entries whose pasted roles were not applied: the transport takes no roles. @default 0 */
  rolesIgnored?: number;
}

/** Strings of {@link InviteDialog}, including those of the role and language pickers inside it. */
export interface InviteDialogMessages extends RoleSelectMessages, LocalePickerMessages {
  /** The default trigger button's text (when `trigger` is a boolean `true`). @default 'Invite people' */
  trigger: string;
  /** The dialog's title. @default 'Invite people' */
  title: string;
  /** The dialog's description, read with the title. */
  description: string;
  /** The close button's accessible name. @default 'Close' */
  close: string;
  /** The email field's label. @default 'Email addresses' */
  emailLabel: string;
  /** The email field's placeholder. */
  emailPlaceholder: string;
  /** How to enter addresses, under the field. */
  emailHint: string;
  /** The visible counter. @default `${count} / ${max}` */
  counter: (values: { count: number; max: number }) => string;
  /** The counter as a screen reader hears it. */
  counterLabel: (values: { count: number; max: number }) => string;
  /** The accessible name of the list of addresses. @default 'Addresses to invite' */
  entriesLabel: string;
  /** How to use a chip by keyboard, read after its address. */
  chipHint: string;
  /** The accessible name of the field that edits a chip. */
  editEntry: (values: { email: string }) => string;
  /** The accessible name of a chip's remove button. */
  removeEntry: (values: { email: string }) => string;
  /** Why an entry in flight cannot be edited or removed. */
  entryLocked: string;
  /**
   * No longer shown: every listed address is shown, and what does not fit is kept (`kept`). Kept
   * so hosts that set it still type-check.
   * @deprecated
   */
  overflow?: (values: { count: number }) => string;
  /** The button that empties the list. @default 'Remove all' */
  clearAll: string;
  /** Shown under the field and announced after a paste or a typed address is added. */
  added: (values: AddedCounts) => string;
  /** No longer said: removals say `removedMany`. Kept so hosts that set it still type-check. @deprecated */
  removed?: (values: { email: string }) => string;
  /** Status of an entry in flight. @default 'Sending' */
  statusSending: string;
  /** Status of an invited entry. @default 'Invited' */
  statusSent: string;
  /** Status of an entry whose person is already a member (neutral). @default 'Already a member' */
  statusAlreadyMember: string;
  /** Status of an entry whose person already has a pending invitation (neutral). @default 'Already invited' */
  statusAlreadyPending: string;
  /** Status of an entry that was rate-limited and goes out again after the wait (neutral). @default 'Waiting' */
  statusWaiting: string;
  /** Status of an entry that failed. @default 'Failed' */
  statusFailed: string;
  /** Status of an entry that may have been sent (timeout, lost answer). @default 'May have been sent' */
  statusUnknown: string;
  /** Status of an entry that breaks a rule. @default 'Needs a fix' */
  statusInvalid: string;
  /** The one-role-for-everyone picker's label. @default 'Role' */
  roleLabel: string;
  /** The switch that gives each person their own role. @default 'Set a role per person' */
  rolePerPerson: string;
  /** The accessible name of one person's role picker. */
  roleFor: (values: { email: string }) => string;
  /**
   * No longer used: custom roles live in the one role control of a row (`roleFor`). Kept so hosts
   * that set it still type-check.
   * @deprecated
   */
  customRolesFor?: (values: { email: string }) => string;
  /** A note about one person's role (not their address): what is wrong with it. */
  roleNote: (values: { email: string; message: string }) => string;
  /** Why Send is disabled: people whose role needs a fix. */
  blockedRoles: (values: { count: number }) => string;
  /** A note shared by several people, said once: `count` people, then the note. */
  noteGroup: (values: { count: number; message: string }) => string;
  /** The rate-limit wait beside a note of waiting people. `time` is `m:ss`. */
  retryIn: (values: { time: string }) => string;
  /** Said once the rate limit is over, while people still wait: nothing goes out by itself. */
  retryNow: string;
  /**
   * No longer shown: what does not fit is kept out of the field, and `kept` says so. Kept so
   * hosts that set it still type-check.
   * @deprecated
   */
  overflowKept?: (values: { count: number; max: number }) => string;
  /**
   * The note about what pastes held beyond the limit, kept out of the field: `count` addresses
   * (0: no `@` in it); `full` while the list is full, so they join it only after a send.
   */
  kept: (values: { count: number; max: number; full: boolean }) => string;
  /** The kept note's button that adds the next that fit. */
  keptAdd: (values: { count: number }) => string;
  /** The kept note's button that copies all of it. @default 'Copy them' */
  keptCopy: string;
  /** The button (in a note) that applies a suggested spelling with one click. */
  didYouMean: (values: { email: string; suggestion: string }) => string;
  /** In the status line: addresses whose domain looks misspelt (a warning: Send still works). */
  typoWarning: (values: { count: number }) => string;
  /** Said, and shown beside Undo, after addresses were removed. */
  removedMany: (values: { count: number; email: string }) => string;
  /** The button that puts removed addresses back. @default 'Undo' */
  undo: string;
  /** Announced after Undo. */
  restored: (values: { count: number }) => string;
  /** The invitation email's language picker label. @default 'Email language' */
  localeLabel: string;
  /** The expiry field's label. */
  expiryLabel: (values: { unit: 'days' | 'minutes' }) => string;
  /** The expiry field's allowed range. */
  expiryHint: (values: { min: number; max: number; unit: 'days' | 'minutes' }) => string;
  /** The send button, naming how many will be sent. */
  send: (values: { count: number }) => string;
  /**
   * The button that resends what failed and can be retried: `count` in all, of which `unknown`
   * may have been sent (timeout, lost answer, a 5xx), `waiting` were rate-limited, and `failed`
   * surely were not sent.
   */
  retry: (values: { count: number; failed?: number; unknown?: number; waiting?: number }) => string;
  /** The button that stops a send in flight. @default 'Cancel' */
  cancelSend: string;
  /** The button that closes the dialog after a send. @default 'Done' */
  done: string;
  /** Progress while sending: `current` is the one going out now. */
  progress: (values: { current: number; total: number }) => string;
  /** The outcome of a send, shown and announced. */
  summary: (values: InviteCounts) => string;
  /** Why Send is disabled: nothing to send. */
  blockedEmpty: string;
  /** Why Send is disabled: entries break a rule. */
  blockedInvalid: (values: { count: number }) => string;
  /** Why Send is disabled: the browser is offline. Nothing is sent by itself once it is back. */
  offline: string;
  /** Why Send is disabled: the server asked to wait. `time` is the countdown as `m:ss`. */
  rateLimited: (values: { seconds: number; time: string }) => string;
  /** Shown when the session expired (`authorize.unauthenticated`): the list is kept. */
  unauthenticated: string;
  /** Shown when the caller may not invite (`authorize.forbidden`): the list is kept. */
  forbidden: string;
  /** The button, shown with `forbidden`, that copies the addresses not sent, one a line. @default 'Copy addresses' */
  copyAddresses: string;
  /** Announced once the addresses are on the clipboard. @default 'Addresses copied.' */
  copied: string;
  /** Announced when the browser refused the clipboard. */
  copyFailed: string;
  /** Shown when the server asks to confirm identity (`mfa.step_up_required`): the list is kept. */
  stepUp: string;
  /** Shown while the host's `onAuthRequired` runs. */
  awaitingAuth: string;
  /** Shown while the host's `onStepUp` runs. */
  awaitingStepUp: string;
  /** Shown after the person cancelled a send. */
  cancelled: string;
  /** The button, under an "already invited" person, that resends their invitation (with `onResend`). @default 'Resend invitation' */
  resendInvitation: string;
  /** While it is on its way. @default 'Resending…' */
  resending: string;
  /** Once it went. @default 'Invitation resent.' */
  resent: string;
  /** When it did not: `message` says why. */
  resendFailed: (values: { message: string }) => string;
  /**
   * What to say for an error code (`invite.send_failed`, `invite.org_rate_limited` …, and a
   * server's own codes). Without one, a code the kit knows is said in the catalog's English
   * (`INVITE_ERROR_CODES`), and only an unknown code shows the message that came with it, as plain
   * text. See {@link describeError}.
   * @default {}
   */
  errors: Partial<Record<string, string>>;
  /**
   * What to say for a reason core gives beside a code (`missing_at`, `too_many` …), with its
   * values; a reason without words here falls back to its code's. English needs none: core words
   * every reason in English itself.
   * @default {}
   */
  reasons?: Partial<InviteReasonMessages>;
}

/**
 * The words for each reason of {@link InviteReasonParams}: a string, or a function of the reason's
 * values for those that name some. Roles arrive as slugs, as they were given: a language shows a
 * system role by its `roleNames` and a custom role (pasted from a table, most likely) as typed.
 */
export type InviteReasonMessages = {
  [R in InviteIssueReason]: keyof InviteReasonParams[R] extends never ? string : (params: InviteReasonParams[R]) => string;
};

/** Keys no longer read, kept optional so hosts that set them still type-check. */
type DeprecatedMessageKeys = 'overflow' | 'removed' | 'customRolesFor' | 'overflowKept';

/**
 * Everything the kit's components say, in one language, with nothing left out: what each
 * `invite-kit/messages/<tag>` module exports, and what a language of a host's own `satisfies`.
 * Pass it as `messages` to `InviteDialog`, `RoleSelect` or `LocalePicker`. A string the kit adds is
 * one every language must have: the typecheck names the languages that lack it.
 * @example
 * import de from 'invite-kit/messages/de';
 * <InviteDialog onSend={onSend} messages={{ ...de, title: 'Team einladen' }} />
 */
export interface InviteKitMessages
  extends Required<Omit<InviteDialogMessages, DeprecatedMessageKeys | 'errors' | 'reasons' | 'roleNames'>> {
  /** Words for every code the kit knows. */
  errors: Record<InviteErrorCode, string>;
  /** Words for every reason core gives. */
  reasons: InviteReasonMessages;
  /** The names of the four system roles. */
  roleNames: Record<SystemRole, string>;
}

/** The part of an issue or a send error that {@link describeError} reads. */
export interface DescribableError {
  code: string;
  message: string;
  reason?: string | undefined;
  params?: object | undefined;
}

/**
 * What a person reads about an issue or a send error, in the language of `messages`: the words for
 * its reason, with its values; else the words for its code; else, for a code the kit knows, the
 * catalog's English (core's own English where it gave a reason); and only for a code the kit does
 * not know, the message that came with it (a vendor's or a server's text), shown as plain text.
 * @example describeError(issue, de) // 'Es fehlt das @ (eine Adresse sieht so aus: name@firma.de).'
 */
export function describeError(error: DescribableError, messages: Pick<InviteDialogMessages, 'errors' | 'reasons'>): string {
  const { code, reason } = error;
  // Own entries only: a server may send any string as a code ("toString" …).
  const words = reason && messages.reasons && Object.hasOwn(messages.reasons, reason) ? messages.reasons[reason as InviteIssueReason] : undefined;
  if (typeof words === 'function') return (words as (params: object) => string)(error.params ?? {});
  return (
    words ??
    (Object.hasOwn(messages.errors, code) ? messages.errors[code] : undefined) ??
    (!reason && isInviteErrorCode(code) ? INVITE_ERROR_CODES[code].message : error.message)
  );
}

// ─── English ─────────────────────────────────────────────────────────────────────────────────────

const en = (count: number, forms: PluralForms) => plural(count, forms, 'en');

/** The English strings of {@link RoleSelect}. */
export const defaultRoleSelectMessages: RoleSelectMessages = {
  roleSelectLabel: 'Role',
  rolePlaceholder: 'Choose a role',
  customRolesLabel: 'Custom roles',
  customRolesNeedMember: ({ member }) => `Custom roles can only be given with the ${member} role.`,
  roleAboveYourLevel: ({ role }) => `Above your own role (${role}).`,
  roleNotHeld: 'Only people who hold this role can give it.',
  roleUnknown: 'Not a role in this organization: untick it.',
};

/** The English strings of {@link LocalePicker}. */
export const defaultLocalePickerMessages: LocalePickerMessages = {
  localeSelectLabel: 'Language',
  localePlaceholder: 'Choose a language',
};

/** The English strings of {@link InviteDialog}; spread it to replace only some. */
export const defaultInviteMessages: InviteDialogMessages = {
  ...defaultRoleSelectMessages,
  ...defaultLocalePickerMessages,
  trigger: 'Invite people',
  title: 'Invite people',
  description: 'Each person gets an email with a link to join your organization.',
  close: 'Close',
  emailLabel: 'Email addresses',
  emailPlaceholder: 'name@company.com',
  emailHint: 'Press Enter, a comma or a semicolon after each address, or paste a list.',
  counter: ({ count, max }) => `${count} / ${max}`,
  counterLabel: ({ count, max }) => en(max, { one: `${count} of at most # address`, other: `${count} of at most # addresses` }),
  entriesLabel: 'Addresses to invite',
  chipHint: 'Enter to edit, Delete to remove.',
  editEntry: ({ email }) => `Edit ${email}`,
  removeEntry: ({ email }) => `Remove ${email}`,
  entryLocked: 'Being sent: it cannot be changed now.',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored }) =>
    [
      en(added, { zero: 'No new address added.', one: 'Added # address.', other: 'Added # addresses.' }),
      duplicates > 0 && en(duplicates, { one: '# duplicate merged.', other: '# duplicates merged.' }),
      invalid > 0 && en(invalid, { one: '# is not a valid address.', other: '# are not valid addresses.' }),
      skippedHeader && 'Header row skipped.',
      rolesIgnored &&
        en(rolesIgnored, {
          one: 'The role given to # person was not applied: this service takes no roles.',
          other: 'The roles given to # people were not applied: this service takes no roles.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  clearAll: 'Remove all',
  statusSending: 'Sending',
  statusSent: 'Invited',
  statusAlreadyMember: 'Already a member',
  statusAlreadyPending: 'Already invited',
  statusWaiting: 'Waiting',
  statusFailed: 'Failed',
  statusUnknown: 'May have been sent',
  statusInvalid: 'Needs a fix',
  roleLabel: 'Role',
  rolePerPerson: 'Set a role per person',
  roleFor: ({ email }) => `Role for ${email}`,
  roleNote: ({ email, message }) => `Role for ${email}: ${message}`,
  blockedRoles: ({ count }) => en(count, { one: 'Choose a valid role for # person to send.', other: 'Choose a valid role for # people to send.' }),
  noteGroup: ({ count, message }) => `${en(count, { other: '# people' })}: ${message}`,
  retryIn: ({ time }) => `Retry in ${time}.`,
  retryNow: 'The wait is over: you can retry now.',
  kept: ({ count, max, full }) =>
    `Only ${max} people at once. ${en(count, { zero: 'The rest is kept.', one: '# more address is kept.', other: '# more addresses are kept.' })}${full ? ' They join the list after a send.' : ''}`,
  keptAdd: ({ count }) => `Add the next ${count}`,
  keptCopy: 'Copy them',
  didYouMean: ({ suggestion }) => `Did you mean ${suggestion}?`,
  typoWarning: ({ count }) => en(count, { one: 'Check # address: it may be misspelt.', other: 'Check # addresses: they may be misspelt.' }),
  removedMany: ({ count, email }) => (count === 1 ? `Removed ${email}.` : en(count, { other: 'Removed # addresses.' })),
  undo: 'Undo',
  restored: ({ count }) => en(count, { one: 'Restored # address.', other: 'Restored # addresses.' }),
  localeLabel: 'Email language',
  expiryLabel: ({ unit }) => `Invitation valid for (${unit})`,
  expiryHint: ({ min, max, unit }) => `From ${min} to ${max} ${unit}.`,
  send: ({ count }) => en(count, { zero: 'Send invitations', one: 'Send # invitation', other: 'Send # invitations' }),
  // Rate-limited ones are neither failed nor unconfirmed: with any of them the count stands alone.
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    `Retry ${
      waiting > 0
        ? en(count, { other: '#' })
        : [failed > 0 && en(failed, { other: '# failed' }), unknown > 0 && en(unknown, { other: '# unconfirmed' })].filter(Boolean).join(', ')
    }`,
  cancelSend: 'Cancel',
  done: 'Done',
  progress: ({ current, total }) => `Sending ${current} of ${total}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && en(sent, { other: '# invited' }),
      alreadyMember !== undefined && alreadyMember > 0 && en(alreadyMember, { one: '# already a member', other: '# already members' }),
      alreadyPending > 0 && en(alreadyPending, { other: '# already invited' }),
      failed > 0 && en(failed, { other: '# failed' }),
      waiting > 0 && en(waiting, { other: '# waiting' }),
      unknown > 0 && en(unknown, { other: '# may have been sent' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Add at least one email address to send.',
  blockedInvalid: ({ count }) =>
    en(count, { one: 'Fix or remove # address to send.', other: 'Fix or remove # addresses to send.' }),
  offline: "You're offline. You can send the invitations once you're back online.",
  rateLimited: ({ time }) => `Too many invitations for now. You can retry in ${time}.`,
  unauthenticated: 'Your session has expired. Sign in again, then retry: your list is kept.',
  forbidden: 'You do not have permission to invite people to this organization. Your list is kept.',
  copyAddresses: 'Copy addresses',
  copied: 'Addresses copied.',
  copyFailed: 'The browser did not allow copying the addresses.',
  stepUp: 'Confirm your identity to send these invitations, then retry: your list is kept.',
  awaitingAuth: 'Waiting for you to sign in…',
  awaitingStepUp: 'Waiting for you to confirm your identity…',
  cancelled: 'Sending cancelled. Nothing you entered was lost.',
  resendInvitation: 'Resend invitation',
  resending: 'Resending…',
  resent: 'Invitation resent.',
  resendFailed: ({ message }) => `Not resent. ${message}`,
  errors: {},
};
