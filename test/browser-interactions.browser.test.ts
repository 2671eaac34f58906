/**
 * What a test author may use in every engine: `vitest/browser`'s locators and `userEvent`, which
 * each provider implements with its browser's own input events (Firefox: scripts/firefox-commands.ts).
 * The kit's tests use @testing-library/user-event today; these keep the other way open in all three.
 */
import { expect, it } from 'vitest';
import { page, server, userEvent } from 'vitest/browser';

const field = (name: string) => page.getByRole('textbox', { name }).element() as HTMLInputElement;

it(`clicks and double-clicks what a locator finds, in ${server.browser}`, async () => {
  document.body.innerHTML = '<button>Invite</button>';
  const seen: string[] = [];
  const button = document.querySelector('button')!;
  button.addEventListener('click', (event) => seen.push(`click ${event.detail}`));
  button.addEventListener('dblclick', () => seen.push('dblclick'));
  await page.getByRole('button', { name: 'Invite' }).click();
  await userEvent.dblClick(page.getByRole('button'));
  expect(seen).toEqual(['click 1', 'click 1', 'click 2', 'dblclick']);
});

it(`types keys, fills in one insertion and clears, in ${server.browser}`, async () => {
  document.body.innerHTML = '<label>Email <input></label><label>Note <textarea></textarea></label>';
  await userEvent.type(page.getByRole('textbox', { name: 'Email' }), 'abx{Backspace}c{ArrowLeft}{Shift>}{ArrowLeft}{/Shift}Z é');
  expect(field('Email').value).toBe('aZ éc');

  const inputs: string[] = [];
  field('Email').addEventListener('input', () => inputs.push(field('Email').value));
  await page.getByRole('textbox', { name: 'Email' }).fill('ana@acme.com, bob@acme.com');
  expect(inputs).toEqual(['ana@acme.com, bob@acme.com']);
  await userEvent.clear(page.getByRole('textbox', { name: 'Email' }));
  expect(field('Email').value).toBe('');

  await page.getByRole('textbox', { name: 'Note' }).fill('one\ntwo');
  await userEvent.keyboard('{Control>}a{/Control}x');
  expect(field('Note').value).toBe('x');
});

it(`moves focus with Tab and Shift+Tab and hovers, in ${server.browser}`, async () => {
  document.body.innerHTML = '<button>One</button><button>Two</button>';
  document.querySelector('button')!.focus();
  await userEvent.tab();
  expect(document.activeElement).toHaveTextContent('Two');
  await userEvent.tab({ shift: true });
  expect(document.activeElement).toHaveTextContent('One');
  let entered = false;
  document.querySelectorAll('button')[1]!.addEventListener('pointerenter', () => (entered = true));
  await userEvent.hover(page.getByRole('button', { name: 'Two' }));
  expect(entered).toBe(true);
});

it(`selects an option of a native select, in ${server.browser}`, async () => {
  document.body.innerHTML = '<label>Role <select><option value="member">Member</option><option value="admin">Admin</option></select></label>';
  await userEvent.selectOptions(page.getByRole('combobox', { name: 'Role' }), 'admin');
  expect(document.querySelector('select')).toHaveValue('admin');
});
