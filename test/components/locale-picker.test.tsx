import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LocalePicker, type LocalePickerProps } from '../../src/components/index';
import { expectNoAxeViolations } from './harness';

const LOCALES = ['en', 'de', 'fr', 'ar', 'he', 'pt-br'];

function Harness(props: Partial<LocalePickerProps>) {
  return (
    <main>
      <form aria-label="Invite" data-testid="form">
        <LocalePicker aria-label="Email language" locales={LOCALES} {...props} />
      </form>
    </main>
  );
}

const trigger = () => screen.getByRole('combobox', { name: 'Email language' });
const formValue = () => new FormData(screen.getByTestId('form') as HTMLFormElement).get('locale');

describe('LocalePicker', () => {
  describe('given a list of locales', () => {
    it('names each language in itself and in the display language, sorted by its language name', async () => {
      const user = userEvent.setup();
      render(<Harness defaultValue="en" />);
      await expectNoAxeViolations(document.querySelector('main')!);
      await user.click(trigger());
      const options = within(await screen.findByRole('listbox')).getAllByRole('option');
      expect(options.map((option) => option.textContent)).toEqual([
        'العربية — Arabic',
        'English',
        'Français — French',
        'Deutsch — German',
        'עברית — Hebrew',
        // A regional variant sorts with its language ("Portuguese"), not by its own label.
        'Português (Brasil) — Brazilian Portuguese',
      ]);
    });

    it('marks each native name with its language and direction', async () => {
      const user = userEvent.setup();
      render(<Harness defaultValue="en" />);
      await user.click(trigger());
      const listbox = await screen.findByRole('listbox');
      const arabic = within(listbox).getByText('العربية');
      expect(arabic).toHaveAttribute('lang', 'ar');
      expect(arabic).toHaveAttribute('dir', 'rtl');
      expect(within(listbox).getByText('Deutsch')).toHaveAttribute('dir', 'ltr');
      expect(within(listbox).getByText('עברית')).toHaveAttribute('dir', 'rtl');
    });

    it('writes the names in the display language', async () => {
      const user = userEvent.setup();
      render(<Harness displayLocale="de" defaultValue="de" />);
      expect(trigger()).toHaveTextContent('Deutsch');
      await user.click(trigger());
      expect(await screen.findByRole('option', { name: 'Français — Französisch' })).toBeInTheDocument();
    });
  });

  describe('given a default value', () => {
    it('matches any BCP 47 tag to the list and submits the list spelling', () => {
      render(<Harness name="locale" defaultValue="pt-BR" />);
      expect(trigger()).toHaveTextContent('Português (Brasil) — Brazilian Portuguese');
      expect(formValue()).toBe('pt-br');
    });

    it('falls back to a regional list entry for a base language', () => {
      render(<Harness name="locale" defaultValue="de-AT" />);
      expect(formValue()).toBe('de');
    });
  });

  describe('given a person choosing', () => {
    it('reports the pick, and typeahead finds a language by the name shown first', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      // Danish sorts before German and starts with a D too: typing "Deutsch" must still land on German.
      render(<Harness name="locale" locales={[...LOCALES, 'da']} defaultValue="en" onValueChange={onValueChange} />);
      trigger().focus();
      await user.keyboard('{Enter}');
      await screen.findByRole('listbox');
      await user.keyboard('Deutsch');
      expect(screen.getByRole('option', { name: 'Deutsch — German' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith('de');
      expect(formValue()).toBe('de');
      expect(trigger()).toHaveTextContent('Deutsch — German');
    });

    it('follows a controlled value', async () => {
      const user = userEvent.setup();
      function Controlled() {
        const [value, setValue] = useState('fr');
        return (
          <>
            <Harness value={value} onValueChange={setValue} />
            <button type="button" onClick={() => setValue('he')}>
              Hebrew
            </button>
          </>
        );
      }
      render(<Controlled />);
      expect(trigger()).toHaveTextContent('Français — French');
      await user.click(screen.getByRole('button', { name: 'Hebrew' }));
      expect(trigger()).toHaveTextContent('עברית — Hebrew');
    });
  });

  describe('given host props', () => {
    it('forwards the ref, merges className last, disables, and renders unstyled', () => {
      const ref = createRef<HTMLDivElement>();
      // Straight to the component: React 18 passes no ref through a plain function component.
      const { container } = render(
        <LocalePicker ref={ref} aria-label="Email language" locales={LOCALES} className="mine" disabled unstyled />,
      );
      expect(ref.current).toHaveAttribute('data-slot', 'locale-picker');
      expect(ref.current?.className).toBe('mine');
      expect(trigger()).toBeDisabled();
      const classes = [...container.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
      expect(classes.filter((name) => name.startsWith('ik-'))).toEqual([]);
    });
  });
});
