import { fileURLToPath } from 'node:url';
import { fuzzRuns, runSuite } from '@cpskit/fuzz';
import { describe, expect, it } from 'vitest';
import { suite } from './cli-suite.js';

/**
 * The CLI's property suite (cli-suite.ts): --fix and every output over manuals generated from the
 * zod schema and mutated, with hostile file names. 5,000 cases in `pnpm test`, in this process,
 * with a fixed seed; `pnpm fuzz` runs CPS_FUZZ_RUNS with a fresh seed in child processes (a case
 * that crashes or hangs is reported and the run goes on). Every violation is collected, with its
 * smallest input, and reported.
 */

const RUNS = fuzzRuns(5_000);
const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;
const SEED = Number(process.env['CPS_FUZZ_SEED'] ?? (FUZZING ? Date.now() % 2 ** 31 : 20_251_204));
const BUDGET_MS = 1_000;

describe('cps check --fix and the output formats on generated, mutated manuals', () => {
  it(
    `fix re-parses, is idempotent, keeps comments; no output starts a workflow command or holds a raw escape (${RUNS} cases)`,
    { timeout: Math.max(180_000, RUNS * 100) },
    async () => {
      const run = await runSuite({
        module: fileURLToPath(new URL('./cli-suite.ts', import.meta.url)),
        suite,
        seed: SEED,
        runs: RUNS,
        isolated: FUZZING,
        progress: (line) => process.stderr.write(`cli fuzz: ${line}\n`),
      });
      const slow = run.timer.slowOver(BUDGET_MS);
      console.log(
        [
          run.timer.report(`cli (--fix and outputs), seed ${SEED}${run.restarts ? `, ${run.restarts} workers restarted` : ''}`),
          run.violations.report('violations'),
          // Reported, not failed on: the time budget is the language service's (its suite fails on it).
          ...(slow ? [`  over ${BUDGET_MS} ms under 100 KB: ${slow}`] : []),
        ].join('\n'),
      );
      expect(run.violations.categories()).toEqual([]);
    },
  );
});
