'use client';
import { InviteDialog, type InviteKitMessages, type OnSend } from 'invite-kit';
import de from 'invite-kit/messages/de';

// A whole language, with the host's own words for a few strings — and for one error code.
const messages: InviteKitMessages = {
  ...de,
  title: 'Kolleginnen und Kollegen einladen',
  send: ({ count }) => (count === 1 ? 'Einladung senden' : `${count} Einladungen senden`),
  errors: { ...de.errors, 'invite.org_rate_limited': 'Ihr Tarif erlaubt heute keine weiteren Einladungen.' },
};

export const GermanDialog = ({ onSend }: { onSend: OnSend }) => <InviteDialog onSend={onSend} trigger messages={messages} />;
