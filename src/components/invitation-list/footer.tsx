import type { ReactNode } from 'react';
import { InvitationListLoadMore } from './actions';
import { useInvitationListContext, useSlot } from './context';

/** Under the list: "Load more" while the API has another page, and why the last one failed. */
export function InvitationListFooter({ children, className }: { children?: ReactNode; className?: string }) {
  const list = useInvitationListContext('InvitationListFooter');
  const slot = useSlot();
  if (list.view !== 'list' || (!list.invitations.hasMore && !children)) return null;
  return (
    <div {...slot('footer', undefined, className)}>
      {children ?? (
        <>
          {list.invitations.moreError && <p>{list.message}</p>}
          <InvitationListLoadMore />
        </>
      )}
    </div>
  );
}
