import { srOnly } from './context';

/**
 * The one polite live region. It sits in the content while the dialog is open and beside the
 * trigger while it is closed, so an outcome that lands after closing is still heard (F28).
 */
export function LiveRegion({ announcement }: { announcement: { text: string; count: number } }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-slot="invite-dialog-live" style={srOnly}>
      {announcement.text}
      {/* Changes with every announcement, so the same words twice are still read twice. */}
      {announcement.count % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
