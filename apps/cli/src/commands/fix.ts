import path from 'node:path';
import { localize, type Locale, type Localized } from '@cpskit/core';
import { fixText, type Finding, type ValidateOptions } from '@cpskit/language-server';
import { isInside, isSymbolicLink, readRegularFile, realPathOf } from '@cpskit/language-server/node';
import { describeReason } from '../check-file.js';
import { boundaryOf, type FoundManual } from '../discover.js';
import { replaceFile } from '../replace-file.js';
import { safeText, shownPath } from '../safe-output.js';

/** What `runFix` did to one file. */
export interface FileFixResult {
  readonly file: string;
  /**
   * `fixed`: written with its fixes; `unchanged`: nothing safe to fix; `syntax-error`: not valid
   * YAML, left alone; `not-utf8`: bytes that would not survive being rewritten, left alone;
   * `symlink`: reached through a symbolic link while walking a folder, left alone; `link-outside`:
   * a link to a file outside the repository, left alone; `unreadable` / `write-failed`: the file
   * system said no (`reason` says why); `changed`: the file changed while it was being fixed, and
   * that change is kept. The last two are errors: the run asked for a fix it did not get.
   */
  readonly status: 'fixed' | 'unchanged' | 'syntax-error' | 'not-utf8' | 'symlink' | 'link-outside' | 'unreadable' | 'write-failed' | 'changed';
  readonly applied: readonly Finding[];
  readonly reason?: string;
}

/** Whether a fix result means the run failed to do what --fix asked. */
export function fixFailed(result: FileFixResult): boolean {
  return result.status === 'write-failed' || result.status === 'changed';
}

/** A manual to fix, with what discovery learnt of it (`FoundManual`); a bare path counts as named on the command line. */
export type FixTarget = string | Pick<FoundManual, 'path' | 'real' | 'boundary' | 'named' | 'throughLink'>;

function targetOf(file: FixTarget): Pick<FoundManual, 'path' | 'real' | 'boundary' | 'named' | 'throughLink'> {
  if (typeof file !== 'string') return file;
  const real = realPathOf(file) ?? path.resolve(file);
  return { path: path.resolve(file), real, boundary: boundaryOf(realPathOf(path.dirname(file)) ?? path.dirname(real)), named: true, throughLink: isSymbolicLink(file) };
}

export interface FixOptions {
  /** The language of the fixes' titles. */
  readonly locale?: Locale;
  /** The preset and rule settings that apply to a file (its configuration): a rule that is off fixes nothing. */
  readonly configFor?: (file: string) => Pick<ValidateOptions, 'preset' | 'rules'>;
  /** Called between writing the fixed text and putting it in the file's place: a seam for tests of a concurrent edit. */
  readonly beforeReplace?: (file: string) => void | Promise<void>;
}

/**
 * `cps check --fix`: applies each manual's safe fixes and writes the file back when its text
 * changed, byte for byte the same outside the edits. Files that are not valid YAML, or not
 * valid UTF-8, are never written. Only called when --fix is given.
 *
 * The write is atomic: the fixed text goes to a temporary file beside the manual, with the
 * manual's permissions, and replaces it by a rename only if the manual still holds the text that
 * was read (an edit saved meanwhile is kept, and reported). A manual reached through a symbolic
 * link met while walking a folder is not written; one named on the command line is, where the
 * link leads, if that is inside the repository holding the link (never outside it).
 */
export async function runFix(files: readonly FixTarget[], options: FixOptions = {}): Promise<FileFixResult[]> {
  const results: FileFixResult[] = [];
  for (const given of files) {
    const target = targetOf(given);
    const file = target.path;
    if (target.throughLink && !target.named) {
      results.push({ file, status: 'symlink', applied: [] });
      continue;
    }
    if (!isInside(target.real, target.boundary)) {
      results.push({ file, status: 'link-outside', applied: [] });
      continue;
    }
    const read = readRegularFile(target.real, { noFollow: true });
    if (!read.ok) {
      results.push({ file, status: 'unreadable', applied: [], reason: read.code });
      continue;
    }
    const bytes = read.bytes;
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
    const stillSame = async () => {
      await options.beforeReplace?.(file);
      const now = readRegularFile(target.real, { noFollow: true });
      return now.ok && now.bytes.equals(bytes);
    };
    try {
      await replaceFile(target.real, fixed.text, { mode: read.stats.mode & 0o7777, stillSame });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      results.push(code === 'ECHANGED' ? { file, status: 'changed', applied: [] } : { file, status: 'write-failed', applied: [], reason: code });
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
  symlink: {
    en: '{file}: not fixed, it is reached through a symbolic link; name it on the command line to fix the file the link leads to.',
    fr: '{file}\u00a0: non corrigé, il est atteint par un lien symbolique\u00a0; nommez-le dans la commande pour corriger le fichier vers lequel mène le lien.',
  },
  'link-outside': {
    en: '{file}: not fixed, it is a symbolic link to a file outside the repository.',
    fr: '{file}\u00a0: non corrigé, c’est un lien symbolique vers un fichier hors du dépôt.',
  },
  'write-failed': {
    en: '{file}: not fixed, the file cannot be written ({reason}); it is left as it was.',
    fr: '{file}\u00a0: non corrigé, le fichier ne peut pas être écrit ({reason})\u00a0; il est laissé tel quel.',
  },
  changed: {
    en: '{file}: not fixed, the file changed while it was being fixed; that change is kept. Run the fix again.',
    fr: '{file}\u00a0: non corrigé, le fichier a changé pendant la correction\u00a0; ce changement est gardé. Relancez la correction.',
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
    lines.push(
      `${locale === 'fr' ? 'cps\u00a0: ' : 'cps: '}${localize(REPORT[result.status], locale, { file: shownPath(file), count: result.applied.length, rules, reason: result.reason ? describeReason(result.reason, locale) : '' })}`,
    );
  }
  // Safe here as well as on standard error: the report names the repository's files.
  return lines.length > 0 ? safeText(`${lines.join('\n')}\n`) : '';
}
