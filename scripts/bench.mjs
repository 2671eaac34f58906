#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ — the Node ones, then the ones that need Chromium —
// prints one table, and fails when a gated figure is over its budget or a benchmark did not run.
// Absolute times (unit ms) are printed against their budgets but never gate: a shared two-core
// machine can double any of them. Counts gate exactly; same-run ratios (unit ×) gate with a 25 %
// noise margin over their budget, and the table still says when a ratio is over its budget.
// Arguments are passed to Vitest as file filters: `npm run bench -- parse`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const suites = [
  { label: 'Node', config: 'bench/vitest.config.ts' },
  { label: 'Chromium', config: 'bench/browser.config.ts' },
];
const filters = process.argv.slice(2);
const out = join(tmpdir(), `invite-kit-bench-${process.pid}.jsonl`);
rmSync(out, { force: true });

const failedSuites = [];
for (const suite of suites) {
  console.log(`\n▶ benchmarks (${suite.label}): vitest run --config ${suite.config}`);
  // Suites run one after the other: two at once would compete for the two cores and skew both.
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', suite.config, ...(filters.length ? ['--passWithNoTests', ...filters] : [])],
    {
      stdio: 'inherit',
      env: { ...process.env, INVITE_KIT_BENCH_OUT: out },
    },
  );
  if (run.status !== 0) failedSuites.push(suite.label);
}

const rows = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
rmSync(out, { force: true });

const RATIO_MARGIN = 1.25;
const gated = (r) => r.budget !== undefined && r.unit !== 'ms';
const limitOf = (r) => (r.unit === '×' ? r.budget * RATIO_MARGIN : r.budget);
const verdict = (r) => {
  if (r.budget === undefined) return '';
  if (r.value <= r.budget) return 'ok';
  if (!gated(r)) return 'over (a time: not gated)';
  return r.value <= limitOf(r) ? 'over (within the noise margin)' : 'OVER';
};
const table = rows.map((r) => ({
  benchmark: r.name,
  figure: `${r.value} ${r.unit}`,
  budget: r.budget === undefined ? '—' : `≤ ${r.budget} ${r.unit}`,
  verdict: verdict(r),
  detail: r.detail ?? '',
}));
console.log('\nBenchmarks');
console.table(table);
const over = rows.filter((r) => gated(r) && r.value > limitOf(r));
if (over.length) console.error(`${over.length} figure(s) over budget: ${over.map((r) => r.name).join('; ')}`);
if (failedSuites.length) console.error(`benchmarks that did not all run or pass: ${failedSuites.join(', ')}`);
if (rows.length === 0) console.error('no benchmark recorded a figure');
process.exit(over.length || failedSuites.length || rows.length === 0 ? 1 : 0);
