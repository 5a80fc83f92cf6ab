import { MESSAGES, type Locale } from '@cpskit/core';
import { CaseTimer, Violations, fuzzRuns, manualCases, strictTiming } from '@cpskit/fuzz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, findRuleMeta, validateText, type Finding } from '../../src/index.js';

/**
 * Properties of the language service over manuals generated from the zod schema and mutated
 * (see @cpskit/fuzz). 5,000 cases in `pnpm test`, with a fixed seed so that the everyday run is
 * the same every time; `pnpm fuzz` runs 100,000 (CPS_FUZZ_RUNS) with a fresh seed and fails on a
 * case over the time budget. Every violation is collected, with its smallest input, and reported.
 */

const RUNS = fuzzRuns(5_000);
const FUZZING = process.env['CPS_FUZZ_RUNS'] !== undefined;
// The everyday run keeps manuals small and costly inputs (huge strings, deep nesting, alias bombs) rare.
const CASES = manualCases(FUZZING ? {} : { maxItems: 3, heavy: 2 });
const SEED = Number(process.env['CPS_FUZZ_SEED'] ?? (FUZZING ? Date.now() % 2 ** 31 : 20_251_204));
/** A manual under this size is checked within the budget (1 s), measured per case. */
const BUDGET_BYTES = 100 * 1024;
const BUDGET_MS = 1_000;

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
  if (JSON.stringify(expected) !== JSON.stringify(finding.range)) return `range ${JSON.stringify(finding.range)} is not where offsets ${start}-${end} are (${JSON.stringify(expected)})`;
  for (const edit of finding.fix?.edits ?? []) {
    if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)) return `a fix edit ${edit.start}-${edit.end} outside 0-${text.length}`;
  }
  return undefined;
}

/** Whether the message id of a finding has a text in both locales. */
function messageKnown(finding: Finding): boolean {
  const meta = findRuleMeta(finding.ruleId);
  const localized = (meta?.messages as Record<string, { en?: string; fr?: string }> | undefined)?.[finding.messageId] ?? (MESSAGES as Record<string, { en?: string; fr?: string }>)[finding.messageId];
  return typeof localized?.en === 'string' && localized.en.length > 0 && typeof localized.fr === 'string' && localized.fr.length > 0;
}

describe('the language service on generated, mutated manuals', () => {
  it(`never throws, points inside the document, uses known messages and is deterministic (${RUNS} cases)`, { timeout: Math.max(120_000, RUNS * 100) }, () => {
    const violations = new Violations();
    const timer = new CaseTimer(BUDGET_BYTES);
    fc.assert(
      fc.property(CASES, fc.constantFrom<Locale>('en', 'fr'), ({ text, classes }, locale) => {
        let first: readonly Finding[];
        try {
          first = timer.time(classes, text.length, () => validateText(text, { locale }).findings);
        } catch (error) {
          violations.add(`throws: ${String((error as Error)?.message ?? error).split('\n')[0]!.replace(/\d+/g, 'N')}`, text, classes, (error as Error)?.stack ?? '');
          return true;
        }
        const lines = new LineIndex(text);
        const lineLengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
        for (const finding of first) {
          const problem = placeProblem(text, lines, lineLengths, finding);
          if (problem) violations.add(`misplaced finding: ${finding.ruleId}/${finding.messageId}`, text, classes, problem);
          if (!messageKnown(finding)) violations.add(`message id without both locales: ${finding.ruleId}/${finding.messageId}`, text, classes);
        }
        const second = validateText(text, { locale }).findings;
        if (JSON.stringify(second.map(whole)) !== JSON.stringify(first.map(whole))) {
          violations.add('different findings on a second call', text, classes, `first ${first.length}, second ${second.length} findings`);
        }
        return true;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const slow = timer.slowOver(BUDGET_MS);
    console.log(`${timer.report(`language service, seed ${SEED}`)}\n${violations.report('violations')}${slow ? `\n  over ${BUDGET_MS} ms under ${BUDGET_BYTES} bytes: ${slow}` : ''}`);
    expect(violations.summary()).toEqual([]);
    if (strictTiming()) expect(slow, 'a manual under 100 KB checked in more than 1 s').toBeUndefined();
  });
});
