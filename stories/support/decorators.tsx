import type { Decorator } from '@storybook/react-vite';

/** Renders the story on a dark surface, so pickers show how they follow their surroundings' theme. */
export const onDarkSurface: Decorator = (Story) => (
  <div data-theme="dark" className="ik-root" style={{ padding: '1.5rem', background: 'var(--ik-bg)', borderRadius: 8 }}>
    <Story />
  </div>
);
