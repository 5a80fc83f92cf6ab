import { message, type Locale } from '@cpskit/core';
import type { Finding } from '@cpskit/language-server';

/** The result of checking one file, as the formatters receive it. */
export interface FileResult {
  /** The path as the person should read it: relative to where they ran `cps`. */
  readonly displayPath: string;
  readonly findings: readonly Finding[];
}

export interface Colours {
  readonly path: (text: string) => string;
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly info: (text: string) => string;
  readonly dim: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const ANSI: Colours = {
  path: wrap(4, 24),
  error: wrap(31, 39),
  warning: wrap(33, 39),
  info: wrap(36, 39),
  dim: wrap(2, 22),
};

const identity = (text: string) => text;
export const PLAIN: Colours = { path: identity, error: identity, warning: identity, info: identity, dim: identity };

/**
 * The default, human format: findings grouped by file, each with its line:column (1-based,
 * as editors show them), severity, message and rule id, then a summary line.
 */
export function formatStylish(results: readonly FileResult[], locale: Locale, colours: Colours = PLAIN): string {
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  let withProblems = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    withProblems++;
    out.push(colours.path(result.displayPath));
    const rows = result.findings.map((finding) => {
      totals[finding.severity]++;
      return {
        place: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
        severity: message(`severity.${finding.severity}`, locale),
        finding,
      };
    });
    const placeWidth = Math.max(...rows.map((row) => row.place.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    for (const row of rows) {
      const severity = colours[row.finding.severity](row.severity.padEnd(severityWidth));
      const cites = row.finding.cites ? ` ${row.finding.cites.id}` : '';
      out.push(`  ${colours.dim(row.place.padEnd(placeWidth))}  ${severity}  ${row.finding.message}  ${colours.dim(`${row.finding.ruleId}${cites}`)}`);
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  const summary =
    problems === 0
      ? message('summary.clean', locale, { files: results.length })
      : message('summary.problems', locale, {
          problems,
          errors: totals.error,
          warnings: totals.warning,
          infos: totals.info,
          withProblems,
          files: results.length,
        });
  out.push(problems === 0 ? summary : totals.error > 0 ? colours.error(summary) : colours.warning(summary));
  return `${out.join('\n')}\n`;
}
