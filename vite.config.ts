/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromium as chromiumProvider } from './scripts/chromium.ts';
import { firefox as firefoxProvider } from './scripts/firefox.ts';
import { webkit as webkitProvider } from './scripts/webkit.ts';
import { closedPort } from './scripts/browser-commands.ts';

const dirname = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser and story tests run in the three engines people use: Chromium (Playwright), Firefox
 * ESR (Puppeteer over WebDriver BiDi) and WebKit (MiniBrowser through WebKitWebDriver), all from
 * Debian (`.ci/run` installs them).
 *
 * One project per engine rather than one project with three instances: Vitest builds the page's
 * `vitest/browser` module once per project, naming the first instance's provider, so WebKit's
 * tester would take itself for Playwright, skip switching WebDriver into the test frame and send
 * selectors its driver cannot read. Each project keeps the instance name Vitest would give
 * (`browser (firefox)`); `--project browser` runs Chromium alone, `--project 'browser*'` all three.
 */
const engines = [
  { browser: 'chromium', provider: chromiumProvider() },
  { browser: 'firefox', provider: firefoxProvider() },
  { browser: 'webkit', provider: webkitProvider() },
] as const;

/**
 * One project per engine, named `name` for Chromium and `name:firefox`, `name:webkit` for the
 * others. Each gets fresh objects: Vitest writes resolved names into them.
 */
function perEngine(name: string, project: (browser: BrowserConfigOptions) => TestProjectInlineConfiguration) {
  return engines.map(({ browser, provider }) => {
    // Port 0: each project's browser server takes a free port of its own, instead of six of them
    // trying Vitest's default one after another ("Port … is in use, trying another one").
    const config = project({ enabled: true, headless: true, provider, api: { port: 0 }, instances: [{ browser, name: `${name} (${browser})` }] });
    return { ...config, test: { ...config.test, name: browser === 'chromium' ? name : `${name}:${browser}` } };
  });
}

/**
 * Builds `invite-kit/styles.css`. No module imports the stylesheet (hosts import it once, or style
 * by `data-slot` with `unstyled`), so the library build would leave it out; this adds the import to
 * the React entry while building the library only. Lib mode extracts imported CSS into
 * `dist/styles.css` (`cssFileName`), minified, and drops the import from the JS.
 *
 * It also writes the subpath's declaration (`exports["./styles.css"].types`): TypeScript 6+ checks
 * side-effect imports, so `import 'invite-kit/styles.css'` fails in a host without a `*.css`
 * declaration of its own (one without `vite/client` types, say) unless the package gives one.
 */
function stylesheet(): Plugin {
  const entry = resolve(dirname, 'src/index.ts');
  return {
    name: 'invite-kit:stylesheet',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    transform(code, id) {
      // Appended, not prepended: `'use client'` must stay the module's first statement.
      if (id === entry) return { code: `${code}\nimport './components/styles.css';\n`, map: null };
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.d.css.ts',
        source: '// invite-kit/styles.css: importing it adds the kit\'s styles; it exports nothing.\nexport {};\n',
      });
    },
  };
}

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^zod($|\/)/];

// Each language is an entry of its own (`invite-kit/messages/de` → src/messages/de.ts), so a host
// pays only for the languages it imports; package.json's exports map lists them.
const { exports: exportsMap } = JSON.parse(readFileSync(resolve(dirname, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const languages = Object.keys(exportsMap)
  .filter((subpath) => subpath.startsWith('./messages/'))
  .map((subpath) => subpath.slice('./'.length));

// The docs' examples import the package by its public name, as a host writes them; Storybook, the
// tests and the typecheck (tsconfig.json "paths") read those names from the sources.
const packageNames = {
  'invite-kit/core': resolve(dirname, 'src/core/index.ts'),
  'invite-kit/transports': resolve(dirname, 'src/transports/index.ts'),
  'invite-kit/server': resolve(dirname, 'src/server/index.ts'),
  'invite-kit/styles.css': resolve(dirname, 'src/components/styles.css'),
  ...Object.fromEntries(languages.map((name) => [`invite-kit/${name}`, resolve(dirname, `src/${name}.ts`)])),
};

export default defineConfig({
  plugins: [react(), stylesheet()],
  resolve: {
    alias: [
      ...Object.entries(packageNames).map(([find, replacement]) => ({ find, replacement })),
      { find: /^invite-kit$/, replacement: resolve(dirname, 'src/index.ts') },
    ],
  },
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        transports: 'src/transports/index.ts',
        server: 'src/server/index.ts',
        ...Object.fromEntries(languages.map((name) => [name, `src/${name}.ts`])),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    sourcemap: true,
    // public/ holds the MSW worker for Storybook and the browser tests; it must not ship in dist/.
    copyPublicDir: false,
    rolldownOptions: {
      external,
      // One output file per source module instead of shared chunks: a chunk that merges a module
      // with top-level work (zod schemas, lookup tables) forces all of it on anyone importing one
      // function from it, while separate files let the consumer's bundler drop whole modules
      // (`sideEffects` lists only CSS). The entries keep their names (index.js, core.js …).
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
        },
      },
      ...perEngine('browser', (browser) => ({
        extends: true,
        test: {
          globals: true,
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.browser.ts'],
          browser: { ...browser, commands: { closedPort } },
        },
      })),
      ...perEngine('storybook', (browser) => ({
        extends: true,
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          browser,
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      })),
    ],
  },
});
