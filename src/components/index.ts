/**
 * The styled components: `InviteDialog`, `InvitationList`, `RoleSelect`, `LocalePicker`, their props and messages.
 * Import `invite-kit/styles.css` once for the default look, or pass `unstyled` and style by `data-slot`.
 * @module
 */
export * from './invite-dialog/index';
export * from './invitation-list/index';
export { RoleSelect, type RoleSelectProps } from './role-select';
export { LocalePicker, type LocalePickerProps } from './locale-picker';
export {
  defaultInviteMessages,
  defaultRoleSelectMessages,
  defaultLocalePickerMessages,
  formatMessage,
  formatDuration,
  formatCountdown,
  formatNumber,
  formatUnit,
  formatList,
  isolate,
  plural,
  describeError,
  type DescribableError,
  type InviteKitMessages,
  type InviteReasonMessages,
  type InviteDialogMessages,
  type RoleSelectMessages,
  type LocalePickerMessages,
  type InviteCounts,
  type AddedCounts,
  type PluralForms,
} from './messages';
export {
  defaultInvitationListMessages,
  describeListError,
  formatRelativeTime,
  type InvitationListErrorCode,
  type InvitationListMessages,
  type InvitationListTranslation,
} from '../hooks/invitation-messages';
export type { Theme, Direction } from './environment';
