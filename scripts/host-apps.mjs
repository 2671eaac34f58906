// Shared by the checks that install the packed tarball into real host apps (check-tarball.mjs,
// check-next.mjs): running a step quietly, failing with its output, packing the package.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs one step with its output captured; throws with that output when it fails. */
export function run(label, command, args, cwd, env = {}) {
  console.log(`\n  ▸ ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})\n${output}`);
  return result.stdout;
}

/** Throws `message` unless `ok`. */
export function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** Packs the package into `directory`; returns npm's description of the tarball. */
export function pack(directory) {
  const [packed] = JSON.parse(run('npm pack', 'npm', ['pack', '--json', '--pack-destination', directory], root));
  return packed;
}

/** `npm install` for a host app: from npm's cache first, no audit, no scripts of its own. */
export const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
