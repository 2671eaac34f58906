import type { ReactNode } from 'react';
import { useInviteDialogContext, useSlot } from './context';
import { InviteDialogCancel, InviteDialogCopy, InviteDialogSubmit, InviteDialogUndo } from './actions';

/** A message about the whole batch the person must act on: sign in again, confirm identity, no permission. */
export function InviteDialogBanner({ className }: { className?: string }) {
  const { banner } = useInviteDialogContext('InviteDialogBanner');
  const slot = useSlot();
  if (!banner) return null;
  return (
    <p {...slot('banner', undefined, className)} data-tone={banner.tone}>
      {banner.text}
    </p>
  );
}

/**
 * The status line: progress, why Send waits, or the outcome with its counts (also during a
 * countdown); and, right after a removal, what was removed with its Undo.
 */
export function InviteDialogStatus({ className }: { className?: string }) {
  const dialog = useInviteDialogContext('InviteDialogStatus');
  const slot = useSlot();
  return (
    <>
      <p {...slot('status', undefined, className)} {...dialog.getStatusProps()}>
        {dialog.status.text}
      </p>
      {dialog.undo && (
        <p {...slot('undo-note')}>
          {dialog.undo.text} <InviteDialogUndo data-variant="ghost" />
        </p>
      )}
    </>
  );
}

/**
 * The footer, always in view however long the list grows: the banner, the status line and the
 * actions. `children` replace the default parts, in your order (your own button with `asChild`).
 * @example
 * <InviteDialogFooter>
 *   <InviteDialogStatus />
 *   <InviteDialogSubmit asChild><Button variant="brand" /></InviteDialogSubmit>
 * </InviteDialogFooter>
 */
export function InviteDialogFooter({ children, className }: { children?: ReactNode; className?: string }) {
  useInviteDialogContext('InviteDialogFooter');
  const slot = useSlot();
  return (
    <div {...slot('footer', undefined, className)}>
      {children ?? (
        <>
          <InviteDialogBanner />
          <InviteDialogStatus />
          <div {...slot('actions')}>
            <InviteDialogCopy />
            <InviteDialogCancel />
            <InviteDialogSubmit />
          </div>
        </>
      )}
    </div>
  );
}
