import { createContext } from 'react';

/**
 * Where popovers portal to. The dialog provides its own content element: a popover inside the
 * modal stays inside its landmark, its focus trap and its theme.
 */
export const PortalContainerContext = createContext<HTMLElement | null>(null);
