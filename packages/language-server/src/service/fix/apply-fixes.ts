import type { Finding, TextEdit } from '../finding.js';
import { parseManual, type ParsedManual } from '../parse/parse-manual.js';
import { validateText, type ValidateOptions } from '../validate.js';

/*
 * The application of safe fixes, shared by `cps check --fix`, the editor and the tests (as
 * ESLint keeps its fixer in its core): pure, from a text to a text; writing the result is the
 * caller's business.
 */

/** Passes over one manual at most: a fix can only reveal another one a few times. */
export const MAX_FIX_PASSES = 10;

/** Whether two edits of the same text cannot both be applied: they overlap, or an insertion touches the other. */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) {
    // Two insertions at one point, or an insertion at the edge of a replacement: the order would be a guess.
    const [point, other] = a.start === a.end ? [a.start, b] : [b.start, a];
    return other.start <= point && point <= other.end;
  }
  return a.start < b.end && b.start < a.end;
}

function sameEdits(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.length === b.length && a.every((edit, i) => edit.start === b[i]!.start && edit.end === b[i]!.end && edit.newText === b[i]!.newText);
}

const byStart = (a: TextEdit, b: TextEdit) => a.start - b.start || a.end - b.end;

/**
 * Applies the fixes marked safe (those that cannot change what the manual means), in document
 * order, skipping any whose edits overlap one already taken; a fix identical to one taken (two
 * findings that call for the same edit) counts as applied. Everything outside the edits is kept
 * as it is, comments and line breaks included. Pure: the findings must be of this text.
 */
export function applySafeFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const taken: TextEdit[] = [];
  const takenFixes: (readonly TextEdit[])[] = [];
  const applied: Finding[] = [];
  const candidates = findings
    .filter((finding) => finding.fix?.safe === true && finding.fix.edits.length > 0)
    .map((finding) => ({ finding, edits: [...finding.fix!.edits].sort(byStart) }))
    .sort((a, b) => byStart(a.edits[0]!, b.edits[0]!));
  for (const { finding, edits } of candidates) {
    if (takenFixes.some((fix) => sameEdits(fix, edits))) {
      applied.push(finding);
      continue;
    }
    const wellFormed = edits.every((edit) => 0 <= edit.start && edit.start <= edit.end && edit.end <= text.length);
    const selfConsistent = edits.every((edit, i) => edits.slice(i + 1).every((other) => !conflicts(edit, other)));
    if (!wellFormed || !selfConsistent || edits.some((edit) => taken.some((other) => conflicts(edit, other)))) continue;
    for (const edit of edits) taken.push(edit);
    takenFixes.push(edits);
    applied.push(finding);
  }
  let result = text;
  for (const edit of [...taken].sort(byStart).reverse()) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, applied };
}

/** The problems of a text that make it another text than its author wrote; a duplicate key is a finding, not one of them. */
function unreadable(parsed: ParsedManual): boolean {
  return parsed.problems.some((problem) => problem.kind !== 'duplicate-key');
}

/** What fixing a text did: the text after the last pass, and the findings fixed, pass by pass (each in the offsets of its pass's text). */
export interface TextFixResult {
  readonly text: string;
  readonly applied: readonly Finding[];
  readonly passes: number;
  /** The text could not be read as YAML: it was left as it is. */
  readonly unreadable: boolean;
}

/**
 * Applies the safe fixes to a manual's text until none remains, at most `MAX_FIX_PASSES`
 * times. A text that is not valid YAML is returned unchanged (unless quoting its texts that hold
 * « : » makes it valid), and so is any pass whose result
 * would not be valid YAML any more (a safeguard: a safe fix never does that).
 */
export function fixText(text: string, options: ValidateOptions = {}): TextFixResult {
  let current = text;
  const applied: Finding[] = [];
  let passes = 0;
  if (unreadable(parseManual(text))) {
    // The one syntax error a safe fix mends is a colon in a plain text, which quotes make a text
    // again: applied only when the result can be read, else the text is left alone.
    const mended = applySafeFixes(
      text,
      validateText(text, options).findings.filter((finding) => finding.ruleId === 'yaml-syntax'),
    );
    if (mended.applied.length === 0 || unreadable(parseManual(mended.text))) return { text, applied: [], passes: 0, unreadable: true };
    for (const finding of mended.applied) applied.push(finding);
    current = mended.text;
    passes = 1;
  }
  while (passes < MAX_FIX_PASSES) {
    const pass = applySafeFixes(current, validateText(current, options).findings);
    if (pass.applied.length === 0 || pass.text === current) break;
    if (unreadable(parseManual(pass.text))) break;
    passes++;
    for (const finding of pass.applied) applied.push(finding);
    current = pass.text;
  }
  return { text: current, applied, passes, unreadable: false };
}
