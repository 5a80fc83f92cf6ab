import { fileURLToPath } from 'node:url';
import { fuzzRuns, runSuite, strictTiming } from '@cpskit/fuzz';
import { describe, expect, it } from 'vitest';
import { suite } from './service-suite.js';

/**
 * The language service's property suite (service-suite.ts) over manuals generated from the zod
 * schema and mutated. 5,000 cases in `pnpm test`, in this process, with a fixed seed so that the
 * everyday run is the same every time; `pnpm fuzz` runs CPS_FUZZ_RUNS (100,000) with a fresh seed
 * in child processes, so that a case that crashes or hangs is reported and the run goes on, and
 * fails on a manual under 100 KB checked in more than 1 s. Every violation is collected, with its
 * smallest input, and reported.
 */

const RUNS = fuzzRuns(5_000);
const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;
const SEED = Number(process.env['CPS_FUZZ_SEED'] ?? (FUZZING ? Date.now() % 2 ** 31 : 20_251_204));
const BUDGET_BYTES = 100 * 1024;
const BUDGET_MS = 1_000;

describe('the language service on generated, mutated manuals', () => {
  it(`never throws, points inside the document, uses known messages and is deterministic (${RUNS} cases)`, { timeout: Math.max(180_000, RUNS * 100) }, async () => {
    const run = await runSuite({
      module: fileURLToPath(new URL('./service-suite.ts', import.meta.url)),
      suite,
      seed: SEED,
      runs: RUNS,
      isolated: FUZZING,
      budgetBytes: BUDGET_BYTES,
      progress: (line) => process.stderr.write(`language service fuzz: ${line}\n`),
    });
    const slow = run.timer.slowOver(BUDGET_MS);
    console.log(
      [
        run.timer.report(`language service, seed ${SEED}${run.restarts ? `, ${run.restarts} workers restarted` : ''}`),
        run.violations.report('violations'),
        ...(slow ? [`  over ${BUDGET_MS} ms under ${BUDGET_BYTES} bytes: ${slow}`] : []),
      ].join('\n'),
    );
    expect(run.violations.categories()).toEqual([]);
    if (strictTiming()) expect(slow, 'a manual under 100 KB checked in more than 1 s').toBeUndefined();
  });
});
