/** A component's colour theme: `system` follows the person's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'system';

/** A writing direction. */
export type Direction = 'ltr' | 'rtl';

/**
 * The theme and direction an element sits in, read from its nearest ancestors. Portalled content
 * (dialogs, select popovers) leaves that subtree, so it copies them onto itself.
 * Call it from events and effects only: it reads the DOM.
 */
export function readEnvironment(element: Element | null | undefined): { theme?: Theme; dir?: Direction } {
  const out: { theme?: Theme; dir?: Direction } = {};
  if (!element) return out;
  const themed = element.closest('[data-theme], .dark, .light');
  const theme = themed?.getAttribute('data-theme') ?? (themed?.classList.contains('dark') ? 'dark' : themed ? 'light' : null);
  if (theme === 'light' || theme === 'dark' || theme === 'system') out.theme = theme;
  const dir = element.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') out.dir = dir;
  return out;
}
