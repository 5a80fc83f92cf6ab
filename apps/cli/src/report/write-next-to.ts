import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { localize, type Locale } from '@cpskit/core';
import type { ResolvedConfig } from '@cpskit/language-server';
import { checkJob, describeReason } from '../check-file.js';
import { replaceFile } from '../replace-file.js';
import { renderManual } from './render.js';

/** What writing a report next to its manual did, said in a line for a status bar. */
export type WrittenReport = { readonly ok: true; readonly file: string; readonly replaced: boolean; readonly inCwd: boolean } | { readonly ok: false; readonly reason: string };

export const WRITE_WORDS = {
  written: { en: 'Report written: {path}', fr: 'Rapport écrit\u00a0: {path}' },
  replaced: { en: 'Report written, replacing the earlier one: {path}', fr: 'Rapport écrit, à la place du précédent\u00a0: {path}' },
  inCwd: { en: 'The manual’s folder is read-only; report written here: {path}', fr: 'Le dossier du manuel est en lecture seule\u00a0; rapport écrit ici\u00a0: {path}' },
  failed: { en: 'The report could not be written: {reason}', fr: 'Le rapport n’a pas pu être écrit\u00a0: {reason}' },
} as const;

/** `atelier.cps.yaml` → `atelier.rapport.html` (fr) or `atelier.report.html` (en). */
export function reportName(manual: string, locale: Locale): string {
  const base = path
    .basename(manual)
    .replace(/\.cps\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  return `${base}.${locale === 'fr' ? 'rapport' : 'report'}.html`;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function writable(folder: string): Promise<boolean> {
  return access(folder, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the HTML report of a manual next to it (in `cwd` when its folder cannot be written),
 * through a new file renamed into place, never through a link at that name. A report already
 * there is replaced, and the answer says so.
 */
export async function writeReportNextTo(
  manual: string,
  options: {
    readonly locale: Locale;
    readonly config: Pick<ResolvedConfig, 'preset' | 'rules'>;
    readonly displayPath: string;
    readonly cwd: string;
    /** Whether a folder can be written (the tests stand in for the system, which lets root write anywhere). */
    readonly canWrite?: (folder: string) => Promise<boolean>;
  },
): Promise<WrittenReport> {
  const report = checkJob({ file: manual, displayPath: options.displayPath, config: options.config }, { locale: options.locale, analysis: true });
  if (!report.analysis) return { ok: false, reason: report.findings[0]?.message ?? '' };
  const html = await renderManual(report, 'html', options.locale);
  const inCwd = !(await (options.canWrite ?? writable)(path.dirname(manual)));
  const file = path.join(inCwd ? options.cwd : path.dirname(manual), reportName(manual, options.locale));
  const replaced = await exists(file);
  try {
    await replaceFile(file, html);
  } catch (error) {
    return { ok: false, reason: describeReason((error as NodeJS.ErrnoException).code ?? String(error), options.locale) };
  }
  return { ok: true, file, replaced, inCwd };
}

/** The status line that says where the report went, or why it did not. */
export function writtenReportStatus(result: WrittenReport, shown: (file: string) => string, locale: Locale): string {
  if (!result.ok) return localize(WRITE_WORDS.failed, locale, { reason: result.reason });
  const words = result.inCwd ? WRITE_WORDS.inCwd : result.replaced ? WRITE_WORDS.replaced : WRITE_WORDS.written;
  return localize(words, locale, { path: shown(result.file) });
}
