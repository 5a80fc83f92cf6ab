import { visible } from '@cpskit/core';
import type { Severity } from '@cpskit/language-server';
import type { Formatter } from './types.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A workflow command's message, escaped as the Actions runner expects: `%`, CR and LF, which it
 * reads back. Other control characters have no escape the runner reads: they are made visible
 * (see core's `visible`), so that the log and the annotation show them and do not act on them.
 */
export function escapeData(text: string): string {
  return text
    .replace(/[^\r\n]+/g, visible)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** A workflow command's property value: as data, and `:` and `,` too, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `--format github`: one GitHub Actions workflow command per finding, which the runner turns
 * into an annotation on the line: `::error` for errors, `::warning` for warnings, `::notice`
 * for infos. Lines and columns are 1-based; `endColumn` is the column just after the range.
 */
export const github: Formatter = (reports) => {
  const out: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(report.displayPath)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      out.push(`::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
};
