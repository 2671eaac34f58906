import { forwardRef } from 'react';
import { InvitationListAction, InvitationListLoadMore, InvitationListRefresh, InvitationListRetry } from './actions';
import { useInvitationListContext } from './context';
import { InvitationListFooter } from './footer';
import { InvitationListFilter, InvitationListHeader, InvitationListTitle } from './header';
import { InvitationListConfirm, InvitationListItem } from './item';
import { InvitationListBanner, InvitationListEmpty, InvitationListError, InvitationListItems, InvitationListSkeleton, InvitationListUnsupported } from './items';
import type { UseInvitationListOptions } from '../../hooks/use-invitation-list';
import { InvitationListRoot, type InvitationListLooks } from './root';

/**
 * Props of {@link InvitationList}: a `transport` and everything `useInvitations` takes (or the
 * host's `invitations`), the list's behaviour, and how it looks.
 */
export type InvitationListProps = UseInvitationListOptions & Omit<InvitationListLooks, 'children'>;

/**
 * The organization's sent invitations: each with its state in words, roles, "expires in 3 days"
 * (by the server's clock, in the UI language), who sent it, and the actions that work — Resend,
 * Re-invite, Copy link, Revoke (after a confirmation) — optimistic, rolled back with the reason,
 * honest when an answer was lost; a state filter (pending first), a skeleton while loading, an
 * error with Try again, "Load more" with the API's cursor, and every outcome said once through a
 * polite live region. It shows only what the transport can do, and explains a transport that
 * keeps no list (Stytch).
 *
 * It is its parts in their default order; compose them yourself (`InvitationList.Root`,
 * `InvitationList.Items`, `InvitationList.Action asChild` …).
 * @example
 * <InvitationList transport={createBatchApiInvitations({ url: '/api/orgs/org_1/invitations' })} onSend={onSend} caller={me} />
 */
const InvitationListComposed = forwardRef<HTMLElement, InvitationListProps>(function InvitationList(props, ref) {
  return (
    <InvitationListRoot ref={ref} {...props}>
      <InvitationListHeader />
      <InvitationListItems />
      <InvitationListFooter />
    </InvitationListRoot>
  );
});

/** Every part of the list, as a namespace (like Radix's `Dialog.Root`): also `InvitationList.Root`, `InvitationList.Item` … */
export const InvitationListParts = {
  Root: InvitationListRoot,
  Header: InvitationListHeader,
  Title: InvitationListTitle,
  Filter: InvitationListFilter,
  Refresh: InvitationListRefresh,
  Items: InvitationListItems,
  Item: InvitationListItem,
  Action: InvitationListAction,
  Confirm: InvitationListConfirm,
  Banner: InvitationListBanner,
  Skeleton: InvitationListSkeleton,
  Empty: InvitationListEmpty,
  Error: InvitationListError,
  Retry: InvitationListRetry,
  Unsupported: InvitationListUnsupported,
  Footer: InvitationListFooter,
  LoadMore: InvitationListLoadMore,
  useContext: useInvitationListContext,
};

export const InvitationList = Object.assign(InvitationListComposed, InvitationListParts);
