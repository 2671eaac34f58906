/**
 * Runs the consumer's handler first, then ours unless the consumer called `preventDefault()`:
 * a host can opt out of any built-in behaviour per event.
 * @example <input onKeyDown={composeEventHandlers(props.onKeyDown, handleKeyDown)} />
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
  { checkForDefaultPrevented = true } = {},
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!checkForDefaultPrevented || !event.defaultPrevented) ours(event);
  };
}
