/// <reference types="vite/client" />
/**
 * The stylesheet yields to its host (issue #13): it sits in a cascade layer, so a host's plain CSS
 * wins; it sets nothing on the page's root; and every part, the trigger too, uses the kit's font.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/styles.css';
import css from '../../src/components/styles.css?raw';
import { InviteDialog } from '../../src/components/index';
import { BATCH, fakeTransport } from './harness';

const hostStyle = (text: string) => {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
};

let added: HTMLStyleElement[] = [];
afterEach(() => {
  for (const style of added) style.remove();
  added = [];
});

describe('styles.css', () => {
  it('leaves the page alone: nothing on :root, html or body, no colour scheme', () => {
    render(<InviteDialog onSend={fakeTransport(BATCH).onSend} trigger="Invite people" />);
    const root = getComputedStyle(document.documentElement);
    expect(root.colorScheme).toBe('normal');
    expect(root.getPropertyValue('--ik-bg')).toBe('');
    expect(getComputedStyle(document.body).getPropertyValue('--ik-bg')).toBe('');
    // Not in any rule's selector either (a dark OS would otherwise reach the page through a media query).
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/(^|[\s,{}]):root|(^|[\s,{}])(html|body)\b/);
  });

  it('is one cascade layer, so a host utility wins over the kit without !important', async () => {
    // As Tailwind v4 does: utilities in a layer of their own, declared after the kit's.
    added.push(hostStyle('@layer utilities { .host-roomy { padding: 40px; background-color: rgb(254, 243, 199); } }'));
    const user = userEvent.setup();
    render(<InviteDialog onSend={fakeTransport(BATCH).onSend} trigger="Invite people" className="host-roomy" />);
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    expect(getComputedStyle(dialog).paddingTop).toBe('40px');
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(254, 243, 199)');
  });

  it('gives the trigger the kit font, like every other part, whatever the page uses', async () => {
    added.push(hostStyle('main { font-family: serif; font-size: 20px; }'));
    render(
      <main>
        <InviteDialog onSend={fakeTransport(BATCH).onSend} trigger="Invite people" defaultOpen />
      </main>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    // Hidden from the accessibility tree while the modal is open.
    const trigger = screen.getByRole('button', { name: 'Invite people', hidden: true });
    await waitFor(() => expect(getComputedStyle(trigger).fontFamily).toBe(getComputedStyle(dialog).fontFamily));
    expect(getComputedStyle(trigger).fontFamily).not.toBe('serif');
    expect(getComputedStyle(trigger).fontSize).toBe('14px');
  });
});
