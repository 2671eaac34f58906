// The storybook test project's setup file (named in vite.config.ts). Nothing to do here: since
// Storybook 10.3, @storybook/addon-vitest applies preview.ts and the addons' annotations (a11y
// among them) to every story test by itself.
export {};
