#!/usr/bin/env node
// React 18, for the checks that hold the kit to its peer range (`^18.2 || ^19`) while the
// repository develops on React 19: the unit tests again (scripts/vitest.react18.config.ts) and a
// host app on React 18 (scripts/check-tarball.mjs). Installed once into its own directory under
// node_modules/.cache — never over the repository's own React, which other runs are using — and
// reinstalled only when the pins change. Run directly, it installs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Exact pins: the last React 18 release and the matching type packages. */
export const REACT18 = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  '@types/react': '18.3.31',
  '@types/react-dom': '18.3.7',
};

/** Where React 18 lives; scripts/vitest.react18.config.ts reads the same default. */
export const REACT18_DIR = resolve(process.env.INVITE_KIT_REACT18_DIR ?? join(root, 'node_modules/.cache/invite-kit-react18'));

const installedVersion = (name) => {
  const manifest = join(REACT18_DIR, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
};

export function installReact18() {
  if (Object.entries(REACT18).every(([name, version]) => installedVersion(name) === version)) {
    console.log(`React 18: ${REACT18.react} already installed in ${REACT18_DIR}`);
    return;
  }
  mkdirSync(REACT18_DIR, { recursive: true });
  writeFileSync(
    join(REACT18_DIR, 'package.json'),
    `${JSON.stringify({ name: 'invite-kit-react18', private: true, dependencies: REACT18 }, null, 2)}\n`,
  );
  const result = spawnSync(
    'npm',
    ['install', '--prefix', REACT18_DIR, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`npm install of React 18 failed (exit ${result.status})`);
  console.log(`React 18: installed ${Object.entries(REACT18).map(([n, v]) => `${n}@${v}`).join(' ')} in ${REACT18_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    installReact18();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
