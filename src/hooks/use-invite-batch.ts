import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  createInviteBatchStore,
  type DraftStorage,
  type InviteBatchActions,
  type InviteBatchState,
  type InviteBatchStore,
  type InviteBatchStoreEntry,
  type InviteBatchStoreOptions,
} from '../core/invite-store';

/** The options of {@link useInviteBatch}. */
export interface UseInviteBatchOptions extends Omit<InviteBatchStoreOptions, 'storage'> {
  /**
   * Keeps unsent entries in `sessionStorage` under this key and restores them on mount, so a
   * reload or a closed dialog loses nothing. Read once, when the hook mounts.
   * @default undefined (no persistence)
   */
  draftKey?: string;
  /**
   * Asks the browser to confirm leaving the page while sending or while unsent entries exist.
   * @default true
   */
  warnBeforeUnload?: boolean;
  /**
   * Whether the network is up. Nothing is sent while it is `false`; back online, Send works again
   * (nothing is sent by itself).
   * @default navigator.onLine, followed through the window's online and offline events (true on the server)
   */
  online?: boolean;
}

/** One person in the batch, as `useInviteBatch` lists them. */
export type InviteBatchEntry = InviteBatchStoreEntry;

/** What {@link useInviteBatch} returns: the batch's state and its actions (stable functions). */
export type InviteBatch = InviteBatchState &
  InviteBatchActions & {
    /** Whether the browser is offline (or `online: false` was passed): `blockedReason` is then `offline`. */
    offline: boolean;
  };

// useLayoutEffect warns during server rendering in React 18; nothing runs there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};
const isOnline = () => navigator.onLine;
// The server cannot know; assuming online keeps its render the same as the first client one.
const onlineOnServer = () => true;

function browserSessionStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Sandboxed frames and blocked cookies throw on access.
    return undefined;
  }
}

/**
 * The invite batch as a headless hook: entries from pastes and edits, the invitation rules checked
 * as they change, and a single-flight send with per-entry outcomes. Build your own UI on it; the
 * kit's `InviteDialog` is built on it too.
 *
 * Options are read on every render (inline callbacks are fine); a policy that changes, such as a
 * role catalog that arrives late, re-validates the entries at once. Unmounting aborts the send in
 * flight.
 * @example
 * const batch = useInviteBatch({ onSend, roles, caller });
 * <textarea onPaste={(e) => { e.preventDefault(); batch.addText(e.clipboardData.getData('text')); }} />
 * {batch.entries.map((entry) => <Row key={entry.id} entry={entry} onRemove={batch.removeEntry} />)}
 * <button disabled={!batch.canSubmit} onClick={() => batch.submit()}>Send</button>
 */
export function useInviteBatch(options: UseInviteBatchOptions): InviteBatch {
  const browserOnline = useSyncExternalStore(subscribeOnline, isOnline, onlineOnServer);
  const online = options.online ?? browserOnline;
  const [store] = useState<InviteBatchStore>(() =>
    createInviteBatchStore({ ...options, online, storage: options.draftKey ? browserSessionStorage() : undefined }),
  );

  // After every render, before paint: the store re-validates only when that changes anything.
  useIsomorphicLayoutEffect(() => {
    store.update({ ...options, online, storage: options.draftKey ? browserSessionStorage() : undefined });
  });

  // The cleanup aborts the send in flight; StrictMode's second mount arms the store again.
  useEffect(() => store.mount(), [store]);

  const state = useSyncExternalStore(store.subscribe, store.getState, store.getInitialState);

  const warn = (options.warnBeforeUnload ?? true) && (state.status === 'sending' || state.unsentCount > 0);
  useEffect(() => {
    // Listening only while there is something to lose keeps the page eligible for the bfcache.
    if (!warn) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers confirm only when returnValue is set.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [warn]);

  return useMemo(() => {
    // Everything but the store's own plumbing is an action (stable functions, safe to pass around).
    const { getState: _state, getInitialState: _initial, subscribe: _subscribe, update: _update, mount: _mount, destroy: _destroy, ...actions } = store;
    return { ...state, offline: !online, ...actions };
  },
    [state, store, online],
  );
}
