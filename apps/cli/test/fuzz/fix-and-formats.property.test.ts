import { fileURLToPath } from 'node:url';
import { fuzzRuns, isSkippedKnownDefect, runSuite } from '@cpskit/fuzz';
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

/**
 * Defects this suite found that are being fixed elsewhere (escaping what a repository puts in the
 * outputs, by another change of issue 11; stylish's quadratic code frame, reported): reported, not
 * failed on, until the fix is merged. The everyday run (fixed seed) fails when one of them is no
 * longer seen, so that the entry is removed with the fix.
 */
const KNOWN_DEFECTS: readonly { readonly category: RegExp; readonly why: string }[] = [
  { category: /^(stylish|markdown|github|--fix report): a raw (ESC|C0 control character .*|C1 control character) in the output$/, why: 'file names and values printed unescaped' },
  { category: /^(stylish|markdown|junit|--fix report): a line starts a workflow command$/, why: 'a line break in a file name or value starts a line of its own' },
  { category: /: a line holds a ##\[command\]$/, why: 'the runner\'s older ##[command] form, found anywhere on a line, is not neutralised' },
  { category: /^sarif throws: URI malformed$/, why: 'encodeURIComponent throws on a file name with a lone surrogate' },
  { category: /^stylish not run: a line over 10,000 characters/, why: "stylish's code frame is quadratic in the length of a line (Intl.Segmenter over the whole line, per finding)" },
];

describe('cps check --fix and the output formats on generated, mutated manuals', () => {
  it(`fix re-parses, is idempotent, keeps comments; no output starts a workflow command or holds a raw escape (${RUNS} cases)`, { timeout: Math.max(180_000, RUNS * 100) }, async () => {
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
    const known = (category: string) => isSkippedKnownDefect(category) || KNOWN_DEFECTS.some((defect) => defect.category.test(category));
    expect(run.violations.categories().filter((category) => !known(category))).toEqual([]);
    if (!FUZZING) {
      const stale = KNOWN_DEFECTS.filter((defect) => !run.violations.categories().some((category) => defect.category.test(category)));
      expect(stale.map((defect) => `no longer seen, remove it from KNOWN_DEFECTS: ${defect.why}`)).toEqual([]);
    }
  });
});
