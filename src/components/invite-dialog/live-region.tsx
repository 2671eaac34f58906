import { PoliteLiveRegion, type Announcement } from '../live-region';

/**
 * The one polite live region. It sits in the content while the dialog is open and beside the
 * trigger while it is closed, so an outcome that lands after closing is still heard (F28).
 */
export function LiveRegion({ announcement }: { announcement: Announcement }) {
  return <PoliteLiveRegion announcement={announcement} slot="invite-dialog-live" />;
}
