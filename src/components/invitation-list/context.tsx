import { createContext, useContext } from 'react';
import type { InvitationListState } from '../../hooks/use-invitation-list';
import { cx } from '../cx';

/**
 * Every part that carries a class, by slot: `data-slot="invitation-list-<slot>"`, the class
 * `ik-InvitationList-<slot>`, and the key of `classNames` in camel case (`load-more` → `loadMore`).
 */
export type InvitationListSlot =
  | 'header'
  | 'title'
  | 'filter'
  | 'filter-option'
  | 'refresh'
  | 'banner'
  | 'items'
  | 'item'
  | 'person'
  | 'email'
  | 'state'
  | 'details'
  | 'roles'
  | 'time'
  | 'sent'
  | 'inviter'
  | 'note'
  | 'actions'
  | 'action'
  | 'reason'
  | 'confirm'
  | 'confirm-text'
  | 'confirm-action'
  | 'cancel-confirm'
  | 'skeleton'
  | 'empty'
  | 'error'
  | 'retry'
  | 'unsupported'
  | 'footer'
  | 'load-more';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** Classes for parts by slot, merged after the kit's own and before a part's `className`. */
export type InvitationListClassNames = Partial<Record<CamelCase<InvitationListSlot> | 'root', string>>;

/** How the parts look: the same object until one of these changes. */
export interface InvitationListView {
  unstyled: boolean;
  classNames: InvitationListClassNames | undefined;
}

export const InvitationListContext = createContext<InvitationListState | null>(null);
export const InvitationListViewContext = createContext<InvitationListView>({ unstyled: false, classNames: undefined });

/**
 * The list's state and prop getters, for a part of your own inside `InvitationListRoot`.
 * @param part The caller's name, for the error thrown outside the root.
 * @example
 * function PendingCount() {
 *   const { invitations } = useInvitationListContext('PendingCount');
 *   return <span>{invitations.counts.pending} pending</span>;
 * }
 */
export function useInvitationListContext(part = 'useInvitationListContext'): InvitationListState {
  const context = useContext(InvitationListContext);
  if (!context) throw new Error(`\`${part}\` must be used within \`InvitationListRoot\``);
  return context;
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The slot helper of the parts: `data-slot` and classes (the kit's unless unstyled, `classNames[slot]`, then `className`). */
export function useSlot() {
  const { unstyled, classNames } = useContext(InvitationListViewContext);
  return (name: InvitationListSlot, shared?: string, className?: string) => ({
    'data-slot': `invitation-list-${name}`,
    className: cx(!unstyled && `ik-InvitationList-${name}`, !unstyled && shared, classNames?.[camel(name) as keyof InvitationListClassNames], className),
  });
}

export { srOnly } from '../live-region';
