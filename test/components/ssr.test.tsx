// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InviteDialog, LocalePicker, RoleSelect } from '../../src/components/index';
import type { OnSend } from '../../src/core/types';

const onSend: OnSend = Object.assign(async () => undefined, {
  capabilities: {
    roles: 'one' as const,
    locales: ['en', 'de'],
    expiry: { unit: 'days' as const, min: 1, max: 30, default: 7 },
    idempotencyKeys: true,
  },
});

describe('server rendering', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders a closed dialog, the pickers, without window or document and without a warning', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const html = renderToString(
      <>
        <InviteDialog onSend={onSend} trigger="Invite people" />
        <InviteDialog onSend={onSend} defaultOpen asChild>
          <button type="button">Invite</button>
        </InviteDialog>
        <RoleSelect aria-label="Role" name="roles" defaultValue={['admin']} />
        <LocalePicker aria-label="Language" name="locale" defaultValue="de" />
      </>,
    );
    expect(html).toContain('Invite people');
    expect(html).toContain('data-slot="invite-dialog-trigger"');
    expect(html).toContain('role="status"');
    expect(html).toContain('<input type="hidden" name="roles" value="admin"/>');
    expect(html).toContain('<input type="hidden" name="locale" value="de"/>');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
