import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  createInvitationsStore,
  type InvitationsActions,
  type InvitationsState,
  type InvitationsStore,
  type InvitationsStoreOptions,
} from '../core/invitations-store';

/** The options of {@link useInvitations}: the store's, read on every render. */
export interface UseInvitationsOptions extends InvitationsStoreOptions {
  /**
   * Loads the first page when the component mounts.
   * @default true
   */
  autoLoad?: boolean;
}

/** What {@link useInvitations} returns: the list's state and its actions (stable functions). */
export type Invitations = InvitationsState &
  InvitationsActions & {
    /** The server's now, epoch ms, for relative times ("expires in 3 days"). */
    serverNow: () => number;
  };

// useLayoutEffect warns during server rendering in React 18; nothing runs there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The organization's sent invitations as a headless hook over `createInvitationsStore`: pages with
 * the API's cursor, a state filter, and resend, revoke and re-invite — optimistic, rolled back
 * with the reason, honest when the answer was lost, single-flight per invitation. `InvitationList`
 * is built on it.
 *
 * Options are read on every render; a new `organizationId` starts the list over. Unmounting drops
 * the list call in flight; an action in flight finishes.
 * @example
 * const invitations = useInvitations({ transport: createBatchApiInvitations({ url }), onSend, caller });
 * <InviteDialog onSend={onSend} onComplete={invitations.addResults} onResend={invitations.resendEmail} />
 * {invitations.visible.map((item) => <Row key={item.id} item={item} onRevoke={() => invitations.revoke(item.id)} />)}
 */
export function useInvitations(options: UseInvitationsOptions): Invitations {
  const { autoLoad = true, ...storeOptions } = options;
  const [store] = useState<InvitationsStore>(() => createInvitationsStore(storeOptions));

  useIsomorphicLayoutEffect(() => {
    store.update(storeOptions);
  });

  useEffect(() => {
    const cleanup = store.mount();
    if (autoLoad) void store.load();
    return cleanup;
    // Loading is a mount-time decision; `autoLoad` turning on later does not load by itself.
  }, [store]);

  const state = useSyncExternalStore(store.subscribe, store.getState, store.getInitialState);
  return useMemo(
    () => ({
      ...state,
      serverNow: store.serverNow,
      load: store.load,
      refresh: store.refresh,
      loadMore: store.loadMore,
      setFilter: store.setFilter,
      resend: store.resend,
      revoke: store.revoke,
      reinvite: store.reinvite,
      resendEmail: store.resendEmail,
      addResults: store.addResults,
    }),
    [state, store],
  );
}
