import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, type ReactNode } from 'react';
import { useInviteDialog, type UseInviteDialogOptions } from '../../hooks/use-invite-dialog';
import { InviteDialogContext, InviteDialogRowsContext, InviteDialogViewContext, type InviteDialogClassNames } from './context';
import { LiveRegion } from './live-region';

/** Props of {@link InviteDialogRoot}: the dialog's behaviour, and how its parts look. */
export interface InviteDialogRootProps extends UseInviteDialogOptions {
  /** The parts: `InviteDialogTrigger`, `InviteDialogContent` and what goes inside it. */
  children?: ReactNode;
  /**
   * Renders no `ik-` classes: style it yourself by `data-slot`.
   * @default false
   */
  unstyled?: boolean;
  /**
   * Classes for parts by slot, merged after the kit's and before a part's own `className`.
   * @example <InviteDialogRoot classNames={{ footer: 'border-t', submit: 'btn btn-primary' }} … />
   */
  classNames?: InviteDialogClassNames;
}

/**
 * Holds the batch and the dialog's state, and shares them with every part inside. The batch lives
 * here, not in the content: closing keeps unsent entries for the next open, and a send in flight
 * finishes and reports even while the dialog is closed.
 * @example
 * <InviteDialogRoot onSend={onSend} roles={roles}>
 *   <InviteDialogTrigger>Invite people</InviteDialogTrigger>
 *   <InviteDialogContent />
 * </InviteDialogRoot>
 */
export function InviteDialogRoot({ children, unstyled = false, classNames, ...options }: InviteDialogRootProps) {
  const dialog = useInviteDialog(options);
  const view = useMemo(() => ({ unstyled, classNames }), [unstyled, classNames]);
  const rows = useMemo(() => ({ row: dialog.rowContext, view }), [dialog.rowContext, view]);
  return (
    <InviteDialogContext.Provider value={dialog}>
      <InviteDialogViewContext.Provider value={view}>
        <InviteDialogRowsContext.Provider value={rows}>
          <Dialog.Root open={dialog.open} onOpenChange={dialog.setOpen}>
            {children}
            {!dialog.open && <LiveRegion announcement={dialog.announcement} />}
          </Dialog.Root>
        </InviteDialogRowsContext.Provider>
      </InviteDialogViewContext.Provider>
    </InviteDialogContext.Provider>
  );
}
