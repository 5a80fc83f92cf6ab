import { message, type Locale } from '@cpskit/core';
import type { Finding, Severity } from '@cpskit/language-server';
import type { FileReport } from './types.js';

/** How many findings of each severity. */
export function countsOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The run's closing line ("✖ 3 problems … in 2 of 5 manuals", or that all is clean), and its totals. */
export function summaryOf(reports: readonly FileReport[], locale: Locale): { readonly text: string; readonly totals: Record<Severity, number> } {
  const totals = countsOf(reports.flatMap((report) => report.findings));
  // Infos are not problems: a run with infos only says so, and they are counted apart.
  const problems = totals.error + totals.warning;
  const text =
    problems + totals.info === 0
      ? message('summary.clean', locale, { files: reports.length })
      : message(problems === 0 ? 'summary.infos-only' : 'summary.problems', locale, {
          problems,
          errors: totals.error,
          warnings: totals.warning,
          infos: totals.info,
          withProblems: reports.filter((report) => report.findings.length > 0).length,
          files: reports.length,
        });
  return { text, totals };
}
