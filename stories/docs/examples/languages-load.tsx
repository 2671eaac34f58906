'use client';
import { useEffect, useState } from 'react';
import { InviteDialog, type InviteKitMessages, type InviteDialogProps } from 'invite-kit';

// One chunk per language, loaded when a person needs it (the bundler splits each import).
const LOADERS: Record<string, () => Promise<{ default: InviteKitMessages }>> = {
  de: () => import('invite-kit/messages/de'),
  fr: () => import('invite-kit/messages/fr'),
  ja: () => import('invite-kit/messages/ja'),
  ar: () => import('invite-kit/messages/ar'),
};

/** The dialog in the app's language (its user setting, or the browser's), English until it loads. */
export function LocalizedInviteDialog({ language, ...props }: InviteDialogProps & { language: string }) {
  const [messages, setMessages] = useState<InviteKitMessages>();
  useEffect(() => {
    let current = true;
    const load = LOADERS[language] ?? LOADERS[language.split('-')[0]!];
    void load?.().then((module) => current && setMessages(module.default));
    return () => {
      current = false;
    };
  }, [language]);
  return <InviteDialog {...props} {...(messages && { messages })} />;
}
