import { useCallback, type Ref, type RefCallback } from 'react';

/** Points every ref at the same node: a forwarded ref and the component's own. */
export function setRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

/** {@link setRefs} as a stable callback, so React does not detach and re-attach on every render. */
export function useComposedRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  // The refs themselves are the dependencies: a new callback only when one of them changes.
  return useCallback(setRefs(...refs), refs);
}
