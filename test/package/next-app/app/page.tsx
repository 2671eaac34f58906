// A Server Component page: the framework-free core runs here, the dialog in a client component.
import { SYSTEM_ROLES, parseEmailList } from 'invite-kit/core';
import { Invite } from './invite';

export default function TeamPage() {
  const sample = parseEmailList('Ana Lima <ana@acme.com>, nope');
  return (
    <main className="p-8">
      <h1>Team</h1>
      <p data-testid="server-parse">
        {`${sample.entries.length} valid, ${sample.invalid.length} invalid; roles: ${SYSTEM_ROLES.join(', ')}`}
      </p>
      <Invite organizationId="org_acme" />
    </main>
  );
}
