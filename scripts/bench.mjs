#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/, prints one table, and fails when a figure is over
// its budget.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(tmpdir(), `invite-kit-bench-${process.pid}.jsonl`);
rmSync(out, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, INVITE_KIT_BENCH_OUT: out },
});
const rows = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
rmSync(out, { force: true });

const table = rows.map((r) => ({
  benchmark: r.name,
  figure: `${r.value} ${r.unit}`,
  budget: r.budget === undefined ? '—' : `≤ ${r.budget} ${r.unit}`,
  verdict: r.budget === undefined ? '' : r.value <= r.budget ? 'ok' : 'OVER',
  detail: r.detail ?? '',
}));
console.log('\nBenchmarks');
console.table(table);
const over = rows.filter((r) => r.budget !== undefined && r.value > r.budget);
if (run.status !== 0 || over.length || rows.length === 0) {
  console.error(over.length ? `${over.length} figure(s) over budget` : 'benchmarks did not all run');
  process.exit(1);
}
