/**
 * What the play functions share: the dialog lives in a portal, so they query the whole document
 * body, and they act the way a person does (click, paste, type).
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Queries over the whole document: the dialog and the select popovers are portalled out of the canvas. */
export const screenOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Opens the dialog with its trigger and resolves the dialog once the email field has focus. */
export async function openDialog(canvasElement: HTMLElement, trigger: string | RegExp = 'Invite people') {
  const screen = screenOf(canvasElement);
  await userEvent.click(await screen.findByRole('button', { name: trigger }));
  const dialog = await findDialog(canvasElement);
  await waitFor(() => expect(dialog.ownerDocument.activeElement?.getAttribute('data-slot')).toBe('invite-dialog-input'));
  return dialog;
}

/** The open dialog, once its opening animation has finished (until then it is partly transparent). */
export async function findDialog(canvasElement: HTMLElement) {
  const dialog = await screenOf(canvasElement).findByRole('dialog');
  await waitFor(() => expect(getComputedStyle(dialog).opacity).toBe('1'));
  return dialog;
}

/** Pastes `text` into the email field, as from the clipboard. */
export async function paste(dialog: HTMLElement, text: string, field: string | RegExp = 'Email addresses') {
  await userEvent.click(within(dialog).getByRole('textbox', { name: field }));
  await userEvent.paste(text);
}

/** The footer's main button, whatever it says now (Send, Retry, Done, Sending). */
export const mainButton = (dialog: HTMLElement) =>
  dialog.querySelector<HTMLButtonElement>('[data-slot="invite-dialog-submit"]')!;

/** The footer's status line: progress, the reason Send is blocked, or the outcome. */
export const statusLine = (dialog: HTMLElement) => dialog.querySelector<HTMLElement>('[data-slot="invite-dialog-status"]')!;

/** One address's chip, by its address and the state a screen reader hears after it ("ana@acme.com, Invited"). */
export const chip = (dialog: HTMLElement, email: string, state?: string) =>
  within(dialog).getByRole('button', {
    name: state ? `${email}, ${state}` : new RegExp(`^${email.replace(/[.+]/g, '\\$&')}`),
  });

/** The addresses listed in the dialog, in order. */
export const listedEmails = (dialog: HTMLElement) =>
  Array.from(dialog.querySelectorAll('[data-slot="invite-dialog-chip-button"] bdi'), (node) => node.textContent);
