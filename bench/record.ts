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
