import { srOnly } from './context';

/** The list's one polite live region: every outcome, load and copy is said here, once. */
export function InvitationListLiveRegion({ announcement }: { announcement: { text: string; count: number } }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-slot="invitation-list-live" style={srOnly}>
      {announcement.text}
      {/* Changes with every announcement, so the same words twice are still read twice. */}
      {announcement.count % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
