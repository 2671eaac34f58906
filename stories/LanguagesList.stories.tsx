import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { InvitationList } from '../src/components/invitation-list';
import { InvitationError } from '../src/core/invitation-error';
import { formatRelativeTime } from '../src/hooks/invitation-messages';
import { callerWith } from './support/fixtures';
import { teamInvitations, useStoryService } from './support/invitations';
import { LANGUAGE_TAGS, LIST_LANGUAGES, languageName, rolesIn, type LanguageTag } from './support/languages';

const DAY = 86_400_000;
// Text as Testing Library reads the page: runs of white space (French's narrow no-break space
// before "?" too) as one space.
const read = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The list over a fresh in-memory service whose resend refuses with a server's English words. */
function TeamList({ language }: { language: LanguageTag }) {
  const api = useStoryService(teamInvitations);
  const transport = useMemo(
    () => ({
      ...api,
      resend: () =>
        Promise.reject(
          new InvitationError({ code: 'invite.not_pending', message: 'Invitation is not pending.', retryable: false, uncertain: false, status: 409 }),
        ),
    }),
    [api],
  );
  return (
    <div style={{ maxWidth: 760 }}>
      <InvitationList
        transport={transport}
        onSend={api.onSend}
        caller={callerWith('owner', 'org-support', 'org-analyst')}
        roles={rolesIn(language)}
        messages={LIST_LANGUAGES[language]}
      />
    </div>
  );
}

/**
 * The invitations list in each of the sixteen languages: `messages={invitationListMessages}` from
 * `invite-kit/messages/<tag>` and nothing else. The list takes the language's `lang` and direction,
 * names the states and the system roles in it, and writes relative times through
 * `Intl.RelativeTimeFormat`. Each story revokes one invitation and tries to resend one the server
 * refuses with its own English: the list says the code in the language's words.
 */
const meta = {
  title: 'Languages/Invitations list',
  component: TeamList,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TeamList>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (language: LanguageTag): Story => {
  const m = LIST_LANGUAGES[language];
  return {
    name: `${languageName(language)} (${language})`,
    globals: { locale: language },
    args: { language },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const list = await canvas.findByRole('list', { name: m.listLabel });
      const region = canvas.getByRole('region', { name: m.title });
      await expect(region).toHaveAttribute('lang', language);
      await expect(region).toHaveAttribute('dir', language === 'ar' || language === 'he' ? 'rtl' : 'ltr');
      const row = (email: string) => within(within(list).getAllByRole('listitem').find((item) => within(item).queryByText(email))!);

      // Ana: an admin, invited a day ago, six days left — all in this language.
      const ana = row('ana.lima@acme.com');
      await expect(ana.getByText(read(m.states.pending))).toBeVisible();
      await expect(ana.getByText(read(m.roleNames.admin))).toBeVisible();
      await expect(ana.getByText(read(m.expiresIn({ time: formatRelativeTime(6 * DAY, language) })))).toBeVisible();
      await expect(row('hana.sato@acme.com').getByText(read(m.states.accepted))).toBeVisible();
      await expect(canvas.getByRole('button', { name: m.filterOption({ label: m.filterAll, count: 7 }) })).toHaveAttribute('aria-pressed', 'true');

      // Revoke asks first, then says it is done.
      await userEvent.click(ana.getByRole('button', { name: m.actionFor({ action: 'revoke', email: 'ana.lima@acme.com' }) }));
      await expect(ana.getByText(read(m.confirmRevoke({ email: 'ana.lima@acme.com' })))).toBeVisible();
      await userEvent.click(ana.getByRole('button', { name: m.confirmRevokeAction }));
      await waitFor(() => expect(row('ana.lima@acme.com').getByText(read(m.states.revoked))).toBeVisible());

      // The server refuses a resend in English; the list says the code in this language.
      await userEvent.click(canvas.getByRole('button', { name: m.actionFor({ action: 'resend', email: 'chen.wei@acme.com' }) }));
      const failed = m.failed({ action: 'resend', email: 'chen.wei@acme.com', message: m.errors['invite.not_pending'] });
      await waitFor(() => expect(row('chen.wei@acme.com').getByText(read(failed))).toBeVisible());
      if (language !== 'en') await expect(region).not.toHaveTextContent('Invitation is not pending.');
    },
  };
};

export const En = story('en');
export const De = story('de');
export const Fr = story('fr');
export const Es = story('es');
export const PtBR = story('pt-BR');
export const It = story('it');
export const Nl = story('nl');
export const Pl = story('pl');
export const Sv = story('sv');
export const Tr = story('tr');
export const Ja = story('ja');
export const Ko = story('ko');
export const ZhCN = story('zh-CN');
export const ZhTW = story('zh-TW');
export const Ar = story('ar');
export const He = story('he');

