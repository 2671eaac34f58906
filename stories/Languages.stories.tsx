import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { InviteDialog } from '../src/components/invite-dialog';
import { checkEmail } from '../src/core/email';
import { INVITATION_LOCALES } from '../src/core/locales';
import { defaultInviteMessages, describeError } from '../src/hooks/messages';
import { LANGUAGES, LANGUAGE_TAGS, languageName, rolesIn, type LanguageTag } from './support/languages';
import { callerWith } from './support/fixtures';
import { chip, findDialog, listedEmails, mainButton, paste, screenOf, statusLine } from './support/play';
import { scriptedSend } from './support/scripted-send';

/**
 * The kit in each of its sixteen languages: `messages={de}` (`import de from
 * 'invite-kit/messages/de'`) and nothing else. The dialog takes the language's direction (Arabic
 * and Hebrew right to left), its `lang`, its plural forms and numbers, and names the email
 * languages in it. Each story lists several people, sends (one is already a member, one fails
 * with a vendor's English text, said in the kit's words), adds an address that is not one, and
 * opens the role picker. The toolbar's Language switches every other story too.
 */
const meta = {
  title: 'Languages/Invite dialog',
  component: InviteDialog,
  parameters: {
    docs: { story: { inline: false, iframeHeight: 760 } },
  },
  args: {
    defaultOpen: true,
    // The failure shows at once, rather than after the send loop's own retries.
    retries: 0,
    caller: callerWith('owner', 'org-support', 'org-analyst'),
    onSend: scriptedSend({
      capabilities: {
        roles: 'many',
        locales: INVITATION_LOCALES.filter((tag) => (LANGUAGE_TAGS as string[]).includes(tag)),
        expiry: { unit: 'days', min: 1, max: 30, default: 7 },
        idempotencyKeys: true,
      },
      outcomes: {
        'dana@acme.com': { code: 'invite.already_member' },
        'gus@acme.com': { code: 'invite.send_failed', message: 'Request could not be processed.' },
      },
    }),
  },
  argTypes: { onSend: { control: false }, messages: { control: false } },
} satisfies Meta<typeof InviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

// Strings of the built-in English that must not show in another language.
const ENGLISH = [defaultInviteMessages.title, defaultInviteMessages.emailLabel, defaultInviteMessages.clearAll, 'Invited', 'Failed', 'Request could not be processed.'];

/** One language's story: its messages, roles named in it, and the same scenario. */
const story = (tag: LanguageTag): Story => {
  const messages = LANGUAGES[tag];
  return {
    name: `${languageName(tag)} (${tag})`,
    globals: { locale: tag },
    args: { messages, roles: rolesIn(tag), defaultLocale: tag },
    play: async ({ canvasElement }) => {
      const dialog = await findDialog(canvasElement);
      await expect(dialog).toHaveAccessibleName(messages.title);
      await expect(dialog).toHaveAttribute('lang', tag);
      await expect(dialog).toHaveAttribute('dir', tag === 'ar' || tag === 'he' ? 'rtl' : 'ltr');
      // The email's language, named in the dialog's language.
      const language = within(dialog).getByRole('combobox', { name: messages.localeLabel });
      await expect(language).toHaveDisplayValue(new RegExp(languageName(tag).replace(/[()]/g, '\\$&'), 'i'));

      await paste(dialog, 'ana@acme.com, ben@acme.com, dana@acme.com, gus@acme.com', messages.emailLabel);
      await expect(mainButton(dialog)).toHaveTextContent(messages.send({ count: 4 }));
      await userEvent.click(mainButton(dialog));
      const summary = messages.summary({ sent: 2, alreadyInvited: 1, alreadyMember: 1, alreadyPending: 0, failed: 1, unknown: 0, waiting: 0 });
      await waitFor(() => expect(statusLine(dialog)).toHaveTextContent(summary));
      await expect(chip(dialog, 'ana@acme.com', messages.statusSent)).toBeVisible();
      await expect(chip(dialog, 'dana@acme.com', messages.statusAlreadyMember)).toBeVisible();
      // The vendor's English stays out: the kit says the code in its own words.
      await expect(chip(dialog, 'gus@acme.com', messages.statusFailed)).toHaveAccessibleDescription(
        expect.stringContaining(messages.errors['invite.send_failed']),
      );

      // An address that is not one: the core's reason, in this language.
      await paste(dialog, 'jane.acme.com', messages.emailLabel);
      await expect(listedEmails(dialog)).toContain('jane.acme.com');
      const checked = checkEmail('jane.acme.com');
      if (checked.ok) throw new Error('jane.acme.com is valid');
      await expect(chip(dialog, 'jane.acme.com', messages.statusInvalid)).toHaveAccessibleDescription(
        expect.stringContaining(describeError(checked, messages)),
      );

      if (tag !== 'en') for (const english of ENGLISH) await expect(dialog).not.toHaveTextContent(english);

      // The role picker, open: the system roles by this language's names, the custom ones by the catalog's.
      await userEvent.click(within(dialog).getByRole('combobox', { name: messages.roleLabel }));
      const picker = await screenOf(canvasElement).findByRole('dialog', { name: messages.roleLabel });
      for (const slug of ['member', 'billing', 'admin', 'owner'] as const) {
        await expect(within(picker).getByRole('radio', { name: messages.roleNames[slug] })).toBeVisible();
      }
      await expect(within(picker).getByRole('group', { name: messages.customRolesLabel })).toBeVisible();
      await expect(within(picker).getByRole('checkbox', { name: rolesIn(tag).find((role) => role.slug === 'org-support')!.name! })).toBeVisible();
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
