import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type CSSProperties, type ReactNode } from 'react';
import { PortalContainerContext } from '../portal-container';
import { useInviteDialogContext, useSlot } from './context';
import { InviteDialogFooter } from './footer';
import { InviteDialogHeader } from './header';
import { InviteDialogOptions } from './options';
import { InviteDialogRecipients } from './recipients';
import { InviteDialogRoles } from './roles';
import { LiveRegion } from './live-region';

/** Props of {@link InviteDialogContent}. */
export interface InviteDialogContentProps {
  /** The parts inside, in your order. @default header, body (recipients, roles, options), footer */
  children?: ReactNode;
  /** Classes for the dialog box, merged last. */
  className?: string;
  /** Styles for the dialog box (`--ik-*` tokens reach every part inside it). */
  style?: CSSProperties;
  /**
   * Runs when the dialog opens, before focus moves into the email field; `preventDefault()` keeps
   * the kit from moving it.
   */
  onOpenAutoFocus?: Dialog.DialogContentProps['onOpenAutoFocus'];
  /** Runs on Escape; `preventDefault()` keeps the dialog open. */
  onEscapeKeyDown?: Dialog.DialogContentProps['onEscapeKeyDown'];
  /**
   * Runs when the dialog closes, before focus goes back to the trigger (or, without one, to what
   * had focus when it opened); `preventDefault()` keeps the kit from moving it.
   */
  onCloseAutoFocus?: Dialog.DialogContentProps['onCloseAutoFocus'];
}

/**
 * The modal itself, portalled with its overlay: a form whose footer stays in view however long the
 * list grows, and on a narrow screen a full-screen sheet. Holds the live region while open.
 */
export const InviteDialogContent = forwardRef<HTMLDivElement, InviteDialogContentProps>(function InviteDialogContent(
  { children, className, style, onOpenAutoFocus, onEscapeKeyDown, onCloseAutoFocus },
  forwardedRef,
) {
  const dialog = useInviteDialogContext('InviteDialogContent');
  const slot = useSlot();
  const { ref: own, ...content } = dialog.getContentProps({ onOpenAutoFocus, onEscapeKeyDown, onCloseAutoFocus });
  const ref = useComposedRefs(forwardedRef, own);
  return (
    <Dialog.Portal>
      <Dialog.Overlay {...slot('overlay', 'ik-root')} data-theme={dialog.theme} />
      <Dialog.Content ref={ref} {...slot('content', 'ik-root', className)} style={style} {...content}>
        <PortalContainerContext.Provider value={dialog.container}>
          <form {...slot('form')} {...dialog.getFormProps()}>
            {children ?? (
              <>
                <InviteDialogHeader />
                <InviteDialogBody />
                <InviteDialogFooter />
              </>
            )}
          </form>
          <LiveRegion announcement={dialog.announcement} />
        </PortalContainerContext.Provider>
      </Dialog.Content>
    </Dialog.Portal>
  );
});

/** The part that scrolls between the header and the footer. @default recipients, roles, options */
export function InviteDialogBody({ children, className }: { children?: ReactNode; className?: string }) {
  useInviteDialogContext('InviteDialogBody');
  return (
    <div {...useSlot()('body', undefined, className)}>
      {children ?? (
        <>
          <InviteDialogRecipients />
          <InviteDialogRoles />
          <InviteDialogOptions />
        </>
      )}
    </div>
  );
}
