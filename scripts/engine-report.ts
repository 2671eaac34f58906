import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** Where {@link EngineReport} writes its counts; `scripts/test.mjs` reads and deletes the file. */
export const ENGINE_REPORT_FILE = '.vitest-engines.json';

/** One engine's (or one non-browser project's) share of a run. */
export interface EngineCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** The projects that ran in it, e.g. `browser (firefox)`, `storybook (firefox)`. */
  projects: string[];
  /**
   * The time its projects were running test files (the union of each project's first-start to
   * last-end span; Vitest runs some projects side by side), without its browsers' launches.
   */
  wallMs: number;
}

/**
 * A Vitest reporter that splits a run's counts by browser engine (the browser and storybook
 * projects of one engine together) and by non-browser project, and writes them to
 * {@link ENGINE_REPORT_FILE} for `npm test`'s summary (`firefox: 84 passed, 0 failed`).
 * A test file that failed without failing a test (it did not load, say) counts as one failure.
 *
 * @example
 * ```sh
 * npx vitest run --reporter=default --reporter=./scripts/engine-report.ts
 * ```
 */
export default class EngineReport implements Reporter {
  /** Per project, when its first test file started and its last one ended. */
  readonly #spans = new Map<string, Span>();

  onTestModuleStart(testModule: TestModule): void {
    const now = Date.now();
    const span = this.#spans.get(testModule.project.name);
    if (!span) this.#spans.set(testModule.project.name, { start: now, end: now });
    else span.start = Math.min(span.start, now);
  }

  onTestModuleEnd(testModule: TestModule): void {
    const span = this.#spans.get(testModule.project.name);
    if (span) span.end = Math.max(span.end, Date.now());
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const engines: Record<string, EngineCounts> = {};
    const browsers = new Set<string>();
    for (const testModule of testModules) {
      const key = engineOf(testModule);
      if (testModule.project.config.browser.enabled) browsers.add(key);
      const counts = (engines[key] ??= { passed: 0, failed: 0, skipped: 0, projects: [], wallMs: 0 });
      if (!counts.projects.includes(testModule.project.name)) counts.projects.push(testModule.project.name);
      let failedTests = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      counts.failed += failedTests || (testModule.state() === 'failed' ? 1 : 0);
    }
    for (const counts of Object.values(engines)) {
      counts.projects.sort();
      counts.wallMs = unionLength(counts.projects.flatMap((name) => this.#spans.get(name) ?? []));
    }
    // Non-browser projects first, then the engines, each by name: the same order every run.
    const rank = (key: string) => `${browsers.has(key) ? 1 : 0}${key}`;
    const sorted = Object.fromEntries(Object.entries(engines).sort(([a], [b]) => rank(a).localeCompare(rank(b))));
    writeFileSync(ENGINE_REPORT_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  }
}

interface Span {
  start: number;
  end: number;
}

/** How long at least one of `spans` was open. */
function unionLength(spans: Span[]): number {
  let total = 0;
  let reached = -Infinity;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    total += Math.max(0, end - Math.max(start, reached));
    reached = Math.max(reached, end);
  }
  return total;
}

/** The engine a browser project runs in (`firefox`), or the project's name (`unit`). */
function engineOf(testModule: TestModule): string {
  const { config, name } = testModule.project;
  return config.browser.enabled ? config.browser.name : name;
}
