// @vitest-environment node
/**
 * Server rendering: a Next.js or Remix page renders the kit's components on the server, where there
 * is no `window` and no `document`. This file runs in plain Node (no DOM globals at all), so any
 * unguarded use of either throws; a warning React prints while rendering (useLayoutEffect on the
 * server under React 18, a bad attribute, a missing key) fails the test too. The React 18 run of
 * the unit tests (scripts/react18.mjs) renders the same under React 18.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { InvitationList, InviteDialog, LocalePicker, RoleSelect, type OnSend } from '../src/index';
import { createMemoryInvitationApi } from '../src/transports/memory-api';

const onSend: OnSend = async () => undefined;

describe('given a server with no DOM', () => {
  let errors: MockInstance<typeof console.error>;
  let warnings: MockInstance<typeof console.warn>;

  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterEach(() => {
    // Checked here so that a warning printed by any render below fails its own test.
    const printed = [...errors.mock.calls, ...warnings.mock.calls];
    vi.restoreAllMocks();
    expect(printed).toEqual([]);
  });

  it('really has neither window nor document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders a closed InviteDialog as its trigger alone', () => {
    const html = renderToString(<InviteDialog onSend={onSend} trigger="Invite people" />);
    expect(html).toContain('Invite people');
    // Closed: none of the dialog's content is in the page yet.
    expect(html).not.toContain('invite-dialog-content');
    expect(html).not.toContain('Email addresses');
  });

  it('renders a closed InviteDialog with a host trigger, roles and a caller', () => {
    const html = renderToString(
      <InviteDialog
        onSend={onSend}
        trigger={<button type="button">Add teammates</button>}
        roles={[{ slug: 'org-editor', name: 'Editor' }]}
        caller={{ email: 'me@acme.com', roleSlugs: ['admin'] }}
      />,
    );
    expect(html).toContain('Add teammates');
  });

  it('renders RoleSelect with its chosen role', () => {
    const html = renderToString(<RoleSelect defaultValue={['admin']} roles={[{ slug: 'org-editor', name: 'Editor' }]} />);
    expect(html).toContain('role-select');
  });

  it('renders LocalePicker with its chosen language', () => {
    const html = renderToString(<LocalePicker defaultValue="de" displayLocale="en" />);
    expect(html).toContain('locale-picker');
  });

  it('renders InvitationList as its region and skeleton: it loads in the browser, never on the server', () => {
    const api = createMemoryInvitationApi({ invitations: [{ email: 'ana@acme.com' }] });
    const html = renderToString(<InvitationList transport={api} />);
    expect(html).toContain('Loading invitations…');
    expect(html).toContain('data-slot="invitation-list"');
    expect(api.invitationCalls).toEqual([]);
  });
});
