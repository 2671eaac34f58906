import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useCallback, useContext, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getRoleOptions, isCustomRole, isSystemRole, roleName, type RoleOption } from '../core/roles';
import type { InviteCaller, RoleCatalog } from '../core/types';
import { readEnvironment, type Direction, type Theme } from '../hooks/environment';
import { defaultRoleSelectMessages, type RoleSelectMessages } from '../hooks/messages';
import { cx, ikClass } from './cx';
import { AlertIcon, ChevronDownIcon } from './icons';
import { PortalContainerContext } from './portal-container';
import { srOnly } from './live-region';

/** Props of {@link RoleMenu}. */
export interface RoleMenuProps {
  /** The chosen role slugs: one system role, plus custom `org-` roles beside `member`. */
  value: string[];
  /** Called with the new slugs whenever the person changes the roles. */
  onValueChange: (value: string[]) => void;
  /** Names the picker (its trigger and its popover): "Role", "Role for ana@acme.com". */
  label: string;
  /** Custom roles to offer, and names or descriptions for the system roles. */
  roles?: RoleCatalog | undefined;
  /** Who is choosing: options above the caller's level are disabled, with the reason. */
  caller?: InviteCaller | undefined;
  /** `single`: one system role only; `multiple`: custom roles too, beside member. @default 'multiple' */
  mode?: 'single' | 'multiple' | undefined;
  messages?: Partial<RoleSelectMessages> | undefined;
  unstyled?: boolean | undefined;
  /** The popover's theme. @default the trigger's surroundings */
  theme?: Theme | undefined;
  dir?: Direction | undefined;
  id?: string | undefined;
  /** Elements that name the trigger instead of `label` (a visible `<label>`). */
  'aria-labelledby'?: string | undefined;
  'aria-describedby'?: string | undefined;
  /** Marks the value as wrong (a pasted role that does not exist): the trigger shows it as it is. */
  'aria-invalid'?: boolean | undefined;
  /** For a roving list: the trigger's tab index. */
  tabIndex?: number | undefined;
  disabled?: boolean | undefined;
  className?: string | undefined;
  /** Extra attributes for the trigger (`data-*` for a host's list). */
  triggerProps?: Record<`data-${string}`, string | undefined> | undefined;
}

type Option = RoleOption & { unknown?: boolean };

/**
 * A compact role picker: one trigger that shows the roles in a line, and a small popover with the
 * system roles as radio buttons and the custom roles as checkboxes, each with its description and,
 * when the caller may not give it, why. The height never changes as roles change, so a list of
 * people keeps one row each. On a narrow screen the popover is a sheet at the bottom.
 */
export const RoleMenu = forwardRef<HTMLButtonElement, RoleMenuProps>(function RoleMenu(props, forwardedRef) {
  const {
    value,
    onValueChange,
    label,
    roles,
    caller,
    mode = 'multiple',
    messages: messagesProp,
    unstyled,
    theme,
    dir,
    id,
    tabIndex,
    disabled,
    className,
    triggerProps,
  } = props;
  const messages = { ...defaultRoleSelectMessages, ...messagesProp };
  const [open, setOpen] = useState(false);
  const [inherited, setInherited] = useState<ReturnType<typeof readEnvironment>>({});
  const trigger = useRef<HTMLButtonElement>(null);
  const ref = useComposedRefs(trigger, forwardedRef);
  const container = useContext(PortalContainerContext);
  const name = useId();
  const c = (part: string) => ikClass(unstyled, part);
  const direction = dir ?? inherited.dir;

  const names = messages.roleNames;
  const options = useMemo(() => getRoleOptions({ roles, caller, names }), [roles, caller, names]);
  const system = value.find(isSystemRole);
  const systemOptions = options.filter((option) => option.kind === 'system');
  const catalogCustom = mode === 'multiple' ? options.filter((option) => option.kind === 'custom') : [];
  // A custom role the catalog does not know (pasted) stays visible, ticked, so it can be taken off.
  const customOptions: Option[] = [
    ...catalogCustom,
    ...value
      .filter((slug) => isCustomRole(slug) && !catalogCustom.some((option) => option.slug === slug))
      .map((slug) => ({ slug, name: slug, kind: 'custom' as const, unknown: true })),
  ];
  const known = (slug: string) => isSystemRole(slug) || catalogCustom.some((option) => option.slug === slug);
  const custom = value.filter(isCustomRole);
  // What the trigger shows: the roles' names, or a role that does not exist exactly as it came.
  const summary = value.map((slug) => (known(slug) ? roleName(slug, roles, names) : slug)).join(', ');

  const reasonOf = ({ disabledBy, callerRole = 'member' }: RoleOption) =>
    disabledBy === 'above_level'
      ? messages.roleAboveYourLevel({ role: callerRole, name: roleName(callerRole, roles, names) })
      : disabledBy && messages.roleNotHeld;
  const keep = (slugs: string[]) => catalogCustom.filter((option) => slugs.includes(option.slug)).map((option) => option.slug);
  // Custom roles go only beside member (the batch API's rule): another system role drops them.
  const chooseSystem = (slug: string) => onValueChange(slug === 'member' ? ['member', ...keep(custom)] : [slug]);
  const toggleCustom = (slug: string, on: boolean) =>
    onValueChange([system ?? 'member', ...(on ? [...custom, slug] : custom.filter((s) => s !== slug))]);

  // Beside its trigger, inside the window; CSS turns it into a bottom sheet on narrow screens.
  const place = useCallback(
    (node: HTMLDivElement | null) => {
      const anchor = trigger.current;
      if (!node || !anchor) return;
      const box = anchor.getBoundingClientRect();
      node.style.minWidth = `${box.width}px`;
      const height = node.offsetHeight;
      const width = node.offsetWidth;
      const below = window.innerHeight - box.bottom;
      const top = below >= height + 8 || below >= box.top ? box.bottom + 4 : box.top - 4 - height;
      const start = direction === 'rtl' ? box.right - width : box.left;
      node.style.top = `${Math.max(4, Math.min(top, window.innerHeight - height - 4))}px`;
      node.style.left = `${Math.max(4, Math.min(start, document.documentElement.clientWidth - width - 4))}px`;
    },
    [direction],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter settles the choice, as in a select; the choice itself applied as it changed.
    if (event.key === 'Enter') {
      event.preventDefault();
      setOpen(false);
    }
  };

  // Each option is named by its role's name alone; its description and any reason describe it.
  const describedBy = (option: Option, reason: string | undefined) =>
    option.description || reason || option.unknown ? `${name}-${option.slug}-detail` : undefined;
  const text = (option: Option, reason: string | undefined) => {
    const detail = [option.description, reason, option.unknown && messages.roleUnknown].filter(Boolean).join(' ');
    return (
      <span data-slot="role-menu-text">
        <span id={`${name}-${option.slug}-name`} data-slot="role-menu-name">
          {option.name}
        </span>
        {detail && (
          <span id={`${name}-${option.slug}-detail`} data-slot="role-menu-detail" className={c('ik-Select-detail')}>
            {detail}
          </span>
        )}
      </span>
    );
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) setInherited(readEnvironment(trigger.current));
        setOpen(next);
      }}
    >
      <Dialog.Trigger
        ref={ref}
        id={id}
        role="combobox"
        disabled={disabled}
        tabIndex={tabIndex}
        aria-label={props['aria-labelledby'] ? undefined : label}
        aria-labelledby={props['aria-labelledby']}
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid'] || undefined}
        title={summary}
        data-slot="role-menu-trigger"
        className={cx(c('ik-Select-trigger'), c('ik-RoleMenu-trigger'), className)}
        {...triggerProps}
      >
        {props['aria-invalid'] && <AlertIcon data-slot="role-menu-alert" className={c('ik-RoleMenu-alert')} />}
        <span data-slot="role-menu-value" className={c('ik-RoleMenu-value')}>
          {summary || messages.rolePlaceholder}
        </span>
        <ChevronDownIcon data-slot="role-menu-icon" className={c('ik-RoleMenu-icon')} />
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <Dialog.Content
          ref={place}
          data-slot="role-menu-content"
          className={cx(c('ik-root'), c('ik-RoleMenu-content'))}
          data-theme={theme ?? inherited.theme}
          dir={direction}
          // Placed by `place`; inline so it holds without the kit's CSS too.
          style={{ position: 'fixed', zIndex: 60 }}
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            const node = event.currentTarget as HTMLElement;
            node.querySelector<HTMLInputElement>('input:checked:not(:disabled), input:not(:disabled)')?.focus();
          }}
          onKeyDown={onKeyDown}
        >
          <Dialog.Title data-slot="role-menu-title" className={c('ik-RoleMenu-title')}>
            {label}
          </Dialog.Title>
          <fieldset data-slot="role-menu-group" className={c('ik-RoleMenu-group')}>
            {/* The title above already says it: a second "Role" is for screen readers only. */}
            <legend data-slot="role-menu-legend" className={c('ik-RoleMenu-legend')} style={srOnly}>
              {messages.roleSelectLabel}
            </legend>
            {systemOptions.map((option) => {
              const reason = reasonOf(option);
              return (
                <label key={option.slug} data-slot="role-menu-option" className={c('ik-RoleMenu-option')}>
                  <input
                    type="radio"
                    data-slot="role-menu-radio"
                    name={name}
                    value={option.slug}
                    checked={system === option.slug}
                    disabled={reason !== undefined}
                    aria-labelledby={`${name}-${option.slug}-name`}
                    aria-describedby={describedBy(option, reason)}
                    onChange={() => chooseSystem(option.slug)}
                  />
                  {text(option, reason)}
                </label>
              );
            })}
          </fieldset>
          {customOptions.length > 0 && (
            <fieldset data-slot="role-menu-custom" className={c('ik-RoleMenu-group')} disabled={system !== 'member' && system !== undefined}>
              <legend data-slot="role-menu-legend" className={c('ik-RoleMenu-legend')}>
                {messages.customRolesLabel}
              </legend>
              {system !== 'member' && (
                <p data-slot="role-menu-hint" className={cx(c('ik-Select-detail'), c('ik-RoleMenu-hint'))}>
                  {messages.customRolesNeedMember({ member: roleName('member', roles, names) })}
                </p>
              )}
              {customOptions.map((option) => {
                const on = custom.includes(option.slug);
                const reason = option.unknown ? undefined : reasonOf(option);
                return (
                  <label key={option.slug} data-slot="role-menu-option" className={c('ik-RoleMenu-option')}>
                    <input
                      type="checkbox"
                      data-slot="role-menu-checkbox"
                      checked={on}
                      // One the caller may not give stays removable if it is already set.
                      disabled={(reason !== undefined || option.unknown) && !on}
                      aria-labelledby={`${name}-${option.slug}-name`}
                      aria-describedby={describedBy(option, reason)}
                      onChange={(event) => toggleCustom(option.slug, event.currentTarget.checked)}
                    />
                    {text(option, reason)}
                  </label>
                );
              })}
            </fieldset>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
