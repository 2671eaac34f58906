'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { Invite } from '../invite';

export function HostSettings() {
  return (
    <Dialog.Root>
      <Dialog.Trigger className="rounded border px-3 py-1">Team settings</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/3 -translate-x-1/2 rounded bg-white p-6">
          <Dialog.Title>Team settings</Dialog.Title>
          <Dialog.Description>People and roles.</Dialog.Description>
          <Invite organizationId="org_acme" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
