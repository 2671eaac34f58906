import { RoleMenu } from '../role-menu';
import { useInviteDialogContext, useSlot, useUnstyled } from './context';

/**
 * The roles: one compact picker for everyone (custom roles inside it, not as a block), and the
 * switch that gives each person their own picker in their row. Nothing when the transport takes
 * no roles.
 */
export function InviteDialogRoles({ className }: { className?: string }) {
  const dialog = useInviteDialogContext('InviteDialogRoles');
  const slot = useSlot();
  const unstyled = useUnstyled();
  const { messages, idOf, roleMode, perPerson, theme, dir, rowContext } = dialog;
  if (roleMode === 'none') return null;
  return (
    <div {...slot('roles', 'ik-InviteDialog-row', className)}>
      {!perPerson && (
        <div {...slot('role')}>
          <label id={idOf('role-label')} htmlFor={idOf('role')} {...slot('role-label')}>
            {messages.roleLabel}
          </label>
          <RoleMenu
            id={idOf('role')}
            label={messages.roleLabel}
            aria-labelledby={idOf('role-label')}
            {...dialog.getRoleProps()}
            roles={rowContext.roles}
            caller={rowContext.caller}
            messages={messages}
            unstyled={unstyled}
            theme={theme}
            dir={dir}
          />
        </div>
      )}
      <button type="button" {...slot('switch')} {...dialog.getPerPersonProps()}>
        {messages.rolePerPerson}
      </button>
    </div>
  );
}
