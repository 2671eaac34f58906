import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LocalePicker } from '../src/components/locale-picker';
import { STYTCH_LOCALES } from '../src/transports/stytch';
import ar from 'invite-kit/messages/ar';
import { screenOf } from './support/play';
import { onDarkSurface } from './support/decorators';

/**
 * Picks the invitation email's language. Names come from the browser (`Intl.DisplayNames`): each
 * option reads in its own language, then in the display language; typeahead matches what is shown,
 * the language's own name first.
 */
const meta = {
  title: 'Components/LocalePicker',
  component: LocalePicker,
  args: {
    onValueChange: fn(),
    defaultValue: 'en',
  },
  argTypes: {
    locales: { control: 'object' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    messages: { control: false },
  },
} satisfies Meta<typeof LocalePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const trigger = (canvasElement: HTMLElement, name: string | RegExp = 'Language') =>
  within(canvasElement).getByRole('combobox', { name });

/** WorkOS's 90 languages; typing the name shown first jumps to it ("Deutsch", not Danish). */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveTextContent('English');
    await userEvent.click(trigger(canvasElement));
    await expect(await screenOf(canvasElement).findAllByRole('option')).toHaveLength(90);
    await userEvent.keyboard('Deutsch');
    await waitFor(() => expect(screenOf(canvasElement).getByRole('option', { name: /^Deutsch — German$/ })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('de');
    await expect(trigger(canvasElement)).toHaveTextContent('Deutsch');
  },
};

/** The host holds the value. */
export const Controlled: Story = {
  render: function ControlledLocalePicker(args) {
    const [value, setValue] = useState('fr');
    return (
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <LocalePicker
          {...args}
          value={value}
          onValueChange={(next) => {
            args.onValueChange?.(next);
            setValue(next);
          }}
        />
        <p>Value: {value}</p>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveTextContent('Français');
    await userEvent.click(trigger(canvasElement));
    await userEvent.click(await screenOf(canvasElement).findByRole('option', { name: /^Español — Spanish$/ }));
    await expect(within(canvasElement).getByText('Value: es')).toBeVisible();
  },
};

/** Stytch's four languages, in Stytch's spelling: a `pt-BR` default is matched to `pt-br`. */
export const StytchLocales: Story = {
  args: { locales: STYTCH_LOCALES, defaultValue: 'pt-BR' },
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement)).toHaveTextContent('Português');
    await userEvent.click(trigger(canvasElement));
    await expect(await screenOf(canvasElement).findAllByRole('option')).toHaveLength(4);
    await userEvent.keyboard('{Escape}');
  },
};

/** Names written in the host's UI language (German here): "English — Englisch". */
export const DisplayLanguage: Story = {
  args: { displayLocale: 'de', locales: ['en', 'de', 'fr', 'ja'] },
  play: async ({ canvasElement }) => {
    await userEvent.click(trigger(canvasElement));
    await expect(await screenOf(canvasElement).findByRole('option', { name: 'English — Englisch' })).toBeVisible();
    await expect(screenOf(canvasElement).getByRole('option', { name: '日本語 — Japanisch' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};

/** Right to left, Arabic labels; Arabic and Hebrew names read right to left inside any list. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', displayLocale: 'ar', defaultValue: 'ar', locales: ['ar', 'he', 'en', 'fa', 'fr'], messages: ar },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(trigger(canvasElement, ar.localeSelectLabel)).toHaveTextContent('العربية');
    await userEvent.click(trigger(canvasElement, ar.localeSelectLabel));
    const hebrew = await screenOf(canvasElement).findByRole('option', { name: /עברית/ });
    await expect(hebrew.querySelector('bdi')).toHaveAttribute('dir', 'rtl');
    await userEvent.keyboard('{Escape}');
  },
};

/** Disabled. */
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

/** No `ik-` classes: style it by `data-slot`. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[class*="ik-"]')).toHaveLength(0);
  },
};
