// `npm run size`: what each public entry point costs a host's bundle, minified and gzipped, with
// react and react-dom external (size-limit leaves out peerDependencies). Measured on the built
// files the exports map names, so the figure is what ships; Radix and zod are dependencies the
// host installs and bundles, so they count. Budgets: DESIGN.md "Performance budget".
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// The file the exports map resolves a subpath to, as a path relative to this config.
const built = (subpath) => {
  const target = exports[subpath];
  return typeof target === 'string' ? target : target.default;
};

export default [
  {
    name: "import { InviteDialog } from 'invite-kit'",
    path: built('.'),
    import: '{ InviteDialog }',
    gzip: true,
    // A ratchet under DESIGN.md's 50 kB goal (and its 56.5 kB ceiling): 42.8 kB once the dialog
    // stopped using Radix Select (its pickers are a Radix Dialog popover and the browser's own
    // select; RoleSelect and LocalePicker still are Select-based, for hosts that import them);
    // 45.1 kB after issue #10's parser (+1.3 kB), the huge-paste handling (kept text, +0.6 kB) and
    // the dialog reading core's entryOutcome; 45.4 kB with the invitations list's inline Resend
    // (issue #14). Issue #15 added 0.63 kB — core's reason keys and values beside each message
    // (+0.4 kB in email.js and rules.js) and the Intl helpers the built-in English now counts and
    // writes numbers with — and none of the fifteen languages, each its own import: 46.05 kB; 46.18 kB
    // once both stores shared one listeners helper and the Intl helpers one module.
    limit: '46.5 kB',
  },
  {
    // DESIGN.md budgets the core as "parse + rules": what a form or a server imports to check input.
    // 9.99 kB measured (the dialog follow-ups' maxEntries stop added 73 B). Issue #10's linear parser (xn-- decoding, the length cap, the table rules,
    // token ranges) cost 1.15 kB; createInviteBatchSchema won it back by reading the shape in one
    // custom check instead of zod's object and array schemas (1.1 kB less, same verdicts).
    name: "invite-kit/core: parse + rules (parseEmailList, normalizeEmail, validateInviteBatch, createInviteBatchSchema)",
    path: built('./core'),
    import: '{ parseEmailList, normalizeEmail, validateInviteBatch, createInviteBatchSchema }',
    gzip: true,
    limit: '10 kB',
  },
  {
    // One transport is all a host uses; each should cost little beyond the shared HTTP helper.
    name: "import { createBatchApiTransport } from 'invite-kit/transports'",
    path: built('./transports'),
    import: '{ createBatchApiTransport }',
    gzip: true,
    // 3.4 kB measured: it matches a 400's issues to entries by index and address as sent, leaving
    // IDN-aware matching to the send loop, so it carries no email checker.
    limit: '4 kB',
  },
  {
    name: "import { createWorkOSTransport } from 'invite-kit/transports'",
    path: built('./transports'),
    import: '{ createWorkOSTransport }',
    gzip: true,
    limit: '4.5 kB',
  },
  {
    name: "import { createStytchTransport } from 'invite-kit/transports'",
    path: built('./transports'),
    import: '{ createStytchTransport }',
    gzip: true,
    limit: '4.5 kB',
  },
  {
    // Server code, but edge runtimes bill by bundle size too: the handler, the rules and the send
    // loop. 10.3 kB measured: issue #11's handler (streamed body limits, idempotency memory, audit
    // and error hooks, X-Org-ID scopes) and issue #10's email checker (xn-- decoding) grew it from
    // 8.6 kB. Issue #14's routes for sent invitations (list with a cursor, resend, revoke, each
    // looked up and guarded first: organization, state, privilege; their audit hook; the model's
    // state by date and the action rules from core) took it to 12.6 kB. zod coming back in would
    // add ~6 kB and trip this.
    name: "invite-kit/server (everything)",
    path: built('./server'),
    import: '*',
    gzip: true,
    limit: '13 kB',
  },
  {
    // The invitations list over its store and hook: no Radix Dialog or Select (the revoke
    // confirmation is inline), only Slot for asChild. 13.8 kB measured once re-inviting called
    // onSend once instead of carrying the send loop (5 kB), and its strings stopped importing the
    // dialog's. The dialog's row above must not move when this grows: the list lives in modules
    // the dialog does not import.
    name: "import { InvitationList } from 'invite-kit'",
    path: built('.'),
    import: '{ InvitationList }',
    gzip: true,
    limit: '14.5 kB',
  },
  {
    name: 'invite-kit/styles.css',
    path: built('./styles.css'),
    // A stylesheet is shipped as is: measure the file, do not bundle it.
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '4 kB',
  },
  {
    // The kit's own share of the dialog: the same import with Radix left out (a host that already
    // ships Radix pays only this). Dialog alone is ~14 kB of the total.
    name: "import { InviteDialog } from 'invite-kit', the kit's own code (Radix external)",
    path: built('.'),
    import: '{ InviteDialog }',
    gzip: true,
    ignore: [
      '@radix-ui/react-dialog',
      '@radix-ui/react-select',
      '@radix-ui/react-slot',
      '@radix-ui/react-compose-refs',
      '@radix-ui/primitive',
      '@radix-ui/react-use-controllable-state',
    ],
    // 32.3 kB measured: the same reasons and margin as the whole import above.
    limit: '32.5 kB',
  },
  {
    // One language (issue #15): what `import de from 'invite-kit/messages/de'` adds, its Intl helpers
    // (plural forms, numbers, lists, units) included; the dialog above carries none of it, as its
    // English is built in. 4.57 kB measured; the sixteen are 4.1–5.6 kB (Arabic the largest: six
    // plural forms), and none carries the list's strings.
    name: "import de from 'invite-kit/messages/de' (one language)",
    path: built('./messages/de'),
    import: 'de',
    gzip: true,
    limit: '5 kB',
  },
  {
    // The same language for the invitations list: its strings reuse the language's error words.
    // 2.8 kB measured (the sixteen: 2.7–3.0 kB), formatRelativeTime included, which the list
    // carries anyway; none carries the dialog's strings.
    name: "import { invitationListMessages } from 'invite-kit/messages/de' (the list in one language)",
    path: built('./messages/de'),
    import: '{ invitationListMessages }',
    gzip: true,
    limit: '3.5 kB',
  },
  // For the record, without a budget of their own.
  {
    name: "import { useInviteBatch } from 'invite-kit' (headless)",
    path: built('.'),
    import: '{ useInviteBatch }',
    gzip: true,
  },
  {
    name: 'invite-kit/core (everything)',
    path: built('./core'),
    import: '*',
    gzip: true,
  },
];
