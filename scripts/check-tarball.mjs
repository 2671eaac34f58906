#!/usr/bin/env node
// The exports test, on what npm would publish: packs the package, installs the tarball into a fresh
// host app (test/package/consumer) in a temporary directory — once on React 19, once on React 18,
// the two ends of the peer range — and there
//   1. typechecks a browser app that imports every subpath (bundler resolution) and a Node script
//      that imports the server-safe ones (nodenext resolution), with invite-kit's .d.ts files checked;
//   2. builds the browser app with Vite, stylesheet included;
//   3. runs the Node script: the subpaths work, the server handler answers, the React entry renders
//      on a server.
// The app gets its packages from npm's cache first (`--prefer-offline`, warm after `npm ci`), pinned
// to the versions this repository develops against (React 18: scripts/react18.mjs); TypeScript and
// Vite are this repository's own.
// Run `npm run build` first. INVITE_KIT_KEEP_CONSUMER=1 keeps the temporary app for a look.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALL, check, pack, root, run } from './host-apps.mjs';
import { REACT18 } from './react18.mjs';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'invite-kit-consumer-'));
const dev = pkg.devDependencies;
const hosts = [
  {
    label: `React ${dev.react}`,
    react: { react: dev.react, 'react-dom': dev['react-dom'], '@types/react': dev['@types/react'], '@types/react-dom': dev['@types/react-dom'] },
  },
  { label: `React ${REACT18.react}`, react: REACT18 },
];

/** Installs the tarball into a fresh copy of the host app on the given React, then checks it. */
function testHost(app, tarball, react) {
  cpSync(join(root, 'test/package/consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify(
      {
        name: 'invite-kit-consumer',
        private: true,
        type: 'module',
        dependencies: { 'invite-kit': `file:../${tarball}`, ...react },
      },
      null,
      2,
    )}\n`,
  );
  const install = [...INSTALL, '--ignore-scripts'];
  run(`npm install (the tarball, react ${react.react}, @types/react ${react['@types/react']})`, 'npm', install, app);
  const installed = join(app, 'node_modules/invite-kit');
  check(!lstatSync(installed).isSymbolicLink(), 'invite-kit was linked, not installed from the tarball');
  check(!existsSync(join(installed, 'src')), 'the installed package holds src/');

  // ─── Types ───
  const tsc = join(root, 'node_modules/.bin/tsc');
  run('typecheck the browser app (bundler resolution)', tsc, ['-p', 'tsconfig.json'], app);
  run('typecheck the Node script (nodenext resolution)', tsc, ['-p', 'tsconfig.node.json'], app);

  // ─── Build ───
  run('vite build', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
  const assets = readdirSync(join(app, 'dist/assets'));
  const css = assets.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(app, 'dist/assets', name), 'utf8')).join('');
  check(assets.some((name) => name.endsWith('.js')), 'the app build wrote no JavaScript');
  check(css.includes('--ik-') && css.includes('.ik-InviteDialog'), "the app build lacks invite-kit's stylesheet");
  console.log(`    built: ${assets.join(', ')}`);

  // ─── Node ───
  console.log(run('node node-smoke.mjs', process.execPath, ['node-smoke.mjs'], app).trim().replace(/^/gm, '    '));
}

try {
  if (!existsSync(join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');

  // ─── Pack ───
  const packed = pack(work);
  const paths = packed.files.map((file) => file.path);
  console.log(`    ${packed.filename}: ${paths.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`);
  // `files: ["dist"]` plus what npm always adds; nothing from src/, test/, public/ or the repo's tooling.
  const stray = paths.filter((path) => !path.startsWith('dist/') && !/^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?)$/i.test(path));
  check(stray.length === 0, `the tarball holds files outside dist/: ${stray.join(', ')}`);
  const unwanted = paths.filter((path) => /mockServiceWorker|\.test\.|\.stories\.|(^|\/)\.gitkeep$/.test(path));
  check(unwanted.length === 0, `the tarball holds files no host needs: ${unwanted.join(', ')}`);

  for (const host of hosts) {
    console.log(`\n  ${host.label}`);
    testHost(join(work, `app-${host.react.react}`), packed.filename, host.react);
  }

  console.log(`\ncheck-tarball: ${packed.filename} installs, typechecks, builds and runs in a fresh app on ${hosts.map((h) => h.label).join(' and ')}`);
} catch (error) {
  console.error(`\ncheck-tarball: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (process.env.INVITE_KIT_KEEP_CONSUMER === '1') console.log(`(kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
