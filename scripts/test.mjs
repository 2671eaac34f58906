#!/usr/bin/env node
// Runs every test and check of the project, then prints one closing line summed over all runners:
// `total: N passed, M failed`. Vitest reports its own counts; each other check counts as one.
//
// After the tests, the package gates (issue #7): the build, the built files against the exports map,
// the size budgets, publint, attw, the packed tarball in a fresh React 19 and React 18 app, the
// unit tests on React 18, and the benchmarks. INVITE_KIT_QUICK=1 skips the slow ones (packing,
// installing, React 18, benchmarks) while developing; under CI (CI set) nothing is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args, env) {
  const ok = run(label, command, args, env);
  ok ? passed++ : failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

function vitest(label, args, env) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) {
    failed++;
    lines.push(`FAIL ${label}: no report (the runner did not finish)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const p = json.numPassedTests ?? 0;
  const f = (json.numFailedTests ?? 0) + (ok || json.numFailedTests ? 0 : 1);
  passed += p;
  failed += f;
  lines.push(`${f ? 'FAIL' : 'ok  '} ${label}: ${p} passed, ${f} failed`);
  rmSync(report, { force: true });
}

// The main run's counts per browser engine and per non-browser project (scripts/engine-report.ts),
// listed under its line; they split its total, so they are not added to it again.
function engineLines() {
  const file = '.vitest-engines.json';
  if (!existsSync(file)) return;
  for (const [engine, c] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    lines.push(`${c.failed ? 'FAIL' : 'ok  '}   ${engine}: ${c.passed} passed, ${c.failed} failed${skipped} (${c.projects.join(', ')}; ${Math.round(c.wallMs / 1000)} s)`);
  }
  rmSync(file, { force: true });
}

function skip(label) {
  lines.push(`skip ${label} (INVITE_KIT_QUICK)`);
}

const quick = process.env.INVITE_KIT_QUICK === '1' && !process.env.CI;

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('typecheck bench/', 'npx', ['tsc', '--noEmit', '-p', 'bench']);
// The jsdom unit tests first, on their own: beside six browsers they had the two cores to share
// with, and Radix Select interactions in jsdom neared the 5 s test timeout on a busy machine.
vitest('vitest unit (jsdom)', ['--project', 'unit']);
// Then the browser and story tests of every engine in one run (Chromium, Firefox, WebKit).
vitest('vitest browser and stories (Chromium, Firefox, WebKit)', ['--project', 'browser*', '--project', 'storybook*', '--reporter=./scripts/engine-report.ts']);
engineLines();

// ─── The package as it ships ───
if (check('build (vite + declarations)', 'npm', ['run', 'build'])) {
  check('dist matches the exports map (use client, sideEffects, files, import graphs)', 'node', ['scripts/check-dist.mjs']);
  check('size-limit budgets', 'npx', ['size-limit']);
  check("docs' code type-checks against the built types as a strict host (DOM and Node-only)", 'node', ['scripts/check-docs.mjs']);
  if (quick) {
    for (const label of ['publint', 'attw', 'packed tarball in fresh React 19 and 18 apps', 'packed tarball in a Next.js app']) skip(label);
  } else {
    check('publint --strict', 'npx', ['publint', '--strict']);
    // ESM-only: the package has no CommonJS build, so the node10 and node16-from-CJS resolutions
    // cannot work by design; the esm-only profile checks node16-from-ESM and bundler, every subpath.
    check('attw --profile esm-only (every subpath)', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
    check('packed tarball in fresh React 19 and 18 apps (types, vite build, Node, SSR)', 'node', ['scripts/check-tarball.mjs']);
    check('packed tarball in a Next.js App Router app (next build; Chromium invites 3 people via next start)', 'node', ['scripts/check-next.mjs']);
  }
} else {
  failed++;
  lines.push('FAIL package checks: not run, the build failed');
}

// ─── React 18, the other end of the peer range ───
if (quick) skip('vitest unit on React 18');
else if (check('React 18 install', 'node', ['scripts/react18.mjs'])) {
  vitest('vitest unit on React 18', ['--config', 'scripts/vitest.react18.config.ts']);
}

// ─── Benchmarks (their own budgets; bench/) ───
if (quick) skip('benchmarks');
else check('benchmarks (npm run bench)', 'node', ['scripts/bench.mjs']);

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
