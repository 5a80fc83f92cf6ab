import { message, type Locale } from '@cpskit/core';
import { PLAIN, type Colours, type FileReport } from './types.js';

export { ANSI, PLAIN, type Colours } from './types.js';

/**
 * The default, human format: findings grouped by file, each with its line:column (1-based,
 * as editors show them), severity, message and rule id, then a summary line.
 */
export function formatStylish(results: readonly FileReport[], locale: Locale, colours: Colours = PLAIN): string {
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
