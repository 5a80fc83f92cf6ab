import path from 'node:path';
import type { Locale } from '@cpskit/core';
import type { Analysis } from '@cpskit/language-server';
import * as vscode from 'vscode';
import { text } from './messages.js';

declare const __CPS_VERSION__: string | undefined;
type ReportModule = typeof import('./report-bundle.js');

/** The report's code: in the bundle, the file dist/report.cjs beside this one (tsup.config.ts), loaded only now. */
async function loadReport(): Promise<ReportModule> {
  return import('./report-bundle.js');
}

/** `atelier.cps.yaml` → `atelier.rapport.html` (fr) or `atelier.report.html` (en), as `cps tui` names it. */
export function reportFileName(manual: string, locale: Locale): string {
  const base = path
    .basename(manual)
    .replace(/\.cps\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  return `${base}.${locale === 'fr' ? 'rapport' : 'report'}.html`;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the printable report of a manual next to it (the HTML `cps report` writes, built here
 * from the server's analysis and the manual's text) and opens it in the browser. A report
 * already there is replaced, and the message says so. Returns where it was written.
 */
export async function exportReport(uri: vscode.Uri, analysis: Analysis, manualText: string, locale: Locale): Promise<vscode.Uri | undefined> {
  if (uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(text('report.save-first', locale));
    return undefined;
  }
  // The report's code (Vega among it) loads only when a report is asked for.
  const { manualHtml, manualReport } = await loadReport();
  const html = await manualHtml(
    manualReport({ path: vscode.workspace.asRelativePath(uri), text: manualText, analysis, locale }),
    typeof __CPS_VERSION__ === 'string' ? __CPS_VERSION__ : '0.0.0-dev',
  );
  const target = vscode.Uri.file(path.join(path.dirname(uri.fsPath), reportFileName(uri.fsPath, locale)));
  const replaced = await exists(target);
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  } catch (error) {
    void vscode.window.showErrorMessage(text('report.failed', locale, { reason: error instanceof Error ? error.message : String(error) }));
    return undefined;
  }
  void vscode.window.showInformationMessage(text(replaced ? 'report.replaced' : 'report.written', locale, { file: vscode.workspace.asRelativePath(target) }));
  await vscode.env.openExternal(target);
  return target;
}
