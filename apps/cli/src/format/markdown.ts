import { localize, message, type Locale } from '@cpskit/core';
import { citationTag, findRuleMeta, ruleDocsUrl, type Finding, type Severity } from '@cpskit/language-server';
import { countsOf, summaryOf } from './totals.js';
import type { FileReport, Formatter } from './types.js';

const WORDS = {
  title: { en: 'cpskit: CPS implementation manuals', fr: 'cpskit : manuels d’implantation CPS' },
  manual: { en: 'Manual', fr: 'Manuel' },
  errors: { en: 'Errors', fr: 'Erreurs' },
  warnings: { en: 'Warnings', fr: 'Avertissements' },
  infos: { en: 'Infos', fr: 'Infos' },
  score: { en: 'Criteria score', fr: 'Score des critères' },
  line: { en: 'Line', fr: 'Ligne' },
  severity: { en: 'Severity', fr: 'Gravité' },
  message: { en: 'Message', fr: 'Message' },
  rule: { en: 'Rule', fr: 'Règle' },
  problems: { en: '{count} {count|problem|problems}', fr: '{count} {count|problème|problèmes}' },
  unreadable: { en: 'not read', fr: 'non lu' },
} as const;

const ICONS: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * Text for a cell of a GitHub-flavoured Markdown table: Markdown's punctuation escaped
 * with backslashes (so that a message cannot turn into a link, emphasis or HTML), `|`
 * as `\|` (which GFM reads before splitting the row) and line breaks as `<br>`.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Text inside HTML (the `<summary>` of a collapsed section), where Markdown is not read. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** A path in a table cell: as code, so that it reads as a path; a backtick in it makes the fence longer. */
function codeCell(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

function scoreOf(report: FileReport, locale: Locale): string {
  const score = report.analysis?.criteria.score;
  if (score !== undefined) return `${Math.round(score)}/100`;
  return report.analysis ? '–' : report.text === undefined ? localize(WORDS.unreadable, locale) : '–';
}

function ruleCell(finding: Finding): string {
  const rule = findRuleMeta(finding.ruleId) ? `[${escapeCell(finding.ruleId)}](${ruleDocsUrl(finding.ruleId)})` : escapeCell(finding.ruleId);
  return finding.cites ? `${rule} ${escapeCell(citationTag(finding.cites, finding.locale))}` : rule;
}

/**
 * `--format markdown`: a summary for a pull-request comment. A table of the manuals with
 * their errors, warnings, infos and criteria score, the run's summary line, then for each
 * manual with findings a collapsed `<details>` section listing them.
 */
export const markdown: Formatter = (reports, context) => {
  const { locale } = context;
  const w = (key: keyof typeof WORDS, args?: Record<string, number>) => localize(WORDS[key], locale, args);
  const out: string[] = [`### ${w('title')}`, ''];
  out.push(summaryOf(reports, locale).text, '');
  if (reports.length > 0) {
    out.push(`| ${w('manual')} | ${w('errors')} | ${w('warnings')} | ${w('infos')} | ${w('score')} |`, '| --- | ---: | ---: | ---: | ---: |');
    for (const report of reports) {
      const counts = countsOf(report.findings);
      out.push(`| ${codeCell(report.displayPath)} | ${counts.error} | ${counts.warning} | ${counts.info} | ${escapeCell(scoreOf(report, locale))} |`);
    }
    out.push('');
  }
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(
      '<details>',
      `<summary><code>${escapeHtml(report.displayPath)}</code> — ${escapeHtml(w('problems', { count: report.findings.length }))}</summary>`,
      '',
      `| ${w('line')} | ${w('severity')} | ${w('message')} | ${w('rule')} |`,
      '| ---: | --- | --- | --- |',
    );
    for (const finding of report.findings) {
      const place = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const severity = `${ICONS[finding.severity]} ${message(`severity.${finding.severity}`, locale)}`;
      out.push(`| ${place} | ${severity} | ${escapeCell(finding.message)} | ${ruleCell(finding)} |`);
    }
    out.push('', '</details>', '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
