import { createContext, useContext } from 'react';
import type { InviteDialogRowContext, InviteDialogState } from '../../hooks/use-invite-dialog';
import { cx } from '../cx';

/**
 * Every part that carries a class, by slot: `data-slot="invite-dialog-<slot>"`, the class
 * `ik-InviteDialog-<slot>`, and the key of `classNames` in camel case (`chip-button` → `chipButton`).
 */
export type InviteDialogSlot =
  | 'trigger'
  | 'overlay'
  | 'content'
  | 'form'
  | 'header'
  | 'heading'
  | 'title'
  | 'description'
  | 'close'
  | 'body'
  | 'field'
  | 'label'
  | 'box'
  | 'entries'
  | 'entry'
  | 'chip'
  | 'chip-button'
  | 'chip-icon'
  | 'chip-text'
  | 'chip-label'
  | 'chip-remove'
  | 'edit'
  | 'entry-roles'
  | 'entry-role'
  | 'input'
  | 'meta'
  | 'hint'
  | 'counter'
  | 'clear'
  | 'feedback'
  | 'overflow'
  | 'kept'
  | 'kept-add'
  | 'kept-copy'
  | 'notes'
  | 'note'
  | 'note-text'
  | 'note-fix'
  | 'roles'
  | 'role'
  | 'role-label'
  | 'switch'
  | 'options'
  | 'locale'
  | 'locale-label'
  | 'locale-control'
  | 'locale-icon'
  | 'expiry'
  | 'expiry-label'
  | 'expiry-input'
  | 'expiry-hint'
  | 'banner'
  | 'footer'
  | 'actions'
  | 'status'
  | 'undo-note'
  | 'undo'
  | 'copy'
  | 'cancel'
  | 'submit'
  | 'spinner';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** Classes for parts by slot, merged after the kit's own (Clerk's `appearance.elements` idea). */
export type InviteDialogClassNames = Partial<Record<CamelCase<InviteDialogSlot>, string>>;

/** How the parts look: shared by every part, the same object until one of these changes. */
export interface InviteDialogView {
  unstyled: boolean;
  classNames: InviteDialogClassNames | undefined;
}

export const InviteDialogContext = createContext<InviteDialogState | null>(null);
export const InviteDialogViewContext = createContext<InviteDialogView>({ unstyled: false, classNames: undefined });
/** What the memoized rows read: it changes only when what every row shares changes. */
export const InviteDialogRowsContext = createContext<{ row: InviteDialogRowContext; view: InviteDialogView } | null>(null);

/**
 * The dialog's state and prop getters, for a part of your own inside `InviteDialogRoot`.
 * @param part The caller's name, for the error thrown outside the root.
 * @example
 * function SentCount() {
 *   const { counts } = useInviteDialogContext('SentCount');
 *   return <span>{counts.sent} invited</span>;
 * }
 */
export function useInviteDialogContext(part = 'useInviteDialogContext'): InviteDialogState {
  const context = useContext(InviteDialogContext);
  if (!context) throw new Error(`\`${part}\` must be used within \`InviteDialogRoot\``);
  return context;
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** Builds a part's `data-slot` and classes: the kit's (unless unstyled), `classNames[slot]`, then `className`. */
export const slotProps =
  ({ unstyled, classNames }: InviteDialogView) =>
  (name: InviteDialogSlot, shared?: string, className?: string) => ({
    'data-slot': `invite-dialog-${name}`,
    className: cx(!unstyled && `ik-InviteDialog-${name}`, !unstyled && shared, classNames?.[camel(name) as keyof InviteDialogClassNames], className),
  });

/** The slot helper of the parts: see {@link slotProps}. */
export const useSlot = () => slotProps(useContext(InviteDialogViewContext));

/** Whether the parts render without the kit's classes. */
export const useUnstyled = () => useContext(InviteDialogViewContext).unstyled;

export { srOnly } from '../live-region';
