// @ts-check
// Runs in Node against the installed tarball (scripts/check-tarball.mjs): the framework-free
// subpaths import and work, the server handler answers a real Request, and the React entry renders
// on a server with no DOM, without a warning. Typechecked with nodenext resolution
// (tsconfig.node.json), the way a Node server project reads the types.
import React from 'react';
import ReactDOMServer from 'react-dom/server';
import * as kit from 'invite-kit';
import * as core from 'invite-kit/core';
import * as transports from 'invite-kit/transports';
import * as server from 'invite-kit/server';

/** @param {boolean} ok @param {string} what */
const expect = (ok, what) => {
  if (!ok) throw new Error(`packed invite-kit: ${what}`);
};

expect(core.parseEmailList('Ana <ana@acme.com>, ben@acme.com').entries.length === 2, 'invite-kit/core parses a list');
expect(core.validateInviteBatch([{ email: 'ana@acme.com' }]).length === 0, 'invite-kit/core validates a batch');
for (const name of /** @type {const} */ (['createBatchApiTransport', 'createWorkOSTransport', 'createStytchTransport', 'createMemoryInvitationApi'])) {
  expect(typeof transports[name] === 'function', `invite-kit/transports exports ${name}`);
}

/** @type {import('invite-kit/core').OnSend} */
const onSend = async () => undefined;
const handler = server.createInviteHandler({ onSend, authorize: () => ({ caller: { email: 'me@acme.com', roleSlugs: ['admin'] } }) });
const response = await handler(
  new Request('https://app.example/api/invitations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ email: 'ana@acme.com', role_slugs: ['member'] }]),
  }),
);
expect(response.status === 200, `invite-kit/server answers 200 to a valid batch (got ${response.status})`);

expect(typeof window === 'undefined' && typeof document === 'undefined', 'Node has no DOM');
/** @type {unknown[][]} */
const noise = [];
console.error = (...args) => noise.push(args);
console.warn = (...args) => noise.push(args);
const html = ReactDOMServer.renderToString(
  React.createElement(
    'div',
    null,
    React.createElement(kit.InviteDialog, { onSend, trigger: 'Invite people' }),
    React.createElement(kit.RoleSelect, { defaultValue: ['member'] }),
    React.createElement(kit.LocalePicker, { defaultValue: 'en' }),
  ),
);
expect(html.includes('Invite people'), 'InviteDialog renders its trigger on the server');
expect(noise.length === 0, `server rendering warned: ${JSON.stringify(noise)}`);
console.log('node-smoke: the packed subpaths import, the handler answers, the React entry renders on a server');
