import { Slot } from '@radix-ui/react-slot';
import type { ReactNode } from 'react';
import { InvitationListRefresh } from './actions';
import { useInvitationListContext, useSlot } from './context';

/**
 * The list's title, an `h2` (with `asChild`, your own heading: `<InvitationListTitle asChild><h3 /></InvitationListTitle>`).
 * It names the list's region.
 */
export function InvitationListTitle({ asChild = false, children, className }: { asChild?: boolean; children?: ReactNode; className?: string }) {
  const list = useInvitationListContext('InvitationListTitle');
  const slot = useSlot();
  const Heading = asChild ? Slot : 'h2';
  return (
    <Heading id={list.idOf('title')} {...slot('title', undefined, className)}>
      {asChild ? children : (children ?? list.messages.title)}
    </Heading>
  );
}

/**
 * The state filter: All, Pending, Expired, Revoked, Accepted, each with how many are loaded, as
 * toggle buttons in a named group (one pressed). Hidden until there is something to filter.
 */
export function InvitationListFilter({ className }: { className?: string }) {
  const list = useInvitationListContext('InvitationListFilter');
  const slot = useSlot();
  // Nothing to filter: no list, or nothing in it yet.
  if (list.invitations.items.length === 0) return null;
  return (
    <div role="group" aria-label={list.messages.filterLabel} {...slot('filter', undefined, className)}>
      {list.filters.map((filter) => (
        <button key={filter.value} {...slot('filter-option', 'ik-Button')} data-variant="ghost" {...list.getFilterProps(filter.value)}>
          {list.messages.filterOption({ label: filter.label, count: filter.count })}
        </button>
      ))}
    </div>
  );
}

/** The header: the title, the filter and Refresh; `children` replace them, in your order. */
export function InvitationListHeader({ children, className }: { children?: ReactNode; className?: string }) {
  useInvitationListContext('InvitationListHeader');
  const slot = useSlot();
  return (
    <div {...slot('header', undefined, className)}>
      {children ?? (
        <>
          <InvitationListTitle />
          <InvitationListRefresh data-variant="ghost" />
          <InvitationListFilter />
        </>
      )}
    </div>
  );
}
