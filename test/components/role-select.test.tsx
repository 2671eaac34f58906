import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RoleSelect, type RoleSelectProps } from '../../src/components/index';
import { expectNoAxeViolations } from './harness';

const catalog = [
  { slug: 'admin', description: 'Manages members and settings.' },
  { slug: 'org-sales', name: 'Sales', description: 'Sees the pipeline.' },
  { slug: 'org-support', name: 'Support' },
];

function Harness(props: Partial<RoleSelectProps>) {
  return (
    <main>
      <form aria-label="Invite" data-testid="form">
        <RoleSelect aria-label="Role" roles={catalog} {...props} />
      </form>
    </main>
  );
}

const trigger = () => screen.getByRole('combobox', { name: 'Role' });
const formValues = () => new FormData(screen.getByTestId('form') as HTMLFormElement).getAll('roles');

async function choose(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(trigger());
  await user.click(await screen.findByRole('option', { name }));
}

describe('RoleSelect', () => {
  describe('given a catalog and no caller', () => {
    it('offers the four system roles with names and descriptions from the catalog', async () => {
      const user = userEvent.setup();
      render(<Harness />);
      expect(trigger()).toHaveTextContent('Member');
      await expectNoAxeViolations(document.querySelector('main')!);
      await user.click(trigger());
      const options = within(await screen.findByRole('listbox')).getAllByRole('option');
      expect(options.map((option) => option.textContent)).toEqual([
        'Member',
        'Billing',
        'Admin Manages members and settings.',
        'Owner',
      ]);
      expect(options.every((option) => option.getAttribute('aria-disabled') !== 'true')).toBe(true);
    });

    it('reports the chosen role and submits it with the form', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Harness name="roles" onValueChange={onValueChange} />);
      expect(formValues()).toEqual(['member']);
      await choose(user, /^Billing/);
      expect(onValueChange).toHaveBeenLastCalledWith(['billing']);
      expect(trigger()).toHaveTextContent('Billing');
      expect(formValues()).toEqual(['billing']);
    });
  });

  describe('given a caller', () => {
    it('disables roles above the caller with the reason', async () => {
      const user = userEvent.setup();
      render(<Harness caller={{ roleSlugs: ['billing'] }} />);
      await user.click(trigger());
      const listbox = await screen.findByRole('listbox');
      expect(within(listbox).getByRole('option', { name: /^Billing/ })).not.toHaveAttribute('aria-disabled');
      for (const name of [/^Admin/, /^Owner/]) {
        const option = within(listbox).getByRole('option', { name });
        expect(option).toHaveAttribute('aria-disabled', 'true');
        expect(option).toHaveTextContent('Above your own role (billing).');
      }
    });

    it('disables a custom role the caller does not hold, with the reason', () => {
      render(<Harness caller={{ roleSlugs: ['admin', 'org-sales'] }} />);
      expect(screen.getByRole('checkbox', { name: 'Sales' })).toBeEnabled();
      const support = screen.getByRole('checkbox', { name: 'Support' });
      expect(support).toBeDisabled();
      expect(support).toHaveAccessibleDescription('Only people who hold this role can give it.');
    });
  });

  describe('given messages in another language', () => {
    it('says why an option is disabled in the host’s words', async () => {
      const user = userEvent.setup();
      render(
        <Harness
          caller={{ roleSlugs: ['billing'] }}
          messages={{
            roleAboveYourLevel: ({ role, name }) => `Über Ihrer Rolle (${name}, ${role}).`,
            roleNotHeld: 'Nur wer diese Rolle hat, kann sie vergeben.',
          }}
        />,
      );
      expect(screen.getByRole('checkbox', { name: 'Sales' })).toHaveAccessibleDescription('Sees the pipeline. Nur wer diese Rolle hat, kann sie vergeben.');
      await user.click(trigger());
      const owner = within(await screen.findByRole('listbox')).getByRole('option', { name: /^Owner/ });
      expect(owner).toHaveAttribute('aria-disabled', 'true');
      expect(owner).toHaveTextContent('Owner Über Ihrer Rolle (Billing, billing).');
      expect(owner).not.toHaveTextContent('Above your own role');
    });
  });

  describe("given mode 'multiple'", () => {
    it('adds custom roles beside member only, and drops them for another system role', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Harness name="roles" onValueChange={onValueChange} />);
      const group = screen.getByRole('group', { name: 'Custom roles' });
      await user.click(within(group).getByRole('checkbox', { name: 'Sales' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['member', 'org-sales']);
      expect(formValues()).toEqual(['member', 'org-sales']);
      expect(within(group).getByRole('checkbox', { name: 'Sales' })).toHaveAccessibleDescription('Sees the pipeline.');
      await expectNoAxeViolations(document.querySelector('main')!);

      await choose(user, /^Admin/);
      expect(onValueChange).toHaveBeenLastCalledWith(['admin']);
      expect(screen.queryByRole('group', { name: 'Custom roles' })).not.toBeInTheDocument();
      expect(screen.getByText('Custom roles can only be given with the Member role.')).toBeInTheDocument();

      await choose(user, /^Member/);
      expect(onValueChange).toHaveBeenLastCalledWith(['member']);
      expect(screen.getByRole('checkbox', { name: 'Sales' })).not.toBeChecked();
    });

    it('leaves the custom roles rule unsaid with customRolesHint={false}, for a host that says it once', () => {
      render(<Harness defaultValue={['admin']} customRolesHint={false} />);
      expect(screen.queryByText('Custom roles can only be given with the Member role.')).not.toBeInTheDocument();
    });

    it('names the custom roles group as the host asks, keeping the visible legend', async () => {
      render(<Harness groupLabel="Custom roles for ana@acme.com" />);
      const group = screen.getByRole('group', { name: 'Custom roles for ana@acme.com' });
      expect(within(group).getByText('Custom roles')).toBeVisible();
      await expectNoAxeViolations(document.querySelector('main')!);
    });
  });

  describe("given mode 'single'", () => {
    it('offers one system role and no custom roles; the value is still a list', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Harness mode="single" name="roles" defaultValue={['member', 'org-sales']} onValueChange={onValueChange} />);
      expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
      expect(formValues()).toEqual(['member']);
      await choose(user, /^Owner/);
      expect(onValueChange).toHaveBeenLastCalledWith(['owner']);
    });
  });

  describe('given a controlled value', () => {
    it('shows what the parent holds and follows its changes', async () => {
      const user = userEvent.setup();
      function Controlled() {
        const [value, setValue] = useState(['admin']);
        return (
          <>
            <Harness value={value} onValueChange={setValue} />
            <output data-testid="value">{value.join(',')}</output>
            <button type="button" onClick={() => setValue(['owner'])}>
              Make owner
            </button>
          </>
        );
      }
      render(<Controlled />);
      expect(trigger()).toHaveTextContent('Admin');
      await user.click(screen.getByRole('button', { name: 'Make owner' }));
      expect(trigger()).toHaveTextContent('Owner');
      await choose(user, /^Member/);
      expect(screen.getByTestId('value')).toHaveTextContent('member');
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      expect(screen.getByTestId('value')).toHaveTextContent('member,org-support');
    });
  });

  describe('given compact', () => {
    it('is one trigger of one height; the popover holds the system roles as radios and the custom roles as checkboxes', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Harness compact mode="multiple" name="roles" caller={{ roleSlugs: ['admin', 'org-sales'] }} onValueChange={onValueChange} />);
      // No block of checkboxes beside the trigger.
      expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
      expect(trigger()).toHaveTextContent('Member');
      await user.click(trigger());
      const menu = await screen.findByRole('dialog', { name: 'Role' });
      expect(within(menu).getByRole('radio', { name: 'Member' })).toHaveFocus();
      expect(within(menu).getByRole('radio', { name: 'Admin' })).toHaveAccessibleDescription('Manages members and settings.');
      expect(within(menu).getByRole('radio', { name: 'Owner' })).toBeDisabled();
      expect(within(menu).getByRole('radio', { name: 'Owner' })).toHaveAccessibleDescription('Above your own role (admin).');
      // A custom role the caller does not hold cannot be given.
      expect(within(menu).getByRole('checkbox', { name: 'Support' })).toBeDisabled();
      await user.click(within(menu).getByRole('checkbox', { name: 'Sales' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['member', 'org-sales']);
      expect(formValues()).toEqual(['member', 'org-sales']);
      await expectNoAxeViolations(document.querySelector('main')!);
      // Another system role drops the custom ones (they go only beside member).
      await user.click(within(menu).getByRole('radio', { name: 'Billing' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['billing']);
      expect(within(menu).getByRole('group', { name: 'Custom roles' })).toBeDisabled();
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('dialog', { name: 'Role' })).not.toBeInTheDocument();
      expect(trigger()).toHaveFocus();
      expect(trigger()).toHaveTextContent('Billing');
    });

    it('shows a role that does not exist as it came, marked invalid, until a valid one is chosen', async () => {
      const user = userEvent.setup();
      function Controlled() {
        const [value, setValue] = useState(['supervisor']);
        return <Harness compact value={value} onValueChange={setValue} aria-invalid={value.includes('supervisor')} />;
      }
      render(<Controlled />);
      expect(trigger()).toHaveTextContent('supervisor');
      expect(trigger()).toHaveAttribute('aria-invalid', 'true');
      await user.click(trigger());
      const menu = await screen.findByRole('dialog', { name: 'Role' });
      expect(within(menu).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
      await user.click(within(menu).getByRole('radio', { name: 'Admin' }));
      await user.keyboard('{Escape}');
      expect(trigger()).toHaveTextContent('Admin');
      expect(trigger()).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('given host props', () => {
    it('forwards the ref to its root, merges className last, and can be disabled', () => {
      const ref = createRef<HTMLDivElement>();
      // Straight to the component: React 18 passes no ref through a plain function component.
      render(<RoleSelect ref={ref} aria-label="Role" roles={catalog} className="mine" disabled />);
      expect(ref.current).toHaveAttribute('data-slot', 'role-select');
      expect(ref.current?.className).toBe('ik-root ik-RoleSelect mine');
      expect(ref.current).toHaveAttribute('data-disabled');
      expect(trigger()).toBeDisabled();
      expect(screen.getByRole('checkbox', { name: 'Sales' })).toBeDisabled();
    });

    it('renders no ik- classes when unstyled, keeping the data-slot attributes', async () => {
      const user = userEvent.setup();
      const { container } = render(<Harness unstyled className="mine" />);
      await user.click(trigger());
      await screen.findByRole('listbox');
      const classes = [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
      expect(classes.filter((name) => name.startsWith('ik-'))).toEqual([]);
      expect(container.querySelector('[data-slot="role-select-trigger"]')).toBeInTheDocument();
      expect(document.querySelector('[data-slot="role-select-content"]')).toBeInTheDocument();
    });

    it('puts its theme on the portalled popover', async () => {
      const user = userEvent.setup();
      render(
        <div data-theme="dark">
          <Harness />
        </div>,
      );
      await user.click(trigger());
      await screen.findByRole('listbox');
      expect(document.querySelector('[data-slot="role-select-content"]')).toHaveAttribute('data-theme', 'dark');
    });
  });
});
