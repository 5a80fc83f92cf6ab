import { localize, markdownCode, markdownText, message, visible, type Locale } from '@cpskit/core';
import { citationTag, findRuleMeta, ruleDocsUrl, type Finding, type Severity } from '@cpskit/language-server';
import { safeText } from '../safe-output.js';
import { countsOf, summaryOf } from './totals.js';
import type { FileReport, Formatter } from './types.js';

const WORDS = {
  title: { en: 'cpskit: CPS implementation manuals', fr: 'cpskit : manuels d’implantation CPS' },
  manual: { en: 'Manual', fr: 'Manuel' },
  errors: { en: 'Errors', fr: 'Erreurs' },
  warnings: { en: 'Warnings', fr: 'Avertissements' },
  infos: { en: 'Info', fr: 'Infos' },
  score: { en: 'Criteria score', fr: 'Score des critères' },
  line: { en: 'Line', fr: 'Ligne' },
  severity: { en: 'Severity', fr: 'Gravité' },
  message: { en: 'Message', fr: 'Message' },
  rule: { en: 'Rule', fr: 'Règle' },
  problems: { en: '{count} {count|finding|findings}', fr: '{count} {count|constat|constats}' },
  unreadable: { en: 'not read', fr: 'non lu' },
  provisional: { en: '(provisional: errors)', fr: '(provisoire : erreurs)' },
} as const;

const ICONS: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * Text for a cell of a GitHub-flavoured Markdown table: core's `markdownText` (Markdown's
 * punctuation escaped with backslashes, so that a message cannot turn into a link, image,
 * emphasis or HTML; mentions, issue references and bare URLs broken so that they neither
 * notify nor link; control characters visible), in which `|` is already `\|`, which GFM reads
 * before splitting the row.
 */
export function escapeCell(text: string): string {
  return markdownText(text);
}

/** Text inside HTML (the `<summary>` of a collapsed section), where Markdown is not read. */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** A path in a table cell: as code, so that it reads as a path (and nothing in it links or mentions). */
function codeCell(text: string): string {
  return markdownCode(text).replace(/\|/g, '\\|');
}

function scoreOf(report: FileReport, locale: Locale): string {
  const score = report.analysis?.criteria.score;
  if (score !== undefined) return `${Math.round(score)}/100${report.analysis?.criteria.provisional ? ` ${localize(WORDS.provisional, locale)}` : ''}`;
  return report.analysis ? '–' : report.text === undefined ? localize(WORDS.unreadable, locale) : '–';
}

/** A finding's rule as a link to its docs page (when cpskit has the rule), and what it cites. */
export function ruleCell(finding: Finding): string {
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
  // Everything from the manuals is escaped where it is written; this is the last guard, for a
  // report printed in a CI log.
  return safeText(`${out.join('\n').replace(/\n+$/, '')}\n`);
};
