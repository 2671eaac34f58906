import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoleSelect } from '../src/components/role-select';
import ar from 'invite-kit/messages/ar';
import { ROLES, ROLES_AR, callerWith } from './support/fixtures';
import { screenOf } from './support/play';
import { onDarkSurface } from './support/decorators';

/**
 * Picks an invitation's roles: one system role, plus custom `org-` roles beside member. Options the
 * caller may not give are disabled and say why. The popover is portalled, so play functions query
 * the whole document.
 */
const meta = {
  title: 'Components/RoleSelect',
  component: RoleSelect,
  args: {
    roles: ROLES,
    onValueChange: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['single', 'multiple'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    messages: { control: false },
  },
} satisfies Meta<typeof RoleSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

const trigger = (canvasElement: HTMLElement, name: string | RegExp = 'Role') =>
  within(canvasElement).getByRole('combobox', { name });

/** Member by default; choosing another system role reports the new slugs. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveTextContent('Member');
    await userEvent.click(trigger(canvasElement));
    await userEvent.click(await screenOf(canvasElement).findByRole('option', { name: /^Admin/ }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['admin']);
    await expect(trigger(canvasElement)).toHaveTextContent('Admin');
  },
};

/** The host holds the value; the custom roles show as checkboxes while the system role is member. */
export const Controlled: Story = {
  render: function ControlledRoleSelect(args) {
    const [value, setValue] = useState<string[]>(['member']);
    return (
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <RoleSelect
          {...args}
          value={value}
          onValueChange={(next) => {
            args.onValueChange?.(next);
            setValue(next);
          }}
        />
        <p>Value: {JSON.stringify(value)}</p>
      </div>
    );
  },
  args: { caller: callerWith('owner', 'org-support', 'org-analyst') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Support agent' }));
    await expect(canvas.getByText('Value: ["member","org-support"]')).toBeVisible();

    // Another system role drops the custom roles (they go only beside member) and says so.
    await userEvent.click(trigger(canvasElement));
    await userEvent.click(await screenOf(canvasElement).findByRole('option', { name: /^Billing/ }));
    await expect(canvas.getByText('Value: ["billing"]')).toBeVisible();
    await expect(canvas.getByText('Custom roles can only be given with the Member role.')).toBeVisible();
  },
};

/** Each option names and describes its role from the catalog. */
export const WithDescriptions: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(trigger(canvasElement));
    const owner = await screenOf(canvasElement).findByRole('option', { name: /^Owner/ });
    await expect(owner).toHaveTextContent('Everything, including deleting the organization.');
    await userEvent.keyboard('{Escape}');
  },
};

/** One role per invitation (WorkOS): no custom-role checkboxes. */
export const SingleRole: Story = {
  args: { mode: 'single' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('checkbox')).toBeNull();
  },
};

/** An admin: Owner is disabled with the reason, and so is a custom role the admin does not hold. */
export const PrivilegeLimitedCaller: Story = {
  args: { caller: callerWith('admin', 'org-analyst') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('checkbox', { name: 'Support agent' })).toBeDisabled();
    await expect(canvas.getByRole('checkbox', { name: 'Analyst' })).toBeEnabled();
    await expect(canvas.getByText(/Only people who hold this role can give it\./)).toBeVisible();

    await userEvent.click(trigger(canvasElement));
    const owner = await screenOf(canvasElement).findByRole('option', { name: /^Owner/ });
    await expect(owner).toHaveAttribute('aria-disabled', 'true');
    await expect(owner).toHaveTextContent('Above your own role (admin).');
    await userEvent.keyboard('{Escape}');
  },
};

/** A system role above member is chosen: custom roles are unavailable, and the picker says why. */
export const CustomRolesNeedMember: Story = {
  args: { defaultValue: ['admin'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Custom roles can only be given with the Member role.')).toBeVisible();
  },
};

/** Disabled as a whole (an entry being sent). */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement)).toBeDisabled();
  },
};

/** Dark theme: the popover follows the trigger's surroundings. */
export const DarkTheme: Story = {
  decorators: [onDarkSurface],
  play: async ({ canvasElement }) => {
    await userEvent.click(trigger(canvasElement));
    const listbox = await screenOf(canvasElement).findByRole('listbox');
    await waitFor(() => expect(listbox.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark'));
    await userEvent.keyboard('{Escape}');
  },
};

/** Right to left, with Arabic labels and role names. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', roles: ROLES_AR, messages: ar },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement, ar.roleSelectLabel)).toHaveTextContent('عضو');
    await expect(within(canvasElement).getByRole('group', { name: ar.customRolesLabel })).toBeVisible();
  },
};

/** No `ik-` classes: style it by `data-slot`. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[class*="ik-"]')).toHaveLength(0);
    await expect(canvasElement.querySelector('[data-slot="role-select-trigger"]')).not.toBeNull();
  },
};

/**
 * `compact`: one trigger of fixed height, the roles in a line; the system roles (radios) and the
 * custom roles (checkboxes) open in a small popover — a bottom sheet on a phone. For a row per
 * person, or wherever the checkbox block would take too much room.
 */
export const Compact: Story = {
  args: { compact: true, caller: callerWith('admin', 'org-support') },
  play: async ({ args, canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveTextContent('Member');
    await expect(within(canvasElement).queryByRole('checkbox')).toBeNull();
    await userEvent.click(trigger(canvasElement));
    const menu = await screenOf(canvasElement).findByRole('dialog', { name: 'Role' });
    await expect(within(menu).getByRole('radio', { name: 'Owner' })).toBeDisabled();
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Support agent' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['member', 'org-support']);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger(canvasElement)).toHaveTextContent('Member, Support agent'));
  },
};
