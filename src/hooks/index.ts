/**
 * The headless hooks: build your own invite UI on these; the kit's components are built on them too.
 * @module
 */
export { useInviteBatch, type UseInviteBatchOptions, type InviteBatch, type InviteBatchEntry } from './use-invite-batch';
export {
  useLocaleOptions,
  getLocaleOptions,
  type UseLocaleOptionsOptions,
  type LocaleOption,
  type LocaleOptions,
} from './use-locale-options';
export {
  useInviteDialog,
  describeEntry,
  type UseInviteDialogOptions,
  type InviteDialogState,
  type InviteDialogEntryRowProps,
  type InviteDialogAction,
  type InviteDialogTone,
  type InviteDialogCounts,
  type InviteDialogNote,
  type InviteDialogEntryKind,
  type InviteDialogEntryView,
  type InviteDialogRowContext,
  type InviteDialogInputProps,
} from './use-invite-dialog';
export { useInvitations, type UseInvitationsOptions, type Invitations } from './use-invitations';
export {
  useInvitationList,
  type UseInvitationListOptions,
  type InvitationListSource,
  type InvitationListViewOptions,
  type InvitationListState,
  type InvitationListView,
  type InvitationRowView,
  type InvitationRowAction,
} from './use-invitation-list';
export {
  defaultInvitationListMessages,
  describeListError,
  formatRelativeTime,
  type InvitationListMessages,
  type InvitationListActionKind,
  type InvitationListErrorCode,
  type InvitationListTranslation,
} from './invitation-messages';
