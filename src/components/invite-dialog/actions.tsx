import { composeEventHandlers } from '@radix-ui/primitive';
import { composeRefs } from '@radix-ui/react-compose-refs';
import { Slot } from '@radix-ui/react-slot';
import { Children, cloneElement, forwardRef, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';
import type { InviteDialogState } from '../../hooks/use-invite-dialog';
import { SpinnerIcon } from '../icons';
import { useInviteDialogContext, useSlot, type InviteDialogSlot } from './context';

/** Props of the footer's actions. */
export interface InviteDialogActionProps extends ComponentPropsWithoutRef<'button'> {
  /**
   * Use the single child element (your own `<Button>`) instead of the kit's button: the action's
   * props, handlers and ref are merged into it (your `onClick` runs first and may
   * `preventDefault()`); if it has no children of its own, it gets the kit's words.
   * @default false
   */
  asChild?: boolean;
}

type Getter = 'getSubmitProps' | 'getCancelProps' | 'getCopyProps' | 'getUndoProps';

/** An action part: shown when `shown` says so, with the props of `getter` and the words of `words`. */
function createAction(
  name: string,
  slotName: InviteDialogSlot,
  getter: Getter,
  words: (dialog: InviteDialogState) => ReactNode,
  shown: (dialog: InviteDialogState) => boolean,
) {
  const Action = forwardRef<HTMLButtonElement, InviteDialogActionProps>(function Action(
    { asChild = false, children, className, onClick, ...props },
    forwardedRef,
  ) {
    const dialog = useInviteDialogContext(name);
    const slot = useSlot();
    if (!shown(dialog)) return null;
    const { ref, onClick: own, ...kit } = dialog[getter]();
    const merged = {
      ...slot(slotName, 'ik-Button', className),
      ...kit,
      ...props,
      ref: ref ? composeRefs(ref, forwardedRef) : forwardedRef,
      onClick: composeEventHandlers(onClick, own),
    };
    if (!asChild) return <button {...merged}>{children ?? words(dialog)}</button>;
    const child = Children.only(children) as ReactElement<{ children?: ReactNode }>;
    return <Slot {...merged}>{child.props.children == null ? cloneElement(child, undefined, words(dialog)) : child}</Slot>;
  });
  Action.displayName = name;
  return Action;
}

/**
 * The main button, one element throughout so focus stays on it: Send N invitations, Sending (with
 * a spinner), Retry what failed, Done. A blocked one stays focusable and is described by the
 * status line that says why.
 */
export const InviteDialogSubmit = createAction(
  'InviteDialogSubmit',
  'submit',
  'getSubmitProps',
  (dialog) => (
    <>
      {dialog.action === 'sending' && <SpinnerIcon data-slot="invite-dialog-spinner" className="ik-spin" />}
      {dialog.actionLabel}
    </>
  ),
  () => true,
);

/** Stops the send in flight (shown only while sending); focus then goes to the main button. */
export const InviteDialogCancel = createAction(
  'InviteDialogCancel',
  'cancel',
  'getCancelProps',
  (dialog) => dialog.messages.cancelSend,
  (dialog) => dialog.action === 'sending',
);

/** Copies the unsent addresses, one a line, when the caller may not invite them (F18). */
export const InviteDialogCopy = createAction(
  'InviteDialogCopy',
  'copy',
  'getCopyProps',
  (dialog) => dialog.messages.copyAddresses,
  (dialog) => dialog.canCopy,
);

/** Puts back what was just removed (Backspace in the empty field, Remove all, a remove button). */
export const InviteDialogUndo = createAction(
  'InviteDialogUndo',
  'undo',
  'getUndoProps',
  (dialog) => dialog.messages.undo,
  (dialog) => !!dialog.undo,
);
