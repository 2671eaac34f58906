import { forwardRef, isValidElement, type ReactNode } from 'react';
import { InviteDialogCancel, InviteDialogCopy, InviteDialogSubmit, InviteDialogUndo } from './actions';
import { InviteDialogBody, InviteDialogContent, type InviteDialogContentProps } from './content';
import { useInviteDialogContext } from './context';
import { InviteDialogEntry } from './entry';
import { InviteDialogBanner, InviteDialogFooter, InviteDialogStatus } from './footer';
import { InviteDialogClose, InviteDialogDescription, InviteDialogHeader, InviteDialogTitle } from './header';
import { InviteDialogOptions } from './options';
import { InviteDialogRecipients } from './recipients';
import { InviteDialogRoles } from './roles';
import { InviteDialogRoot, type InviteDialogRootProps } from './root';
import { InviteDialogTrigger } from './trigger';

/** Props of {@link InviteDialog}. Everything `useInviteBatch` takes is passed on to it. */
export interface InviteDialogProps extends Omit<InviteDialogRootProps, 'children'>, Omit<InviteDialogContentProps, 'children'> {
  /**
   * What opens the dialog: an element (your own button, used as is), a label for the kit's
   * button, or `true` for the kit's button with `messages.trigger`. Omit it and `children` to open
   * the dialog only through `open`.
   */
  trigger?: ReactNode;
  /**
   * With `asChild`, the single child element is the trigger (its props and ref merged); without
   * it, children are the kit's trigger button's label.
   * @default false
   */
  asChild?: boolean;
  /** The trigger (see `asChild`). */
  children?: ReactNode;
}

/**
 * The invite dialog: paste or type addresses, pick roles (one for everyone or per person), the
 * invitation email's language and lifetime when the transport takes them, and send — with per
 * person results, retry, rate-limit countdown and nothing typed ever lost. It adapts to what the
 * transport accepts (`onSend.capabilities`).
 *
 * It is its parts in their default order; compose them yourself to reorder, drop or replace one
 * (`InviteDialog.Root`, `InviteDialog.Content`, `InviteDialog.Footer`, `InviteDialog.Submit asChild` …).
 * @example
 * <InviteDialog onSend={createWorkOSTransport({ baseUrl: '/api/workos' })} roles={catalog} caller={me} trigger="Invite people" />
 */
const InviteDialogComposed = forwardRef<HTMLDivElement, InviteDialogProps>(function InviteDialog(props, forwardedRef) {
  const { trigger, asChild = false, children, className, style, onOpenAutoFocus, onEscapeKeyDown, onCloseAutoFocus, ...root } = props;
  const content = trigger ?? children;
  return (
    <InviteDialogRoot {...root}>
      {asChild || isValidElement(content) ? (
        <InviteDialogTrigger asChild>{content}</InviteDialogTrigger>
      ) : content !== undefined && content !== null && content !== false ? (
        <InviteDialogTrigger>{content === true ? undefined : content}</InviteDialogTrigger>
      ) : null}
      <InviteDialogContent
        ref={forwardedRef}
        className={className}
        style={style}
        onOpenAutoFocus={onOpenAutoFocus}
        onEscapeKeyDown={onEscapeKeyDown}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </InviteDialogRoot>
  );
});

/**
 * Every part of the dialog, as a namespace (like Radix's `Dialog.Root`): also reachable as
 * `InviteDialog.Root`, `InviteDialog.Footer` …
 */
export const InviteDialogParts = {
  Root: InviteDialogRoot,
  Trigger: InviteDialogTrigger,
  Content: InviteDialogContent,
  Header: InviteDialogHeader,
  Title: InviteDialogTitle,
  Description: InviteDialogDescription,
  Close: InviteDialogClose,
  Body: InviteDialogBody,
  Recipients: InviteDialogRecipients,
  Entry: InviteDialogEntry,
  Roles: InviteDialogRoles,
  Options: InviteDialogOptions,
  Footer: InviteDialogFooter,
  Banner: InviteDialogBanner,
  Status: InviteDialogStatus,
  Submit: InviteDialogSubmit,
  Cancel: InviteDialogCancel,
  Copy: InviteDialogCopy,
  Undo: InviteDialogUndo,
  useContext: useInviteDialogContext,
};

export const InviteDialog = Object.assign(InviteDialogComposed, InviteDialogParts);
