import type { Preview } from '@storybook/react-vite';
import '../src/components/styles.css';
import { LANGUAGE_TAGS, languageName } from '../stories/support/languages';
import { withLocale } from '../stories/support/locale';

const preview: Preview = {
  // The language the components speak, from the toolbar (each language's own story sets it too).
  globalTypes: {
    locale: {
      description: 'The language of the kit’s messages (invite-kit/messages/<tag>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGE_TAGS.map((tag) => ({ value: tag, title: languageName(tag), right: tag })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withLocale],
  parameters: {
    layout: 'centered',
    controls: { matchers: { color: /(background|color)$/i } },
    // axe violations fail the story's test.
    a11y: { test: 'error' },
    // Read in this order: how to start, then the working playground, then each component.
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Transports', ['Batch API', 'WorkOS', 'Stytch', 'Your own onSend'], 'Sent invitations', 'Theming', 'Build your own UI', '*'],
          'Playground',
          'Languages',
          'Components',
          ['InviteDialog', 'InvitationList', 'RoleSelect', 'LocalePicker'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
