/**
 * The invite dialog as parts (Radix / shadcn style) and their default composition, `InviteDialog`.
 * @module
 */
export { InviteDialog, InviteDialogParts, type InviteDialogProps } from './invite-dialog';
export { InviteDialogRoot, type InviteDialogRootProps } from './root';
export { InviteDialogTrigger, type InviteDialogTriggerProps } from './trigger';
export { InviteDialogContent, InviteDialogBody, type InviteDialogContentProps } from './content';
export { InviteDialogHeader, InviteDialogTitle, InviteDialogDescription, InviteDialogClose, type InviteDialogTextProps } from './header';
export { InviteDialogRecipients } from './recipients';
export { InviteDialogEntry, type InviteDialogEntryProps } from './entry';
export { InviteDialogRoles } from './roles';
export { InviteDialogOptions } from './options';
export { InviteDialogFooter, InviteDialogBanner, InviteDialogStatus } from './footer';
export { InviteDialogSubmit, InviteDialogCancel, InviteDialogCopy, InviteDialogUndo, type InviteDialogActionProps } from './actions';
export { useInviteDialogContext, type InviteDialogClassNames, type InviteDialogSlot } from './context';
