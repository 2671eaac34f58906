import type { CSSProperties } from 'react';

/** Hidden from sight, not from screen readers; inline so it holds in `unstyled` mode too. */
export const srOnly: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/** Something to say, and how many times something was said (so the same words twice are heard twice). */
export interface Announcement {
  text: string;
  count: number;
}

/** A component's one polite live region, named by its `data-slot`. */
export function PoliteLiveRegion({ announcement, slot }: { announcement: Announcement; slot: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-slot={slot} style={srOnly}>
      {announcement.text}
      {/* Changes with every announcement, so the same words twice are still read twice. */}
      {announcement.count % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
