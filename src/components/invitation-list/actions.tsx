import { composeEventHandlers } from '@radix-ui/primitive';
import { Slot } from '@radix-ui/react-slot';
import { Children, cloneElement, forwardRef, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';
import type { InvitationListActionKind as RowAction } from '../../hooks/invitation-messages';
import type { InvitationListState, InvitationRowView } from '../../hooks/use-invitation-list';
import { useInvitationListContext, useSlot, type InvitationListSlot } from './context';

/** Props of the list's buttons. */
export interface InvitationListButtonProps extends ComponentPropsWithoutRef<'button'> {
  /**
   * Use the single child element (your own `<Button>`) instead of the kit's button: the action's
   * props, handlers and ref are merged into it (your `onClick` runs first and may
   * `preventDefault()`); if it has no children of its own, it gets the kit's words.
   * @default false
   */
  asChild?: boolean;
}

/** Renders a button or, with `asChild`, the host's element, with the kit's props merged in. */
function Button({ asChild, children, words, merged }: { asChild: boolean; children: ReactNode; words: ReactNode; merged: Record<string, unknown> }) {
  if (!asChild) return <button {...merged}>{children ?? words}</button>;
  const child = Children.only(children) as ReactElement<{ children?: ReactNode }>;
  return <Slot {...merged}>{child.props.children == null ? cloneElement(child, undefined, words) : child}</Slot>;
}

type ListGetter = 'getRetryProps' | 'getRefreshProps' | 'getLoadMoreProps';

/** A button of the whole list: shown when `shown` says so, with the props of `getter`. */
function createListButton(name: string, slotName: InvitationListSlot, getter: ListGetter, words: (list: InvitationListState) => ReactNode, shown: (list: InvitationListState) => boolean) {
  const Action = forwardRef<HTMLButtonElement, InvitationListButtonProps>(function Action({ asChild = false, children, className, onClick, ...props }, ref) {
    const list = useInvitationListContext(name);
    const slot = useSlot();
    if (!shown(list)) return null;
    const { onClick: own, ...kit } = list[getter]();
    const merged = { ...slot(slotName, 'ik-Button', className), ...kit, ...props, ref, onClick: composeEventHandlers(onClick, own) };
    return <Button asChild={asChild} words={words(list)} merged={merged}>{children}</Button>;
  });
  Action.displayName = name;
  return Action;
}

/** Loads the first page again; the list stays on screen meanwhile. Hidden where the transport cannot list. */
export const InvitationListRefresh = createListButton(
  'InvitationListRefresh',
  'refresh',
  'getRefreshProps',
  (list) => list.messages.refresh,
  (list) => list.view !== 'unsupported' && list.view !== 'error',
);

/** Tries the failed first page again (in the error view). */
export const InvitationListRetry = createListButton('InvitationListRetry', 'retry', 'getRetryProps', (list) => list.messages.retry, (list) => list.view === 'error' || !!list.invitations.error);

/** Loads the next page with the API's cursor; shown while there is one. */
export const InvitationListLoadMore = createListButton(
  'InvitationListLoadMore',
  'load-more',
  'getLoadMoreProps',
  (list) => (list.invitations.loadingMore ? list.messages.loadingMore : list.messages.loadMore),
  (list) => list.view === 'list' && list.invitations.hasMore,
);

/** Props of {@link InvitationListAction}. */
export interface InvitationListActionProps extends InvitationListButtonProps {
  /** The row, as `InvitationListItem` gets it. */
  row: InvitationRowView;
  action: RowAction;
}

/**
 * One action of a row: Resend, Re-invite, Copy link or Revoke (which asks to confirm first).
 * Renders nothing when the row does not offer it; a disabled one (the privilege rule) stays
 * focusable and is described by the reason.
 */
export const InvitationListAction = forwardRef<HTMLButtonElement, InvitationListActionProps>(function InvitationListAction(
  { row, action, asChild = false, children, className, onClick, ...props },
  ref,
) {
  const list = useInvitationListContext('InvitationListAction');
  const slot = useSlot();
  const offered = row.actions.find((a) => a.action === action);
  if (!offered) return null;
  const { onClick: own, ...kit } = list.getActionProps(row, action);
  const merged = {
    ...slot('action', 'ik-Button', className),
    'data-action': action,
    'data-variant': action === 'revoke' ? 'danger' : undefined,
    ...kit,
    ...props,
    ref,
    onClick: composeEventHandlers(onClick, own),
  };
  return <Button asChild={asChild} words={offered.label} merged={merged}>{children}</Button>;
});
