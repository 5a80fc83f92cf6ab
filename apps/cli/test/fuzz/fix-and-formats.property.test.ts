import type { Locale } from '@cpskit/core';
import { Violations, fuzzRuns, hostileString, lostComments, manualCases, workflowCommandProblems } from '@cpskit/fuzz';
import { parseManual } from '@cpskit/language-server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJob } from '../../src/check-file.js';
import { describeFixes, fixText } from '../../src/commands/fix.js';
import { FORMATS, FORMAT_NAMES } from '../../src/format/formats.js';
import { ANSI, PLAIN } from '../../src/format/types.js';

/**
 * `cps check --fix` and every output format over manuals generated from the zod schema and
 * mutated (see @cpskit/fuzz), with hostile file names; each case goes through one output (the
 * formats and the --fix report line, in turn). 5,000 cases in `pnpm test` (fixed seed);
 * `pnpm fuzz` runs CPS_FUZZ_RUNS with a fresh seed. Every violation is collected, with its
 * smallest input, and reported.
 */

const RUNS = fuzzRuns(5_000);
const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;
const CASES = manualCases(FUZZING ? {} : { maxItems: 3, heavy: 2 });
const SEED = Number(process.env['CPS_FUZZ_SEED'] ?? (FUZZING ? Date.now() % 2 ** 31 : 20_251_204));

const OUTPUT_NAMES = [...FORMAT_NAMES, '--fix report'] as const;
const displayPath = fc.oneof(
  { weight: 3, arbitrary: fc.constant('manuels/ateliers.cps.yaml') },
  { weight: 2, arbitrary: hostileString.map((name) => `${name}.cps.yaml`) },
  { weight: 1, arbitrary: fc.constant('evil\n::error title=Pwned::x.cps.yaml') },
);
// cpskit's own colours in stylish output: SGR sequences, nothing else.
const OWN_SGR = /\u001b\[\d+(?:;\d+)*m/g;

/** What in an output a terminal, a log viewer or an XML reader would act on or refuse. */
function controlProblems(name: string, output: string): string[] {
  const problems: string[] = [];
  if (name === 'json' || name === 'sarif') {
    // Machine formats: JSON.stringify escapes C0 itself; what matters is that the output parses.
    try {
      JSON.parse(output);
    } catch {
      problems.push('output that is not JSON');
    }
    return problems;
  }
  if (name === 'junit') {
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(output)) problems.push('a character XML 1.0 does not allow');
    return problems;
  }
  const plain = output.replace(OWN_SGR, '');
  if (plain.includes('\u001b')) problems.push('a raw ESC');
  if (/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/.test(plain)) problems.push('a raw C0 control character (CR, BEL, NUL…)');
  if (/[\u0080-\u009f]/.test(plain)) problems.push('a raw C1 control character');
  return problems;
}

/**
 * Known defect, found by this suite: stylish's code frame segments the whole line into graphemes
 * for each finding, and V8's Intl.Segmenter is quadratic in the length of the string, so a manual
 * on one line of 70,000 characters takes minutes. Until that is fixed, stylish is not run on
 * texts with a line this long (they are counted, and the hostile-repository script checks it).
 */
const hasLongLine = (text: string) => text.split(/\r\n|\r|\n/).some((line) => line.length > 10_000);
/**
 * Defects this suite found that another change of issue 11 fixes (escaping what a repository
 * puts in the outputs): reported, not failed on, until that change is merged. The everyday run
 * (fixed seed) fails when one of them is no longer seen, so that the entry is removed with the fix.
 */
const KNOWN_DEFECTS: readonly { readonly category: RegExp; readonly why: string }[] = [
  { category: /^(stylish|markdown|github|--fix report): a raw (ESC|C0 control character .*|C1 control character) in the output$/, why: 'file names and values printed unescaped' },
  { category: /^(stylish|markdown|junit|--fix report): a line starts a workflow command$/, why: 'a line break in a file name or value starts a line of its own' },
  { category: /: a line holds a ##\[command\]$/, why: 'the runner\'s older ##[command] form, found anywhere on a line, is not neutralised' },
  { category: /^sarif throws: URI malformed$/, why: 'encodeURIComponent throws on a file name with a lone surrogate' },
];
const readable = (text: string) => !parseManual(text).problems.some((problem) => problem.kind !== 'duplicate-key');

describe('cps check --fix and the output formats on generated, mutated manuals', () => {
  it(`fix re-parses, is idempotent, keeps comments; no output starts a workflow command or holds a raw escape (${RUNS} cases)`, { timeout: Math.max(120_000, RUNS * 100) }, () => {
    const violations = new Violations();
    let longLineSkips = 0;
    fc.assert(
      fc.property(CASES, fc.constantFrom<Locale>('en', 'fr'), displayPath, fc.constantFrom(...OUTPUT_NAMES), fc.boolean(), fc.boolean(), ({ text, classes }, locale, display, outputName, ansi, summary) => {
        const add = (category: string, detail = '') => violations.add(category, text, classes, `file name ${JSON.stringify(display)}, locale ${locale}, ${ansi ? 'ANSI' : 'plain'}${summary ? ', --summary' : ''}${detail ? `: ${detail}` : ''}`);
        const report = checkJob({ file: 'manual.cps.yaml', displayPath: display, text, config: { preset: 'recommended', rules: {} } }, { locale, analysis: true });

        // fixText checks the text with the same settings: without a safe fix among these findings it changes nothing.
        if (report.findings.some((finding) => finding.fix?.safe)) {
          try {
            const fixed = fixText(text, { locale });
            if (!fixed.unreadable && fixed.text !== text) {
              if (!readable(fixed.text)) add('--fix output does not parse');
              const again = fixText(fixed.text, { locale }).text;
              if (again !== fixed.text) add('--fix is not idempotent', `second pass changed ${JSON.stringify(fixed.text.slice(0, 300))}`);
              const lost = lostComments(text, fixed.text);
              if (lost.length > 0) add('--fix lost a comment', `lost ${JSON.stringify(lost)}`);
            }
          } catch (error) {
            add(`--fix throws: ${String((error as Error)?.message).split('\n')[0]}`, (error as Error)?.stack ?? '');
          }
        }

        const render = (): string =>
          outputName === '--fix report'
            ? describeFixes([{ file: `/work/${display}`, status: 'fixed', applied: report.findings.slice(0, 2) }], locale, '/work')
            : FORMATS[outputName]([report], { locale, colours: ansi ? ANSI : PLAIN, version: '0.0.0-fuzz', summary });
        if (outputName === 'stylish' && hasLongLine(text)) {
          longLineSkips++;
          return true;
        }
        let output: string;
        try {
          output = render();
        } catch (error) {
          add(`${outputName} throws: ${String((error as Error)?.message).split('\n')[0]}`, (error as Error)?.stack ?? '');
          return true;
        }
        for (const problem of workflowCommandProblems(output, outputName === 'github')) add(`${outputName}: a line ${problem.kind}`, JSON.stringify(problem.line.slice(0, 200)));
        for (const problem of controlProblems(outputName, output)) add(`${outputName}: ${problem} in the output`);
        return true;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`cli properties, seed ${SEED}, ${RUNS} cases (stylish skipped on ${longLineSkips} with a line over 10,000 characters)\n${violations.report('violations')}`);
    const known = (category: string) => KNOWN_DEFECTS.some((defect) => defect.category.test(category));
    expect(violations.categories().filter((category) => !known(category))).toEqual([]);
    if (!FUZZING) {
      const stale = KNOWN_DEFECTS.filter((defect) => !violations.categories().some((category) => defect.category.test(category)));
      expect(stale.map((defect) => `no longer seen, remove it from KNOWN_DEFECTS: ${defect.why}`)).toEqual([]);
    }
  });
});
