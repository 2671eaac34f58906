import { PoliteLiveRegion, type Announcement } from '../live-region';

/** The list's one polite live region: every outcome, load and copy is said here, once. */
export function InvitationListLiveRegion({ announcement }: { announcement: Announcement }) {
  return <PoliteLiveRegion announcement={announcement} slot="invitation-list-live" />;
}
