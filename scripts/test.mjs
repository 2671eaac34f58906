#!/usr/bin/env node
// Runs every test and check of the project, then prints one closing line summed over all runners:
// `total: N passed, M failed`. Vitest reports its own counts; each other check counts as one.
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

check('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('vitest (unit, browser, storybook)', []);

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
