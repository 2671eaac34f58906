import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useInviteDialogContext, useSlot } from './context';

/** Props of {@link InviteDialogTrigger}. */
export interface InviteDialogTriggerProps extends ComponentPropsWithoutRef<'button'> {
  /**
   * Use the single child element (your own button) as the trigger, its props and ref merged.
   * @default false
   */
  asChild?: boolean;
}

/**
 * The button that opens the dialog: the kit's (its label `children`, else `messages.trigger`), or
 * your own with `asChild`. Theme and direction are read from around it when the dialog opens.
 */
export const InviteDialogTrigger = forwardRef<HTMLButtonElement, InviteDialogTriggerProps>(function InviteDialogTrigger(
  { asChild = false, children, className, ...props },
  forwardedRef,
) {
  const dialog = useInviteDialogContext('InviteDialogTrigger');
  const slot = useSlot();
  const ref = useComposedRefs(forwardedRef, dialog.triggerRef);
  if (asChild) {
    return (
      <Dialog.Trigger ref={ref} asChild data-slot="invite-dialog-trigger" {...props}>
        {children}
      </Dialog.Trigger>
    );
  }
  return (
    <Dialog.Trigger ref={ref} {...slot('trigger', 'ik-root ik-Button', className)} data-variant="primary" {...props}>
      {children ?? dialog.messages.trigger}
    </Dialog.Trigger>
  );
});
