import { MESSAGES, type Locale } from '@cpskit/core';
import { manualCases, timed, type ManualCase, type Problem, type PropertySuite } from '@cpskit/fuzz';
import fc from 'fast-check';
import { LineIndex, findRuleMeta, validateText, type Finding } from '../../src/index.js';

/**
 * The language service's properties on one generated, mutated manual (see @cpskit/fuzz): it
 * never throws; every finding points inside the document, where its offsets are; every message
 * id has a text in both locales; a second call gives the same findings. The time of the first
 * call is measured (the run reports the slowest, and `pnpm fuzz` fails over 1 s under 100 KB).
 */

const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;

const whole = (finding: Finding) => ({
  ruleId: finding.ruleId,
  severity: finding.severity,
  messageId: finding.messageId,
  args: finding.args,
  message: finding.message,
  range: finding.range,
  offsets: finding.offsets,
  related: finding.related,
  fix: finding.fix,
});

/** What is wrong with where a finding points, if anything. */
function placeProblem(text: string, lines: LineIndex, lineLengths: readonly number[], finding: Finding): string | undefined {
  const { start, end } = finding.offsets;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) return `offsets ${start}-${end} outside 0-${text.length}`;
  const places = [finding.range, ...(finding.related ?? []).map((related) => related.range)];
  for (const range of places) {
    for (const position of [range.start, range.end]) {
      if (!(position.line >= 0 && position.line < lineLengths.length && position.character >= 0 && position.character <= lineLengths[position.line]!)) {
        return `position ${position.line}:${position.character} outside the document`;
      }
    }
    if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return 'a range that ends before it starts';
  }
  const expected = { start: lines.positionAt(start), end: lines.positionAt(end) };
  if (JSON.stringify(expected) !== JSON.stringify(finding.range))
    return `range ${JSON.stringify(finding.range)} is not where offsets ${start}-${end} are (${JSON.stringify(expected)})`;
  for (const edit of finding.fix?.edits ?? []) {
    if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)) return `a fix edit ${edit.start}-${edit.end} outside 0-${text.length}`;
  }
  return undefined;
}

/** Whether the message id of a finding has a text in both locales. */
function messageKnown(finding: Finding): boolean {
  const meta = findRuleMeta(finding.ruleId);
  const localized =
    (meta?.messages as Record<string, { en?: string; fr?: string }> | undefined)?.[finding.messageId] ??
    (MESSAGES as Record<string, { en?: string; fr?: string }>)[finding.messageId];
  return typeof localized?.en === 'string' && localized.en.length > 0 && typeof localized.fr === 'string' && localized.fr.length > 0;
}

type ServiceCase = readonly [ManualCase, Locale];

export const suite: PropertySuite<ServiceCase> = {
  // The everyday run keeps manuals small and costly inputs (huge strings, deep nesting, alias bombs) rare.
  arbitrary: fc.tuple(manualCases(FUZZING ? {} : { maxItems: 3, heavy: 2 }), fc.constantFrom<Locale>('en', 'fr')),
  describe: ([manual, locale]) => ({ text: manual.text, classes: manual.classes, context: `locale ${locale}` }),
  check([{ text }, locale]) {
    const problems: Problem[] = [];
    let first: readonly Finding[];
    let ms: number;
    try {
      ({ result: first, ms } = timed(() => validateText(text, { locale }).findings));
    } catch (error) {
      return {
        problems: [
          {
            category: `throws: ${String((error as Error)?.message ?? error)
              .split('\n')[0]!
              .replace(/\d+/g, 'N')}`,
            detail: (error as Error)?.stack ?? '',
          },
        ],
      };
    }
    const lines = new LineIndex(text);
    const lineLengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
    for (const finding of first) {
      const problem = placeProblem(text, lines, lineLengths, finding);
      if (problem) problems.push({ category: `misplaced finding: ${finding.ruleId}/${finding.messageId}`, detail: problem });
      if (!messageKnown(finding)) problems.push({ category: `message id without both locales: ${finding.ruleId}/${finding.messageId}` });
    }
    const second = validateText(text, { locale }).findings;
    if (JSON.stringify(second.map(whole)) !== JSON.stringify(first.map(whole))) {
      problems.push({ category: 'different findings on a second call', detail: `first ${first.length}, second ${second.length} findings` });
    }
    return { problems, ms };
  },
};
