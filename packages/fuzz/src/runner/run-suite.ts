import { casesOf } from '../suite.js';
import { CaseTimer } from '../timing.js';
import { Violations } from '../violations.js';
import { runIsolated, type IsolatedOptions, type IsolatedRun } from './run-isolated.js';

export interface SuiteOptions<T> extends IsolatedOptions<T> {
  /** Run in child processes (`pnpm fuzz`), or in this one (the everyday run: no process to start). */
  readonly isolated: boolean;
}

/** Runs a property suite's cases, in this process or isolated, and gathers its violations and timings. */
export async function runSuite<T>(options: SuiteOptions<T>): Promise<IsolatedRun> {
  if (options.isolated) return runIsolated(options);
  const chunkSize = options.chunkSize ?? 500;
  const violations = new Violations();
  const timer = new CaseTimer(options.budgetBytes);
  let cases = 0;
  for (let chunk = 0; chunk * chunkSize < options.runs; chunk++) {
    for (const value of casesOf(options.suite, options.seed, options.runs, chunkSize, chunk)) {
      const result = options.suite.check(value);
      const { text, classes, context } = options.suite.describe(value);
      if (result.ms !== undefined) timer.record(classes, text.length, result.ms);
      for (const problem of result.problems) violations.add(problem.category, text, classes, [context, problem.detail].filter(Boolean).join(': '));
      cases++;
    }
  }
  return { violations, timer, cases, restarts: 0 };
}
