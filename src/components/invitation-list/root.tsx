import { forwardRef, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useInvitationList, type UseInvitationListOptions } from '../../hooks/use-invitation-list';
import { cx } from '../cx';
import { InvitationListContext, InvitationListViewContext, type InvitationListClassNames } from './context';
import { InvitationListLiveRegion } from './live-region';

/**
 * Props of {@link InvitationListRoot}: where the invitations come from (a `transport` and the
 * store's options, or the host's `invitations`), the list's behaviour, and how its parts look.
 */
export type InvitationListRootProps = UseInvitationListOptions & InvitationListLooks;

/** How the list's parts look. */
export interface InvitationListLooks {
  /** The parts: `InvitationListHeader`, `InvitationListItems`, `InvitationListFooter` … */
  children?: ReactNode;
  /**
   * Renders no `ik-` classes: style it yourself by `data-slot`.
   * @default false
   */
  unstyled?: boolean;
  /**
   * Classes for parts by slot, merged after the kit's and before a part's own `className`.
   * @example <InvitationListRoot classNames={{ item: 'py-3', action: 'btn btn-sm' }} … />
   */
  classNames?: InvitationListClassNames;
  className?: string;
  style?: CSSProperties;
}

/**
 * Holds the invitations and the list's state, shares them with every part inside, and renders the
 * list's region (a `section` named by its title, with the theme and direction) and its one polite
 * live region.
 * @example
 * <InvitationListRoot transport={transport} caller={me}>
 *   <InvitationListHeader />
 *   <InvitationListItems />
 *   <InvitationListFooter />
 * </InvitationListRoot>
 */
export const InvitationListRoot = forwardRef<HTMLElement, InvitationListRootProps>(function InvitationListRoot(
  { children, unstyled = false, classNames, className, style, ...options },
  forwardedRef,
) {
  const list = useInvitationList(options as UseInvitationListOptions);
  const view = useMemo(() => ({ unstyled, classNames }), [unstyled, classNames]);
  return (
    <InvitationListContext.Provider value={list}>
      <InvitationListViewContext.Provider value={view}>
        <section
          ref={forwardedRef}
          data-slot="invitation-list"
          className={cx(!unstyled && 'ik-root ik-InvitationList', classNames?.root, className)}
          style={style}
          data-theme={list.theme}
          dir={list.dir}
          lang={list.lang}
          data-view={list.view}
          aria-labelledby={list.idOf('title')}
          aria-busy={list.view === 'loading' || undefined}
        >
          {children}
          <InvitationListLiveRegion announcement={list.announcement} />
        </section>
      </InvitationListViewContext.Provider>
    </InvitationListContext.Provider>
  );
});
