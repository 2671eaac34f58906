// @ts-check
// A host app as a developer writes it against the published package: every subpath by its public
// name, the stylesheet included. scripts/check-tarball.mjs installs the packed tarball next to this
// file, typechecks it (tsconfig.json: bundler resolution, our .d.ts files checked too) and builds it
// with Vite.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { InviteDialog, LocalePicker, RoleSelect, useInviteBatch } from 'invite-kit';
import { INVITATION_LOCALES, SYSTEM_ROLES, parseEmailList, validateInviteBatch } from 'invite-kit/core';
import { createBatchApiTransport, createStytchTransport, createWorkOSTransport } from 'invite-kit/transports';
import { createInviteHandler } from 'invite-kit/server';
import 'invite-kit/styles.css';

/** @type {import('invite-kit').OnSend} */
const onSend = createBatchApiTransport({ url: '/api/invitations' });

/** @type {import('invite-kit').InviteDialogProps} */
const props = {
  onSend,
  trigger: 'Invite people',
  roles: [{ slug: 'org-editor', name: 'Editor' }],
  caller: { email: 'me@acme.com', roleSlugs: ['admin'] },
  onComplete: (results) => console.log(results.filter((result) => result.success).length),
};

/** @param {{ onSend: import('invite-kit').OnSend }} options */
function Headless({ onSend }) {
  const batch = useInviteBatch({ onSend });
  /** @type {import('invite-kit').InviteBatch['status']} */
  const status = batch.status;
  return createElement('p', null, `${status}: ${batch.entries.length}`);
}

const { entries } = parseEmailList('Ana <ana@acme.com>; ben@acme.com');
/** @type {import('invite-kit/core').InviteIssue[]} */
const issues = validateInviteBatch(entries);

const container = /** @type {HTMLElement} */ (document.getElementById('root'));
createRoot(container).render(
  createElement(
    'main',
    null,
    createElement(InviteDialog, props),
    createElement(RoleSelect, { defaultValue: ['member'], mode: 'single' }),
    createElement(LocalePicker, { defaultValue: 'en', locales: INVITATION_LOCALES }),
    createElement(Headless, { onSend: createWorkOSTransport({ apiKey: 'sk_test' }) }),
  ),
);

// Kept reachable so the bundle resolves and includes every subpath.
Object.assign(globalThis, {
  inviteKit: {
    issues,
    SYSTEM_ROLES,
    createStytchTransport,
    handler: createInviteHandler({ onSend, authorize: () => ({ caller: { email: 'me@acme.com', roleSlugs: ['admin'] } }) }),
  },
});
