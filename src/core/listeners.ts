/**
 * The listeners of an external store (`useSyncExternalStore`'s `subscribe`): add one and get its
 * removal, tell them all, drop them all. A listener that unsubscribes while being told does not
 * stop the others being told.
 */
export function createListeners() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: () => {
      for (const listener of [...listeners]) listener();
    },
    clear: () => listeners.clear(),
  };
}
