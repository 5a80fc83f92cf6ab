import { message, visible } from '@cpskit/core';
import { LineIndex, citationTag, type Finding, type Severity } from '@cpskit/language-server';
import { safeText, shownPath } from '../safe-output.js';
import { frameLine } from './code-frame.js';
import { formatCoverage, formatCriteria } from './summary.js';
import { summaryOf } from './totals.js';
import { PLAIN, type Colours, type Formatter } from './types.js';

export { ANSI, PLAIN, type Colours } from './types.js';

/** The width the code frames are cut to, so that they read in an 80-column terminal. */
const FRAME_WIDTH = 80;
const FRAME_INDENT = '    ';

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/**
 * The default, human format: findings grouped by file, each with its line:column (1-based,
 * as editors show them), severity, message, rule id and citation, and under it the line
 * at fault with carets under the range; then a summary line, and with --summary each
 * manual's criteria table and coverage. Findings in a row on the same range share one frame.
 */
export const stylish: Formatter = (reports, context) => {
  const { locale, colours } = context;
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(colours.path(shownPath(report.displayPath)));
    const lines = report.text === undefined ? undefined : new LineIndex(report.text);
    let gutter = 0;
    let placeWidth = 0;
    let severityWidth = 0;
    const rows = report.findings.map((finding) => {
      const row = {
        place: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
        severity: message(`severity.${finding.severity}`, locale),
        finding,
      };
      gutter = Math.max(gutter, String(finding.range.start.line + 1).length);
      placeWidth = Math.max(placeWidth, row.place.length);
      severityWidth = Math.max(severityWidth, row.severity.length);
      return row;
    });
    let groupRank = 0;
    rows.forEach((row, index) => {
      const { finding } = row;
      const severity = colours[finding.severity](row.severity.padEnd(severityWidth));
      const cites = finding.cites ? ` ${citationTag(finding.cites, finding.locale)}` : '';
      out.push(`  ${colours.dim(row.place.padEnd(placeWidth))}  ${severity}  ${visible(finding.message)}  ${colours.dim(visible(`${finding.ruleId}${cites}`))}`);
      groupRank = Math.max(groupRank, RANK[finding.severity]);
      const next = rows[index + 1]?.finding;
      if (next && sameRange(next, finding)) return;
      if (lines) for (const frameRow of codeFrame(lines, finding, gutter, severityOfRank(groupRank), colours)) out.push(frameRow);
      groupRank = 0;
    });
    out.push('');
  }
  const { text: summary, totals } = summaryOf(reports, locale);
  out.push(totals.error > 0 ? colours.error(summary) : totals.warning + totals.info > 0 ? colours.warning(summary) : summary);
  // A rule's docs are one command away, offline: the rule id ends each finding's line.
  const firstRule = reports.flatMap((report) => report.findings)[0]?.ruleId;
  if (firstRule) out.push(colours.dim(message('summary.explain-hint', locale, { rule: firstRule })));
  let text = `${out.join('\n')}\n`;
  if (context.summary) {
    for (const report of reports) {
      if (!report.analysis) continue;
      text += `\n${colours.path(shownPath(report.displayPath))}\n${[...formatCriteria(report.analysis, locale, colours), '', ...formatCoverage(report.analysis, locale, colours)].join('\n')}\n`;
    }
  }
  // Messages and code frames are made visible where they are built; this is the last guard.
  return safeText(text, { colours: colours !== PLAIN });
};

function sameRange(a: Finding, b: Finding): boolean {
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

function severityOfRank(rank: number): Severity {
  return rank >= 3 ? 'error' : rank === 2 ? 'warning' : 'info';
}

/** The line a finding starts on, with its number in a gutter, and a line of carets under its range. */
function codeFrame(lines: LineIndex, finding: Finding, gutter: number, severity: Severity, colours: Colours): string[] {
  const line = finding.range.start.line;
  if (line < 0 || line >= lines.lineCount) return [];
  const room = FRAME_WIDTH - FRAME_INDENT.length - gutter - 3;
  const frame = frameLine(lines.lineText(line), finding.range, room);
  const bar = colours.dim('|');
  return [
    `${FRAME_INDENT}${colours.dim(String(line + 1).padStart(gutter))} ${bar}${frame.source ? ` ${frame.source}` : ''}`,
    `${FRAME_INDENT}${' '.repeat(gutter)} ${bar} ${' '.repeat(frame.caretColumn)}${colours[severity]('^'.repeat(frame.caretLength))}`,
  ];
}
