import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localize, type Locale, type Localized } from '@cpskit/core';
import { parseManual, validateText, type Finding, type ParsedManual, type TextEdit, type ValidateOptions } from '@cpskit/language-server';

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
 * times. A text that is not valid YAML is returned unchanged, and so is any pass whose result
 * would not be valid YAML any more (a safeguard: a safe fix never does that).
 */
export function fixText(text: string, options: ValidateOptions = {}): TextFixResult {
  if (unreadable(parseManual(text))) return { text, applied: [], passes: 0, unreadable: true };
  let current = text;
  const applied: Finding[] = [];
  let passes = 0;
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

/** What `runFix` did to one file. */
export interface FileFixResult {
  readonly file: string;
  /**
   * `fixed`: written with its fixes; `unchanged`: nothing safe to fix; `syntax-error`: not valid
   * YAML, left alone; `not-utf8`: bytes that would not survive being rewritten, left alone;
   * `unreadable` / `write-failed`: the file system said no (`reason` says why).
   */
  readonly status: 'fixed' | 'unchanged' | 'syntax-error' | 'not-utf8' | 'unreadable' | 'write-failed';
  readonly applied: readonly Finding[];
  readonly reason?: string;
}

export interface FixOptions {
  /** The language of the fixes' titles. */
  readonly locale?: Locale;
  /** The preset and rule settings that apply to a file (its configuration): a rule that is off fixes nothing. */
  readonly configFor?: (file: string) => Pick<ValidateOptions, 'preset' | 'rules'>;
}

/**
 * `cps check --fix`: applies each manual's safe fixes and writes the file back when its text
 * changed, byte for byte the same outside the edits. Files that are not valid YAML, or not
 * valid UTF-8, are never written. Only called when --fix is given.
 */
export async function runFix(files: readonly string[], options: FixOptions = {}): Promise<FileFixResult[]> {
  const results: FileFixResult[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      results.push({ file, status: 'unreadable', applied: [], reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      results.push({ file, status: 'not-utf8', applied: [] });
      continue;
    }
    const fixed = fixText(text, { ...(options.locale ? { locale: options.locale } : {}), ...(options.configFor?.(file) ?? {}) });
    if (fixed.unreadable) {
      results.push({ file, status: 'syntax-error', applied: [] });
      continue;
    }
    if (fixed.text === text) {
      results.push({ file, status: 'unchanged', applied: [] });
      continue;
    }
    try {
      await writeFile(file, fixed.text, 'utf8');
    } catch (error) {
      results.push({ file, status: 'write-failed', applied: [], reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    results.push({ file, status: 'fixed', applied: fixed.applied });
  }
  return results;
}

const REPORT = {
  fixed: {
    en: '{file}: fixed {count} {count|problem|problems} ({rules}).',
    fr: '{file} : {count} {count|problème corrigé|problèmes corrigés} ({rules}).',
  },
  'syntax-error': {
    en: '{file}: not fixed, the YAML has a syntax error; fix it first.',
    fr: '{file} : non corrigé, le YAML a une erreur de syntaxe ; corrigez-la d’abord.',
  },
  'not-utf8': {
    en: '{file}: not fixed, the file is not valid UTF-8 and rewriting it would change it.',
    fr: '{file} : non corrigé, le fichier n’est pas en UTF-8 valide et le réécrire le modifierait.',
  },
  unreadable: {
    en: '{file}: not fixed, the file cannot be read ({reason}).',
    fr: '{file} : non corrigé, le fichier ne peut pas être lu ({reason}).',
  },
  'write-failed': {
    en: '{file}: not fixed, the file cannot be written ({reason}).',
    fr: '{file} : non corrigé, le fichier ne peut pas être écrit ({reason}).',
  },
} satisfies Record<Exclude<FileFixResult['status'], 'unchanged'>, Localized>;

/**
 * One line per file that was fixed or could not be, for standard error; nothing for files with
 * nothing to fix. Paths are shown relative to `cwd` when they are under it.
 */
export function describeFixes(results: readonly FileFixResult[], locale: Locale, cwd: string): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.status === 'unchanged') continue;
    const relative = path.relative(cwd, result.file);
    const file = relative.startsWith('..') || path.isAbsolute(relative) ? result.file : relative.split(path.sep).join('/');
    const rules = [...new Set(result.applied.map((finding) => finding.ruleId))].join(', ');
    lines.push(`${locale === 'fr' ? 'cps : ' : 'cps: '}${localize(REPORT[result.status], locale, { file, count: result.applied.length, rules, reason: result.reason ?? '' })}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
