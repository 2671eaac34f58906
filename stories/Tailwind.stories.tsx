import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { InviteDialog, type InviteDialogClassNames } from '../src/components/index';
import { ROLES } from './support/fixtures';
import { findDialog, mainButton, paste } from './support/play';
import { scriptedSend } from './support/scripted-send';
import './support/tailwind.css';

/**
 * The dialog in a Tailwind v4 / shadcn/ui host. Two recipes: the kit's own look with its tokens
 * reading shadcn's theme variables (`.shadcn-theme` in stories/support/tailwind.css), and no kit
 * styles at all (`unstyled`) with Tailwind utilities by slot through `classNames`.
 */
const meta = {
  title: 'InviteDialog/Tailwind and shadcn',
  component: InviteDialog,
  args: { onSend: scriptedSend(), roles: ROLES, defaultOpen: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof InviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * shadcn's theme variables drive the kit's tokens, and a utility on the content wins over the kit's
 * own rules (`className="p-10 rounded-none"`): the kit's stylesheet is a cascade layer below
 * Tailwind's utilities.
 */
export const ShadcnTokens: Story = {
  args: { className: 'shadcn-theme p-10 rounded-none' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com');
    const style = getComputedStyle(dialog);
    await expect(style.paddingTop).toBe('40px');
    await expect(style.borderTopLeftRadius).toBe('0px');
    // The main button wears shadcn's --primary (its neutral theme), not the kit's indigo.
    const probe = dialog.ownerDocument.createElement('span');
    probe.style.backgroundColor = 'var(--primary)';
    dialog.append(probe);
    const primary = getComputedStyle(probe).backgroundColor;
    probe.remove();
    await expect(getComputedStyle(mainButton(dialog)).backgroundColor).toBe(primary);
    await expect(primary).not.toBe('rgb(67, 56, 202)');
  },
};

// A whole look from utilities only: every part the person sees, by slot.
const utilities: InviteDialogClassNames = {
  overlay: 'fixed inset-0 bg-black/50',
  content:
    'fixed left-1/2 top-1/2 z-50 grid max-h-[90vh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 grid-rows-[auto_1fr_auto] gap-4 overflow-hidden rounded-xl border border-neutral-200 bg-white p-6 font-sans text-sm text-neutral-950 shadow-lg',
  header: 'flex items-start justify-between gap-4',
  title: 'm-0 text-lg font-semibold leading-none',
  description: 'mt-1.5 mb-0 text-neutral-500',
  close: 'cursor-pointer rounded-md border-0 bg-transparent p-1 text-neutral-500 hover:bg-neutral-100',
  body: 'grid gap-4 overflow-y-auto',
  field: 'grid gap-2',
  label: 'font-medium',
  box: 'flex min-h-24 flex-col gap-1.5 rounded-md border border-neutral-200 p-2 focus-within:ring-2 focus-within:ring-neutral-400',
  entries: 'm-0 flex list-none flex-wrap gap-1.5 p-0',
  chip: 'inline-flex items-center gap-1 rounded-full border border-neutral-200 bg-neutral-100 ps-2.5 pe-1 data-[status=invalid]:border-dashed data-[status=invalid]:border-red-500',
  chipButton: 'inline-flex max-w-64 cursor-pointer items-center gap-1 truncate border-0 bg-transparent p-0 text-inherit',
  chipRemove: 'cursor-pointer rounded-full border-0 bg-transparent p-0.5 hover:bg-neutral-200',
  input: 'min-h-8 w-full resize-none border-0 bg-transparent font-sans text-sm outline-none',
  meta: 'flex justify-between gap-2',
  hint: 'm-0 text-xs text-neutral-500',
  counter: 'm-0 text-xs text-neutral-500',
  clear: 'cursor-pointer justify-self-start rounded-md border border-neutral-200 bg-transparent px-2 py-1 text-xs',
  feedback: 'm-0 text-neutral-600',
  notes: 'm-0 list-none p-0',
  note: 'text-xs text-red-600',
  roles:
    'flex flex-wrap items-center gap-3 [&_[data-slot=role-menu-trigger]]:inline-flex [&_[data-slot=role-menu-trigger]]:h-9 [&_[data-slot=role-menu-trigger]]:cursor-pointer [&_[data-slot=role-menu-trigger]]:items-center [&_[data-slot=role-menu-trigger]]:gap-2 [&_[data-slot=role-menu-trigger]]:rounded-md [&_[data-slot=role-menu-trigger]]:border [&_[data-slot=role-menu-trigger]]:border-neutral-200 [&_[data-slot=role-menu-trigger]]:bg-transparent [&_[data-slot=role-menu-trigger]]:px-3',
  roleLabel: 'font-medium',
  switch: 'cursor-pointer border-0 bg-transparent text-neutral-600 underline-offset-2 hover:underline',
  footer: 'flex flex-wrap items-center justify-end gap-3 border-t border-neutral-200 pt-4',
  status: 'm-0 me-auto text-neutral-500',
  submit:
    'inline-flex h-9 cursor-pointer items-center justify-center rounded-md border-0 bg-neutral-900 px-4 font-medium text-neutral-50 hover:bg-neutral-800 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
  cancel: 'inline-flex h-9 cursor-pointer items-center rounded-md border border-neutral-200 bg-transparent px-4',
};

/** `unstyled`: no kit class at all, a shadcn-like look from Tailwind utilities through `classNames`. */
export const UtilitiesOnly: Story = {
  args: { unstyled: true, classNames: utilities },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await paste(dialog, 'ana@acme.com, nope');
    await expect(dialog.querySelectorAll('[class*="ik-"]')).toHaveLength(0);
    const style = getComputedStyle(dialog);
    await expect(style.paddingTop).toBe('24px');
    await expect(style.borderTopLeftRadius).not.toBe('0px');
    await expect(getComputedStyle(mainButton(dialog)).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await expect(within(dialog).getByRole('button', { name: /^nope/ }).closest('[data-status="invalid"]')).not.toBeNull();
  },
};
