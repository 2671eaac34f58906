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
}

/** One person in the batch, as `useInviteBatch` lists them. */
export type InviteBatchEntry = InviteBatchStoreEntry;

/** What {@link useInviteBatch} returns: the batch's state and its actions (stable functions). */
export type InviteBatch = InviteBatchState & InviteBatchActions;

// useLayoutEffect warns during server rendering in React 18; nothing runs there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

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
  const [store] = useState<InviteBatchStore>(() =>
    createInviteBatchStore({ ...options, storage: options.draftKey ? browserSessionStorage() : undefined }),
  );

  // After every render, before paint: the store re-validates only when that changes anything.
  useIsomorphicLayoutEffect(() => {
    store.update({ ...options, storage: options.draftKey ? browserSessionStorage() : undefined });
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

  return useMemo(
    () => ({
      ...state,
      addText: store.addText,
      addEntry: store.addEntry,
      updateEntry: store.updateEntry,
      removeEntry: store.removeEntry,
      clear: store.clear,
      setRoleSlugs: store.setRoleSlugs,
      submit: store.submit,
      cancel: store.cancel,
    }),
    [state, store],
  );
}
