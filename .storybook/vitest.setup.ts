// The storybook test project's setup file (named in vite.config.ts). Since Storybook 10.3,
// @storybook/addon-vitest applies preview.ts and the addons' annotations (a11y among them) to
// every story test by itself; this only adds the per-engine skips of test/engines.ts.
import { skipKnownEngineIssues } from '../test/engines';

skipKnownEngineIssues();
