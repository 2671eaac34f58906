/**
 * The invitations list as parts and their default composition, `InvitationList`. Apart from the
 * dialog: `import { InviteDialog }` carries none of it.
 * @module
 */
export { InvitationList, InvitationListParts, type InvitationListProps } from './invitation-list';
export { InvitationListRoot, type InvitationListRootProps, type InvitationListLooks } from './root';
export { InvitationListHeader, InvitationListTitle, InvitationListFilter } from './header';
export {
  InvitationListItems,
  InvitationListSkeleton,
  InvitationListEmpty,
  InvitationListError,
  InvitationListUnsupported,
  InvitationListBanner,
} from './items';
export { InvitationListItem, InvitationListConfirm } from './item';
export {
  InvitationListAction,
  InvitationListRefresh,
  InvitationListRetry,
  InvitationListLoadMore,
  type InvitationListActionProps,
  type InvitationListButtonProps,
} from './actions';
export { InvitationListFooter } from './footer';
export { useInvitationListContext, type InvitationListClassNames, type InvitationListSlot } from './context';
