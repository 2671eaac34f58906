import type { Preview } from '@storybook/react-vite';
import '../src/components/styles.css';

const preview: Preview = {
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
          'Components',
          ['InviteDialog', 'InvitationList', 'RoleSelect', 'LocalePicker'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
