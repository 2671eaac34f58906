import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { localeDirection } from '../core/locales';
import { getRoleOptions, isCustomRole, isSystemRole, roleName, type RoleOption } from '../core/roles';
import type { InviteCaller, RoleCatalog } from '../core/types';
import { cx, ikClass } from './cx';
import type { Direction, Theme } from './environment';
import { defaultRoleSelectMessages, type RoleSelectMessages } from './messages';
import { RoleMenu } from './role-menu';
import { SelectOption, SelectShell, type SelectTriggerAria } from './select-parts';

/** Props of {@link RoleSelect}. */
export interface RoleSelectProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange' | 'dir' | keyof SelectTriggerAria>,
    SelectTriggerAria {
  /**
   * The chosen role slugs (controlled): one system role, plus custom `org-` roles beside `member`.
   * An empty list means `['member']`.
   */
  value?: string[];
  /**
   * The role slugs chosen at first (uncontrolled).
   * @default ['member']
   */
  defaultValue?: string[];
  /** Called with the new slugs whenever the person changes the roles. */
  onValueChange?: (value: string[]) => void;
  /** Custom roles to offer, and names or descriptions for the system roles. */
  roles?: RoleCatalog;
  /** Who is choosing: options above the caller's level are disabled, with the reason. */
  caller?: InviteCaller;
  /**
   * What the transport accepts: `single` offers one system role only; `multiple` adds the custom
   * roles (as checkboxes) when the system role is member. The value is a `string[]` in both.
   * @default 'multiple'
   */
  mode?: 'single' | 'multiple';
  /** Submits the slugs with a form: one hidden input per slug under this name. */
  name?: string;
  /**
   * Disables the whole picker.
   * @default false
   */
  disabled?: boolean;
  /**
   * Renders no `ik-` classes: style it yourself by `data-slot`.
   * @default false
   */
  unstyled?: boolean;
  /** The popover's theme. @default the trigger's surroundings (`data-theme`, `.dark`) */
  theme?: Theme;
  /**
   * The writing direction.
   * @default the direction of `messages.locale` when the messages give one, else the trigger's surroundings (`dir`)
   */
  dir?: Direction;
  /**
   * The accessible name of the custom roles group, for a picker that is one of several (one per
   * person): "Custom roles for ana@acme.com" rather than the same name on every row.
   * @default messages.customRolesLabel (its visible legend)
   */
  groupLabel?: string;
  /**
   * Whether the picker says why custom roles are unavailable while a system role other than member
   * is chosen. A host showing several pickers may say it once instead.
   * @default true
   */
  customRolesHint?: boolean;
  /** Its language (`import de from 'invite-kit/messages/de'`), or replacement strings. @default defaultRoleSelectMessages (English) */
  messages?: Partial<RoleSelectMessages>;
  /**
   * One trigger of fixed height that opens a small popover with the system roles and, in
   * `multiple` mode, the custom roles: for a row per person, or wherever the custom roles' block
   * would take too much room. Named by `aria-label` (or `aria-labelledby`), else `messages.roleSelectLabel`.
   * @default false
   */
  compact?: boolean;
}

const ROLE_FALLBACK = ['member'];

/**
 * Picks the roles of an invitation: one system role from a select whose options name each role,
 * describe it from the catalog and, when the caller may not give it, say why; plus the catalog's
 * custom roles as checkboxes while the system role is member.
 * @example
 * <RoleSelect roles={catalog} caller={{ roleSlugs: ['admin'] }} defaultValue={['member']} onValueChange={setRoles} />
 */
export const RoleSelect = forwardRef<HTMLDivElement, RoleSelectProps>(function RoleSelect(props, forwardedRef) {
  const {
    value: valueProp,
    defaultValue = ROLE_FALLBACK,
    onValueChange,
    roles,
    caller,
    mode = 'multiple',
    name,
    disabled = false,
    unstyled,
    theme,
    dir: dirProp,
    messages: messagesProp,
    groupLabel,
    customRolesHint = true,
    compact = false,
    className,
    id,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    'aria-describedby': ariaDescribedBy,
    'aria-invalid': ariaInvalid,
    ...rest
  } = props;
  const messages = { ...defaultRoleSelectMessages, ...messagesProp };
  const dir = dirProp ?? (messagesProp?.locale ? localeDirection(messagesProp.locale) : undefined);
  const [value, setValue] = useControllableState({ prop: valueProp, defaultProp: defaultValue, onChange: onValueChange });
  const names = messages.roleNames;
  const options = useMemo(() => getRoleOptions({ roles, caller, names }), [roles, caller, names]);
  const baseId = useId();
  const c = (part: string) => ikClass(unstyled, part);

  const system = value.find(isSystemRole) ?? 'member';
  const custom = value.filter(isCustomRole);
  const systemOptions = options.filter((option) => option.kind === 'system');
  const customOptions = mode === 'multiple' ? options.filter((option) => option.kind === 'custom') : [];
  // The host's words for why an option is disabled, from the reason's code, not core's English.
  const reasonOf = ({ disabledBy, callerRole = 'member' }: RoleOption) =>
    disabledBy === 'above_level'
      ? messages.roleAboveYourLevel({ role: callerRole, name: roleName(callerRole, roles, names) })
      : disabledBy && messages.roleNotHeld;
  const withCustom = (slugs: string[]) =>
    customOptions.filter((option) => slugs.includes(option.slug)).map((option) => option.slug);

  // Custom roles go only beside member (the batch API's rule): choosing another system role drops
  // them rather than leaving an entry the server would refuse.
  const chooseSystem = (slug: string) => setValue(slug === 'member' ? ['member', ...withCustom(custom)] : [slug]);
  const toggleCustom = (slug: string, on: boolean) =>
    setValue(['member', ...withCustom(on ? [...custom, slug] : custom.filter((s) => s !== slug))]);

  const hidden =
    name !== undefined &&
    (mode === 'single' ? [system] : [system, ...custom]).map((slug) => <input key={slug} type="hidden" name={name} value={slug} />);

  if (compact) {
    return (
      <div ref={forwardedRef} data-slot="role-select" data-disabled={disabled ? '' : undefined} className={cx(c('ik-root'), c('ik-RoleSelect'), className)} {...rest}>
        <RoleMenu
          value={value}
          onValueChange={setValue}
          label={ariaLabel ?? messages.roleSelectLabel}
          aria-labelledby={ariaLabelledBy}
          aria-describedby={ariaDescribedBy}
          aria-invalid={ariaInvalid === true || ariaInvalid === 'true'}
          roles={roles}
          caller={caller}
          mode={mode}
          messages={messages}
          unstyled={unstyled}
          theme={theme}
          dir={dir}
          id={id}
          disabled={disabled}
        />
        {hidden}
      </div>
    );
  }

  return (
    <div
      ref={forwardedRef}
      data-slot="role-select"
      data-disabled={disabled ? '' : undefined}
      className={cx(c('ik-root'), c('ik-RoleSelect'), className)}
      {...rest}
    >
      <SelectShell
        part="RoleSelect"
        slot="role-select"
        value={system}
        onValueChange={chooseSystem}
        disabled={disabled}
        placeholder={messages.rolePlaceholder}
        unstyled={unstyled}
        theme={theme}
        dir={dir}
        id={id}
        aria-label={ariaLabel ?? (ariaLabelledBy ? undefined : messages.roleSelectLabel)}
        aria-labelledby={ariaLabelledBy}
        aria-describedby={ariaDescribedBy}
        aria-invalid={ariaInvalid}
        valueText={roleName(system, roles, names)}
      >
        {systemOptions.map((option) => {
          const reason = reasonOf(option);
          return (
            <SelectOption
              key={option.slug}
              part="RoleSelect"
              slot="role-select"
              value={option.slug}
              disabled={reason !== undefined}
              textValue={option.name}
              unstyled={unstyled}
              text={
                <>
                  <span data-slot="role-select-item-name">{option.name}</span>
                  {option.description && <span className={c('ik-Select-detail')}>{` ${option.description}`}</span>}
                  {reason && <span className={c('ik-Select-detail')}>{` ${reason}`}</span>}
                </>
              }
            />
          );
        })}
      </SelectShell>

      {customOptions.length > 0 &&
        (system === 'member' ? (
          <fieldset data-slot="role-select-custom" className={c('ik-RoleSelect-custom')} disabled={disabled} aria-label={groupLabel}>
            <legend className={c('ik-RoleSelect-legend')}>{messages.customRolesLabel}</legend>
            {customOptions.map((option, index) => {
              const inputId = `${baseId}-custom-${index}`;
              const detailId = `${inputId}-detail`;
              const reason = reasonOf(option);
              const detail = [option.description, reason].filter(Boolean).join(' ');
              return (
                <div key={option.slug} data-slot="role-select-check" className={c('ik-RoleSelect-check')}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={custom.includes(option.slug)}
                    // One the caller may not give stays removable if it is already set.
                    disabled={reason !== undefined && !custom.includes(option.slug)}
                    aria-describedby={detail ? detailId : undefined}
                    onChange={(event) => toggleCustom(option.slug, event.currentTarget.checked)}
                  />
                  <span>
                    <label htmlFor={inputId}>{option.name}</label>
                    {detail && (
                      <span id={detailId} className={c('ik-Select-detail')}>
                        {' '}
                        {detail}
                      </span>
                    )}
                  </span>
                </div>
              );
            })}
          </fieldset>
        ) : (
          customRolesHint && (
            <p data-slot="role-select-custom-hint" className={cx(c('ik-Select-detail'), c('ik-RoleSelect-hint'))}>
              {messages.customRolesNeedMember({ member: roleName('member', roles, names) })}
            </p>
          )
        ))}

      {hidden}
    </div>
  );
});
