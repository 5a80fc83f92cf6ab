import { GENERAL_CRITERIA, lookupModality, markdownCode, message, type GeneralCode, type Locale, displayed } from '@cpskit/core';
import type { Finding, Severity } from '@cpskit/language-server';
import { escapeCell, escapeHtml, ruleCell } from '../format/markdown.js';
import { hours } from '../format/summary.js';
import { safeText } from '../safe-output.js';
import { criterionScore, generalChanges, generalText, minutesIn, scoreChange, scoreText, statusText, word, yearsOf, type DiffFormatter, type DiffSide } from './report.js';
import type { JudgementDiff } from './compare.js';

const ICONS: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** A version as code (nothing in a path or a revision can link or mention), and the revision after it. */
function sideCode(side: DiffSide): string {
  return side.revision === undefined ? markdownCode(side.path) : `${markdownCode(side.path)} (${markdownCode(side.revision)})`;
}

function arrow(before: string, after: string): string {
  return `${before} → ${after}`;
}

function scoreSection(diff: JudgementDiff, locale: Locale): string[] {
  const change = scoreChange(diff.before.score, diff.after.score);
  const out = [
    `**${escapeCell(word('scoreColon', locale))}** ${escapeCell(arrow(scoreText(diff.before, locale), scoreText(diff.after, locale)))}${change ? ` (**${escapeCell(change)}**)` : ''}`,
    '',
    `| ${word('criterion', locale)} | ${word('before', locale)} | ${word('after', locale)} |`,
    '| --- | ---: | ---: |',
  ];
  for (const general of GENERAL_CRITERIA) {
    const before = criterionScore(diff.before.general.find((entry) => entry.id === general.id)?.score);
    const after = criterionScore(diff.after.general.find((entry) => entry.id === general.id)?.score);
    out.push(`| ${escapeCell(`${general.id}. ${displayed(general.label, locale)}`)} | ${before} | ${after} |`);
  }
  if (diff.before.provisional || diff.after.provisional) out.push('', `*${escapeCell(word('provisionalNote', locale))}*`);
  return out;
}

function modalitySection(diff: JudgementDiff, locale: Locale): string[] {
  if (diff.modalities.length === 0) return [escapeCell(word('noModality', locale))];
  const out = [
    `#### ${escapeCell(word('modalities', locale, { count: diff.modalities.length }))}`,
    '',
    `| ${word('modality', locale)} | ${word('before', locale)} | ${word('after', locale)} | ${word('wording', locale)} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const entry of diff.modalities) {
    const label = (() => {
      const found = lookupModality(entry.id);
      return found ? displayed(found.label, locale) : '';
    })();
    out.push(`| ${escapeCell(entry.id)} | ${escapeCell(statusText(entry.before.status, locale))} | ${escapeCell(statusText(entry.after.status, locale))} | ${escapeCell(label)} |`);
  }
  return out;
}

/** Findings in a collapsed section: its summary holds only cpskit's words and a count. */
function findingSection(title: string, findings: readonly Finding[], locale: Locale): string[] {
  const out = [
    '<details>',
    `<summary>${escapeHtml(title)}</summary>`,
    '',
    `| ${word('line', locale)} | ${word('severity', locale)} | ${word('message', locale)} | ${word('rule', locale)} |`,
    '| ---: | --- | --- | --- |',
  ];
  for (const finding of findings) {
    const place = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
    out.push(`| ${place} | ${ICONS[finding.severity]} ${message(`severity.${finding.severity}`, locale)} | ${escapeCell(finding.message)} | ${ruleCell(finding)} |`);
  }
  out.push('', '</details>');
  return out;
}

function findingSections(diff: JudgementDiff, locale: Locale): string[] {
  const fixed = diff.fixed.length === 0 ? [escapeCell(word('noFixed', locale))] : findingSection(word('fixed', locale, { count: diff.fixed.length }), diff.fixed, locale);
  const added = diff.added.length === 0 ? [escapeCell(word('noAdded', locale))] : findingSection(word('added', locale, { count: diff.added.length }), diff.added, locale);
  return fixed.concat('', added, '', escapeCell(word('unchanged', locale, { count: diff.unchanged })));
}

function coverageSection(diff: JudgementDiff, locale: Locale): string[] {
  const { gained, lost } = generalChanges(diff);
  const codes = (list: readonly GeneralCode[]) => (list.length === 0 ? word('none', locale) : list.join(', '));
  const out = [
    `#### ${escapeCell(word('coverage', locale))}`,
    '',
    `| | ${word('before', locale)} | ${word('after', locale)} |`,
    '| --- | --- | --- |',
    `| ${escapeCell(word('generalsWorked', locale))} | ${escapeCell(codes(diff.before.coverage.generalsWorked))} | ${escapeCell(codes(diff.after.coverage.generalsWorked))} |`,
    `| ${escapeCell(word('sessionCount', locale))} | ${diff.before.coverage.sessions} | ${diff.after.coverage.sessions} |`,
  ];
  const list = (items: readonly GeneralCode[]) => items.map((code) => generalText(code, locale)).join(', ');
  if (gained.length > 0 || lost.length > 0) out.push('');
  if (gained.length > 0) out.push(`- ${escapeCell(word('nowWorked', locale, { list: list(gained) }))}`);
  if (lost.length > 0) out.push(`- ${escapeCell(word('noLongerWorked', locale, { list: list(lost) }))}`);
  const years = yearsOf(diff);
  if (years.length === 0) return out;
  out.push('', `| ${escapeCell(word('minutesPerYear', locale))} | ${escapeCell(word('sessions', locale))} | ${escapeCell(word('practices', locale))} |`, '| --- | --- | --- |');
  for (const year of years) {
    const before = minutesIn(diff.before, year);
    const after = minutesIn(diff.after, year);
    out.push(
      `| ${escapeCell(word('year', locale, { year }))} | ${arrow(hours(before.sessionMinutes), hours(after.sessionMinutes))} | ${arrow(hours(before.practiceMinutes), hours(after.practiceMinutes))} |`,
    );
  }
  const { before, after } = diff;
  out.push(
    `| ${escapeCell(word('total', locale))} | ${arrow(hours(before.coverage.sessionMinutes), hours(after.coverage.sessionMinutes))} | ${arrow(hours(before.coverage.practiceMinutes), hours(after.coverage.practiceMinutes))} |`,
  );
  return out;
}

/**
 * `cps diff --format markdown`: what changed, for a pull-request comment. Everything from the
 * manuals goes through the CLI's Markdown escaping (no link, image, HTML, mention or issue
 * reference can come out of a manual), paths and revisions as code; the findings fixed and new
 * are in collapsed sections.
 */
export const markdownDiff: DiffFormatter = (report, context) => {
  const { locale } = context;
  const { diff } = report;
  const out = [`### ${escapeCell(word('title', locale))}`, '', `${sideCode(report.before)} → ${sideCode(report.after)}`, ''].concat(
    scoreSection(diff, locale),
    '',
    modalitySection(diff, locale),
    '',
    findingSections(diff, locale),
    '',
    coverageSection(diff, locale),
  );
  // Everything from the manuals is escaped where it is written; this is the last guard, for a
  // comment printed in a CI log.
  return safeText(`${out.join('\n')}\n`);
};
