import { useCallback, useRef, useState, type SetStateAction } from 'react';

/** The `value`/`defaultValue`/`onValueChange` triple of a stateful prop. */
export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` leaves the component in charge. */
  prop?: T | undefined;
  /** The starting value when uncontrolled. */
  defaultProp: T;
  /** Called with every new value, controlled or not; never for a set that changes nothing. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * One piece of state that a parent may control. The setter takes a value or an updater, like
 * `useState`'s, and calls `onChange` only when the value really changes.
 * @example const [open, setOpen] = useControllableState({ prop: props.open, defaultProp: false, onChange: props.onOpenChange });
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateParams<T>): [T, (next: SetStateAction<T>) => void] {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  // Updaters must see the latest value even when called twice before a re-render.
  const latest = useRef(value);
  latest.current = value;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      if (!controlled) setOwn(resolved);
      onChangeRef.current?.(resolved);
    },
    [controlled],
  );
  return [value, setValue];
}
