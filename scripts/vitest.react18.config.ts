// The unit tests again, on React 18 (the peer range promises `^18.2 || ^19`). scripts/react18.mjs
// installs React 18 into its own directory; this config makes every import of react and react-dom
// resolve there, from the tests, the sources and the React libraries alike.
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import base from '../vite.config.ts';

const react18 = resolve(process.env.INVITE_KIT_REACT18_DIR ?? 'node_modules/.cache/invite-kit-react18');

/** Resolves `react`, `react-dom` and their subpaths as if imported from inside the React 18 install. */
function useReact18(): Plugin {
  const importer = join(react18, 'package.json');
  return {
    name: 'invite-kit:react18',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (!/^react(-dom)?(\/.*)?$/.test(source)) return null;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}

const unit = (base.test?.projects ?? []).find(
  (project): project is TestProjectInlineConfiguration => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (!unit?.test) throw new Error("vite.config.ts has no 'unit' test project");

export default defineConfig({
  plugins: [...(base.plugins ?? []), useReact18()],
  resolve: { mainFields: ['module', 'jsnext:main', 'jsnext'] },
  test: {
    ...unit.test,
    name: 'unit (React 18)',
    setupFiles: [...[unit.test.setupFiles ?? []].flat(), 'test/package/react18.setup.ts'],
    server: {
      deps: {
        // Libraries that import React are run through Vite (not loaded by Node) so that their
        // imports of react meet the resolver above too; one React in the page, the 18 one.
        // Testing Library's dom and user-event go the same way: left to Node, user-event loads a
        // second (CommonJS) copy of @testing-library/dom, whose event wrapper the React binding
        // never configured, so every click ran outside act() (~1,000 warnings a run).
        inline: [
          /@testing-library\/react/,
          /@testing-library\/dom/,
          /@testing-library\/user-event/,
          /@radix-ui\//,
          /@floating-ui\/react-dom/,
          /react-remove-scroll/,
          /react-style-singleton/,
          /use-callback-ref/,
          /use-sidecar/,
        ],
      },
    },
  },
});
