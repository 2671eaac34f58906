import type { Preview } from '@storybook/react-vite';
import '../src/components/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'centered',
    controls: { matchers: { color: /(background|color)$/i } },
    // axe violations fail the story's test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
