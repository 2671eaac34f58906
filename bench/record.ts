import { appendFileSync } from 'node:fs';

/**
 * One benchmark figure. `budget` is the most `value` may be; omit it for a figure without one.
 *
 * Only figures that a busy machine cannot move gate CI: counts, sizes and ratios measured in the
 * same run. A time (`unit: 'ms'`) is printed against its budget but never fails the run, since a
 * shared two-core machine can double any absolute time (DESIGN.md, performance budget).
 */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** What the figure was measured against, for the table. */
  detail?: string;
}

/** Records a figure for `npm run bench`'s table (scripts/bench.mjs prints it and checks budgets). */
export function record(row: BenchRow): void {
  const file = process.env.INVITE_KIT_BENCH_OUT;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
  console.log(`[bench] ${row.name}: ${row.value} ${row.unit}${row.budget !== undefined ? ` (budget ${row.budget})` : ''}`);
}

/** The process's CPU time so far, in ms (user + system, microsecond resolution on Linux). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The least CPU time, in ms, one call of `fn` took over `runs` calls. CPU time, not wall time: on a
 * shared machine a run that is descheduled for another process's slice keeps the same CPU time, so
 * ratios of two such figures hold under load (measured: the 10,000-address ratio read 2.69–2.73×
 * with four busy loops on the two cores, against 4.1–4.2× by the wall clock).
 */
export function leastCpuMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

/** {@link leastCpuMs} for an async `fn` (nothing else runs in this process while it is awaited). */
export async function leastCpuMsAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    await fn();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}
