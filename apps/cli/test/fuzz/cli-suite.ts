import { REFERENCE_VERSION, type Locale } from '@cpskit/core';
import { hostileString, lostComments, manualCases, workflowCommandProblems, type ManualCase, type Problem, type PropertySuite } from '@cpskit/fuzz';
import { fixText, parseManual } from '@cpskit/language-server';
import fc from 'fast-check';
import { checkJob } from '../../src/check-file.js';
import { describeFixes } from '../../src/commands/fix.js';
import { FORMATS, FORMAT_NAMES } from '../../src/format/formats.js';
import { ANSI, PLAIN } from '../../src/format/types.js';

/**
 * `cps check --fix` and the outputs on one generated, mutated manual (see @cpskit/fuzz), with a
 * hostile file name: checked as `cps check` does; when it has a safe fix, fixed (the output
 * re-parses, a second --fix changes nothing, no comment is lost); then rendered in one output
 * (the six formats and the --fix report line, in turn): no line the Actions runner would take for
 * a workflow command but the github format's own well-formed annotations, no raw ESC/C0/C1 in
 * human outputs, JSON that parses, XML characters only. The time of the fix and the rendering is
 * measured.
 */

const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;

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

const readable = (text: string) => !parseManual(text).problems.some((problem) => problem.kind !== 'duplicate-key');

interface CliCase {
  readonly manual: ManualCase;
  readonly locale: Locale;
  readonly display: string;
  readonly output: (typeof OUTPUT_NAMES)[number];
  readonly ansi: boolean;
  readonly summary: boolean;
}

export const suite: PropertySuite<CliCase> = {
  arbitrary: fc.record({
    manual: manualCases(FUZZING ? {} : { maxItems: 3, heavy: 2 }),
    locale: fc.constantFrom<Locale>('en', 'fr'),
    display: displayPath,
    output: fc.constantFrom(...OUTPUT_NAMES),
    ansi: fc.boolean(),
    summary: fc.boolean(),
  }),
  describe: ({ manual, locale, display, output, ansi, summary }) => ({
    text: manual.text,
    classes: manual.classes,
    context: `${output}, file name ${JSON.stringify(display)}, locale ${locale}, ${ansi ? 'ANSI' : 'plain'}${summary ? ', --summary' : ''}`,
  }),
  check({ manual: { text }, locale, display, output: outputName, ansi, summary }) {
    const problems: Problem[] = [];
    const add = (category: string, detail?: string) => problems.push({ category, ...(detail ? { detail } : {}) });
    const report = checkJob({ file: 'manual.cps.yaml', displayPath: display, text, config: { preset: 'recommended', rules: {} } }, { locale, analysis: true });
    // Processor time, as the language service's suite measures it (timing.ts): on a loaded runner the wall clock measures the other processes.
    const start = process.cpuUsage();

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
        : FORMATS[outputName]([report], { locale, colours: ansi ? ANSI : PLAIN, version: '0.0.0-fuzz', reference: REFERENCE_VERSION, summary });
    let output: string;
    try {
      output = render();
    } catch (error) {
      add(`${outputName} throws: ${String((error as Error)?.message).split('\n')[0]}`, (error as Error)?.stack ?? '');
      return { problems };
    }
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    for (const problem of workflowCommandProblems(output, outputName === 'github')) add(`${outputName}: a line ${problem.kind}`, JSON.stringify(problem.line.slice(0, 200)));
    for (const problem of controlProblems(outputName, output)) add(`${outputName}: ${problem} in the output`);
    return { problems, ms };
  },
};
