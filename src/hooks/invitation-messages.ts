/**
 * Every string of the invitations list, with English built in, and relative times in the UI's
 * language. Apart from the dialog's messages, so the dialog carries none of them.
 * @module
 */
import { INVITATION_CALL_MESSAGES, INVITATION_ERROR_CODES, type InvitationErrorCode, type InvitationFilter, type InvitationState } from '../core/invitations';
import type { InviteErrorCode, SystemRole } from '../core/types';
import { formatRelativeTime } from '../messages/format';

export { formatRelativeTime };

/** What a person can do to a row, as the list words it. */
export type InvitationListActionKind = 'resend' | 'revoke' | 'reinvite' | 'copyLink';

/** Strings of {@link InvitationList}. A host replaces any of them through `messages`. */
export interface InvitationListMessages {
  /**
   * The language these strings are in (a BCP 47 tag): relative times and numbers follow it, the
   * list gets it as its `lang`, and a list given it writes in its direction (`ar`, `he`: right to
   * left). @default 'en'
   */
  locale?: string;
  /** The list's heading. @default 'Invitations' */
  title: string;
  /** The accessible name of the list of invitations. @default 'Sent invitations' */
  listLabel: string;
  /** The accessible name of the state filter. @default 'Show' */
  filterLabel: string;
  /** A filter button: its state's name and how many are loaded. */
  filterOption: (values: { label: string; count: number }) => string;
  /** The filter that shows every invitation. @default 'All' */
  filterAll: string;
  /** Each state, as the row shows it and the filter names it. */
  states: Record<InvitationState, string>;
  /** Beside the roles, for screen readers. @default 'Role' */
  roleLabel: string;
  /**
   * The names of the four system roles, where the `roles` catalog names none (a custom role is
   * named by the catalog, else by its slug's words). @default Member, Billing, Admin, Owner
   */
  roleNames?: Partial<Record<SystemRole, string>>;
  /** `time` is `Intl.RelativeTimeFormat`'s, in the UI language ("in 3 days"). */
  expiresIn: (values: { time: string }) => string;
  /** `time` is "2 days ago". */
  expiredAgo: (values: { time: string }) => string;
  acceptedAgo: (values: { time: string }) => string;
  revokedAgo: (values: { time: string }) => string;
  sentAgo: (values: { time: string }) => string;
  /** Who sent it, when known. */
  invitedBy: (values: { name: string }) => string;
  /** The actions' visible words. */
  actions: Record<InvitationListActionKind, string>;
  /**
   * The actions' accessible names: they say whose invitation. Each holds its visible words
   * (`actions[action]`), so a person who says or types what they see reaches the button (WCAG
   * 2.5.3, Label in Name): "Copy link to the invitation of ana@acme.com", "Link kopieren: Einladung an …".
   */
  actionFor: (values: { action: InvitationListActionKind; email: string }) => string;
  /** The revoke confirmation's question. */
  confirmRevoke: (values: { email: string }) => string;
  /** The button that confirms revoking. @default 'Revoke' */
  confirmRevokeAction: string;
  /** The button that keeps the invitation. @default 'Keep' */
  cancelRevoke: string;
  /** Under a row while its action is on its way. */
  acting: Record<'resend' | 'revoke' | 'reinvite', string>;
  /** Said (and shown under the row) once an action is done. */
  done: (values: { action: 'resend' | 'revoke' | 'reinvite'; email: string }) => string;
  /** When it failed: `message` says why (the server's words, or `errors[code]`). Rolled back. */
  failed: (values: { action: 'resend' | 'revoke' | 'reinvite'; email: string; message: string }) => string;
  /** When the answer was lost: it may have happened. The next refresh tells. */
  unknown: (values: { action: 'resend' | 'revoke' | 'reinvite'; email: string }) => string;
  /** Why an action is offered disabled: the invitation is for a role above the caller's, or a custom role they do not hold. */
  aboveYourRole: string;
  notHeld: string;
  /** Said once the link is on the clipboard. */
  linkCopied: (values: { email: string }) => string;
  /** Said when the browser refused the clipboard. */
  copyFailed: string;
  /** For screen readers while the first page loads (the rows are a skeleton). @default 'Loading invitations…' */
  loading: string;
  /** No invitation at all. */
  empty: string;
  /** No invitation in the chosen state. */
  emptyFiltered: (values: { state: string }) => string;
  /** The first page failed. */
  loadFailed: (values: { message: string }) => string;
  /** A refresh failed; the list stays. */
  refreshFailed: (values: { message: string }) => string;
  /** "Load more" failed. */
  moreFailed: (values: { message: string }) => string;
  /** The button that tries a failed load again. @default 'Try again' */
  retry: string;
  /** @default 'Refresh' */
  refresh: string;
  /** @default 'Load more' */
  loadMore: string;
  /** While more load. @default 'Loading…' */
  loadingMore: string;
  /** Said once more are shown. */
  loadedMore: (values: { count: number }) => string;
  /** Said once a refresh is in. */
  refreshed: string;
  /** The transport keeps no list (Stytch's magic links): said instead of a list. */
  unsupported: string;
  /** The caller may not see the list (`authorize.forbidden`). */
  forbidden: string;
  /** The session expired (`authorize.unauthenticated`). */
  unauthenticated: string;
  /**
   * Words for error codes (`invite.not_pending` …), keyed by code. A code without words here is
   * said in the kit's English when the kit knows it, and only a code the kit does not know shows
   * the text that came with the error (as plain text). Every language module fills it.
   * @default {}
   */
  errors: Partial<Record<string, string>>;
}

/**
 * Every code the list can be told of: the send codes, the codes of managing invitations, and the
 * store's own two (an action still on its way; a revoke the server did not confirm).
 */
export type InvitationListErrorCode = InviteErrorCode | InvitationErrorCode | 'invite.busy' | 'invite.not_revoked';

/**
 * The list's strings in one language, complete (what `invite-kit/messages/<tag>` exports as
 * `invitationListMessages`): every key, the language's tag, and words for every code.
 */
export interface InvitationListTranslation extends Required<Omit<InvitationListMessages, 'errors' | 'roleNames'>> {
  roleNames: Record<SystemRole, string>;
  errors: Record<InvitationListErrorCode, string>;
}

// English has two forms; the dialog's `plural` would bring every string of the dialog along.
const en = (count: number, forms: { zero?: string; one: string; other: string }) =>
  (count === 0 && forms.zero ? forms.zero : count === 1 ? forms.one : forms.other).replace('#', String(count));

const VERBS = { resend: 'resend', revoke: 'revoke', reinvite: 're-invite' } as const;

// Intl says the current minute as "this minute", which no sentence of the list takes. Compared
// when a time is worded, not when this module loads.
const thisMinute = () => formatRelativeTime(0);
const ago = (time: string) => (time === thisMinute() ? 'just now' : time);
const soon = (time: string) => (time === thisMinute() ? 'in under a minute' : time);

/** The English strings of {@link InvitationList}; spread it to replace only some. */
export const defaultInvitationListMessages: InvitationListMessages = {
  title: 'Invitations',
  listLabel: 'Sent invitations',
  filterLabel: 'Show',
  filterOption: ({ label, count }) => `${label} (${count})`,
  filterAll: 'All',
  states: { pending: 'Pending', expired: 'Expired', revoked: 'Revoked', accepted: 'Accepted' },
  roleLabel: 'Role',
  roleNames: { member: 'Member', billing: 'Billing', admin: 'Admin', owner: 'Owner' },
  expiresIn: ({ time }) => `Expires ${soon(time)}`,
  expiredAgo: ({ time }) => `Expired ${ago(time)}`,
  acceptedAgo: ({ time }) => `Accepted ${ago(time)}`,
  revokedAgo: ({ time }) => `Revoked ${ago(time)}`,
  sentAgo: ({ time }) => `Sent ${ago(time)}`,
  invitedBy: ({ name }) => `Invited by ${name}`,
  actions: { resend: 'Resend', revoke: 'Revoke', reinvite: 'Re-invite', copyLink: 'Copy link' },
  actionFor: ({ action, email }) =>
    ({ resend: `Resend the invitation to ${email}`, revoke: `Revoke the invitation to ${email}`, reinvite: `Re-invite ${email}`, copyLink: `Copy link to the invitation of ${email}` })[action],
  confirmRevoke: ({ email }) => `Revoke the invitation to ${email}? Its link stops working.`,
  confirmRevokeAction: 'Revoke',
  cancelRevoke: 'Keep',
  acting: { resend: 'Resending…', revoke: 'Revoking…', reinvite: 'Inviting again…' },
  done: ({ action, email }) => ({ resend: `Invitation resent to ${email}.`, revoke: `Invitation to ${email} revoked.`, reinvite: `${email} invited again.` })[action],
  failed: ({ action, email, message }) => `Could not ${VERBS[action]} ${email}: ${message}`,
  unknown: ({ action, email }) =>
    `No answer came back for ${email}: it may have been ${{ resend: 'resent', revoke: 'revoked', reinvite: 'invited again' }[action]}. Refresh to see.`,
  aboveYourRole: 'This invitation is for a role above your own.',
  notHeld: 'This invitation gives a role you do not hold.',
  linkCopied: ({ email }) => `Invitation link of ${email} copied.`,
  copyFailed: 'The browser did not allow copying the link.',
  loading: 'Loading invitations…',
  empty: 'No invitations yet. The people you invite show here until they join.',
  emptyFiltered: ({ state }) => `No ${state.toLowerCase()} invitations.`,
  loadFailed: ({ message }) => `The invitations could not be loaded. ${message}`,
  refreshFailed: ({ message }) => `The list could not be refreshed. ${message}`,
  moreFailed: ({ message }) => `More invitations could not be loaded. ${message}`,
  retry: 'Try again',
  refresh: 'Refresh',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loadedMore: ({ count }) => en(count, { zero: 'No more invitations.', one: '# more invitation shown.', other: '# more invitations shown.' }),
  refreshed: 'Invitations refreshed.',
  unsupported:
    'This invitation service sends invitation emails but keeps no list of them, so sent invitations cannot be shown, resent or revoked here.',
  forbidden: 'You do not have permission to see this organization’s invitations.',
  unauthenticated: 'Your session has expired. Sign in again to see the invitations.',
  errors: {},
};

/**
 * What the list says about a failure: the messages' words for its code; else, for the codes of
 * managing invitations and the network's (worded as a call about invitations: nothing "may have
 * been sent"), the kit's English; else the text the server or vendor sent. The built-in English
 * carries no words for the send codes (`invite.already_pending` …: the dialog's catalog, which the
 * list does not bundle); every language module, `invite-kit/messages/en` too, has words for all
 * of them. Own entries only: a server may send any string as a code ("toString" …).
 */
export function describeListError(error: { code: string; message: string }, errors: InvitationListMessages['errors']): string {
  const { code } = error;
  if (Object.hasOwn(errors, code) && errors[code] !== undefined) return errors[code];
  if (Object.hasOwn(INVITATION_CALL_MESSAGES, code)) return INVITATION_CALL_MESSAGES[code as keyof typeof INVITATION_CALL_MESSAGES];
  return Object.hasOwn(INVITATION_ERROR_CODES, code) ? INVITATION_ERROR_CODES[code as InvitationErrorCode].message : error.message;
}

/** The filter's words: `All`, or a state's name. */
export const filterLabel = (messages: InvitationListMessages, filter: InvitationFilter) => (filter === 'all' ? messages.filterAll : messages.states[filter]);
