import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { CloseIcon } from '../icons';
import { srOnly, useInviteDialogContext, useSlot } from './context';

/** Props of the header parts: `children` replace the part's own text. */
export interface InviteDialogTextProps {
  children?: ReactNode;
  className?: string;
}

/**
 * The dialog's title (its accessible name). Always render it, even visually hidden: a dialog
 * without a name is announced as nothing.
 */
export function InviteDialogTitle({ children, className }: InviteDialogTextProps) {
  const { messages } = useInviteDialogContext('InviteDialogTitle');
  return <Dialog.Title {...useSlot()('title', undefined, className)}>{children ?? messages.title}</Dialog.Title>;
}

/** The dialog's description, read with its title. */
export function InviteDialogDescription({ children, className }: InviteDialogTextProps) {
  const { messages } = useInviteDialogContext('InviteDialogDescription');
  return <Dialog.Description {...useSlot()('description', undefined, className)}>{children ?? messages.description}</Dialog.Description>;
}

/** The icon button that closes the dialog (Escape does too). */
export function InviteDialogClose({ className }: { className?: string }) {
  const { messages } = useInviteDialogContext('InviteDialogClose');
  return (
    <Dialog.Close {...useSlot()('close', 'ik-Button', className)} data-variant="ghost">
      <CloseIcon data-slot="invite-dialog-close-icon" />
      <span style={srOnly}>{messages.close}</span>
    </Dialog.Close>
  );
}

/** The title, the description and the close button; `children` replace all three. */
export function InviteDialogHeader({ children, className }: InviteDialogTextProps) {
  useInviteDialogContext('InviteDialogHeader');
  const slot = useSlot();
  return (
    <div {...slot('header', undefined, className)}>
      {children ?? (
        <>
          <div {...slot('heading')}>
            <InviteDialogTitle />
            <InviteDialogDescription />
          </div>
          <InviteDialogClose />
        </>
      )}
    </div>
  );
}
