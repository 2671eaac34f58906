import type { ReactNode } from 'react';
import type { InvitationRowView } from '../../hooks/use-invitation-list';
import { InvitationListRetry } from './actions';
import { srOnly, useInvitationListContext, useSlot } from './context';
import { InvitationListItem } from './item';

/** While the first page loads: skeleton rows (hidden from screen readers, which hear the words instead). */
export function InvitationListSkeleton({ rows = 3, className }: { rows?: number; className?: string }) {
  const list = useInvitationListContext('InvitationListSkeleton');
  const slot = useSlot();
  if (list.view !== 'loading') return null;
  return (
    <div {...slot('skeleton', undefined, className)}>
      <span style={srOnly}>{list.messages.loading}</span>
      <ul aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} />
        ))}
      </ul>
    </div>
  );
}

/** No invitation at all, or none in the chosen state. */
export function InvitationListEmpty({ className }: { className?: string }) {
  const list = useInvitationListContext('InvitationListEmpty');
  const slot = useSlot();
  return list.view === 'empty' ? <p {...slot('empty', undefined, className)}>{list.message}</p> : null;
}

/** The first page failed: why, in words, and Try again. */
export function InvitationListError({ className }: { className?: string }) {
  const list = useInvitationListContext('InvitationListError');
  const slot = useSlot();
  if (list.view !== 'error') return null;
  return (
    <div {...slot('error', undefined, className)}>
      <p>{list.message}</p>
      <InvitationListRetry />
    </div>
  );
}

/** The transport keeps no list (Stytch's magic-link invites): says so, instead of a list that cannot work. */
export function InvitationListUnsupported({ className }: { className?: string }) {
  const list = useInvitationListContext('InvitationListUnsupported');
  const slot = useSlot();
  return list.view === 'unsupported' ? <p {...slot('unsupported', undefined, className)}>{list.message}</p> : null;
}

/** A refresh or "load more" that failed, above the list that stays: why, and Try again. */
export function InvitationListBanner({ className }: { className?: string }) {
  const list = useInvitationListContext('InvitationListBanner');
  const slot = useSlot();
  if (list.view !== 'list' && list.view !== 'empty') return null;
  if (!list.invitations.error) return null;
  return (
    <div {...slot('banner', undefined, className)}>
      <p>{list.message}</p>
      <InvitationListRetry data-variant="ghost" />
    </div>
  );
}

const defaultItem = (row: InvitationRowView) => <InvitationListItem key={row.id} row={row} />;

/**
 * The body: the skeleton while loading, the error with Try again, "keeps no list", the empty text,
 * or the rows as a named list (`aria-busy` while more load).
 */
export function InvitationListItems({
  className,
  renderItem = defaultItem,
}: {
  className?: string;
  /**
   * Renders one row, for a row of your own; give it a `key`.
   * @default (row) => <InvitationListItem key={row.id} row={row} />
   */
  renderItem?: (row: InvitationRowView) => ReactNode;
}) {
  const list = useInvitationListContext('InvitationListItems');
  const slot = useSlot();
  return (
    <>
      <InvitationListBanner />
      <InvitationListSkeleton />
      <InvitationListError />
      <InvitationListUnsupported />
      <InvitationListEmpty />
      {list.view === 'list' && (
        <ul {...slot('items', undefined, className)} {...list.getListProps()}>
          {list.rows.map(renderItem)}
        </ul>
      )}
    </>
  );
}
