import { GENERAL_CRITERIA, lookupModality, message, visible, type GeneralCode, type Locale, displayed } from '@cpskit/core';
import type { Finding, ModalityStatus } from '@cpskit/language-server';
import { fit, hours } from '../format/summary.js';
import { PLAIN, type Colours } from '../format/types.js';
import { safeText, shownPath } from '../safe-output.js';
import {
  criterionScore,
  generalChanges,
  generalText,
  minutesIn,
  scoreChange,
  scoreText,
  sideName,
  statusText,
  word,
  yearsOf,
  type DiffFormatter,
  type DiffReport,
} from './report.js';

const LABEL_WIDTH = 60;

/** The length of the longest of the texts (0 for none), without spreading them into a call. */
function widest(texts: readonly string[]): number {
  return texts.reduce((width, text) => (text.length > width ? text.length : width), 0);
}

function colourStatus(status: ModalityStatus, text: string, colours: Colours): string {
  return status === 'met' ? colours.info(text) : status === 'missing' ? colours.error(text) : status === 'not-applicable' ? colours.dim(text) : colours.warning(text);
}

/** `before → after`, the arrow dimmed. */
function change(before: string, after: string, colours: Colours): string {
  return `${before} ${colours.dim('→')} ${after}`;
}

function scoreSection({ diff }: DiffReport, locale: Locale, colours: Colours): string[] {
  const out = [
    `${colours.bold(word('score', locale))}  ${change(scoreText(diff.before, locale), scoreText(diff.after, locale), colours)}  ${colours.bold(scoreChange(diff.before.score, diff.after.score))}`.trimEnd(),
  ];
  for (const general of GENERAL_CRITERIA) {
    const before = criterionScore(diff.before.general.find((entry) => entry.id === general.id)?.score).padStart(3);
    const after = criterionScore(diff.after.general.find((entry) => entry.id === general.id)?.score).padStart(3);
    out.push(`  ${fit(`${general.id}. ${displayed(general.label, locale)}`, LABEL_WIDTH)}  ${change(before, after, colours)}`);
  }
  if (diff.before.provisional || diff.after.provisional) out.push(`  ${colours.dim(word('provisionalNote', locale))}`);
  return out;
}

function modalitySection({ diff }: DiffReport, locale: Locale, colours: Colours): string[] {
  if (diff.modalities.length === 0) return [word('noModality', locale)];
  const out = [colours.bold(word('modalities', locale, { count: diff.modalities.length }))];
  const width = widest(diff.modalities.map((entry) => statusText(entry.before.status, locale)));
  const afterWidth = widest(diff.modalities.map((entry) => statusText(entry.after.status, locale)));
  for (const entry of diff.modalities) {
    const before = colourStatus(entry.before.status, statusText(entry.before.status, locale).padEnd(width), colours);
    const after = colourStatus(entry.after.status, statusText(entry.after.status, locale).padEnd(afterWidth), colours);
    const label = (() => {
      const found = lookupModality(entry.id);
      return found ? displayed(found.label, locale) : '';
    })();
    out.push(`  ${entry.id.padEnd(6)} ${change(before, after, colours)}  ${label}`);
  }
  return out;
}

/** Findings as `cps check` lists them, without the code frame: place, severity, message, rule and citation. */
function findingRows(findings: readonly Finding[], locale: Locale, colours: Colours): string[] {
  const rows = findings.map((finding) => ({
    place: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
    severity: message(`severity.${finding.severity}`, locale),
    finding,
  }));
  const placeWidth = widest(rows.map((row) => row.place));
  const severityWidth = widest(rows.map((row) => row.severity));
  return rows.map(({ place, severity, finding }) => {
    const cites = finding.cites ? ` ${finding.cites.id}` : '';
    return `  ${colours.dim(place.padEnd(placeWidth))}  ${colours[finding.severity](severity.padEnd(severityWidth))}  ${visible(finding.message)}  ${colours.dim(visible(`${finding.ruleId}${cites}`))}`;
  });
}

function findingSections({ diff }: DiffReport, locale: Locale, colours: Colours): string[] {
  const fixed =
    diff.fixed.length === 0
      ? [word('noFixed', locale)]
      : [colours.info(colours.bold(word('fixed', locale, { count: diff.fixed.length })))].concat(findingRows(diff.fixed, locale, colours));
  const added =
    diff.added.length === 0
      ? [word('noAdded', locale)]
      : [colours.warning(colours.bold(word('added', locale, { count: diff.added.length })))].concat(findingRows(diff.added, locale, colours));
  return fixed.concat('', added, '', colours.dim(word('unchanged', locale, { count: diff.unchanged })));
}

function coverageSection({ diff }: DiffReport, locale: Locale, colours: Colours): string[] {
  const out = [colours.bold(word('coverage', locale))];
  const labelWidth = 36;
  const worked = (count: number) => word('ofSix', locale, { count });
  out.push(
    `  ${fit(word('generalsWorked', locale), labelWidth)}${change(worked(diff.before.coverage.generalsWorked.length), worked(diff.after.coverage.generalsWorked.length), colours)}`,
  );
  const { gained, lost } = generalChanges(diff);
  const list = (codes: readonly GeneralCode[]) => codes.map((code) => generalText(code, locale)).join(', ');
  if (gained.length > 0) out.push(`    ${colours.info(word('nowWorked', locale, { list: list(gained) }))}`);
  if (lost.length > 0) out.push(`    ${colours.error(word('noLongerWorked', locale, { list: list(lost) }))}`);
  out.push(`  ${fit(word('sessionCount', locale), labelWidth)}${change(String(diff.before.coverage.sessions), String(diff.after.coverage.sessions), colours)}`);

  const years = yearsOf(diff);
  if (years.length === 0) return out;
  const rows = years.map((year) => {
    const before = minutesIn(diff.before, year);
    const after = minutesIn(diff.after, year);
    return {
      label: `  ${word('year', locale, { year })}`,
      sessions: [hours(before.sessionMinutes), hours(after.sessionMinutes)],
      practices: [hours(before.practiceMinutes), hours(after.practiceMinutes)],
    };
  });
  rows.push({
    label: `  ${word('total', locale)}`,
    sessions: [hours(diff.before.coverage.sessionMinutes), hours(diff.after.coverage.sessionMinutes)],
    practices: [hours(diff.before.coverage.practiceMinutes), hours(diff.after.coverage.practiceMinutes)],
  });
  // Each column as wide as its widest `before → after`, measured without colours.
  const plain = (pair: readonly string[]) => change(pair[0]!, pair[1]!, PLAIN);
  const sessionWidth = widest([word('sessions', locale)].concat(rows.map((row) => plain(row.sessions))));
  out.push(`  ${fit(word('minutesPerYear', locale), labelWidth)}${colours.dim(`${word('sessions', locale).padEnd(sessionWidth)}   ${word('practices', locale)}`)}`);
  for (const row of rows) {
    const padding = ' '.repeat(sessionWidth - plain(row.sessions).length);
    out.push(`  ${fit(row.label, labelWidth)}${change(row.sessions[0]!, row.sessions[1]!, colours)}${padding}   ${change(row.practices[0]!, row.practices[1]!, colours)}`);
  }
  return out;
}

/**
 * `cps diff`'s terminal output, in the manner of `cps check`'s: the two versions, the score and
 * the general criteria before and after, the modalities whose status changed with SpF's wording,
 * the findings fixed and new (each at its place in its own version), then the coverage.
 */
export const stylishDiff: DiffFormatter = (report, context) => {
  const { locale, colours } = context;
  const out = [`${colours.path(shownPath(sideName(report.before)))} ${colours.dim('→')} ${colours.path(shownPath(sideName(report.after)))}`, ''].concat(
    scoreSection(report, locale, colours),
    '',
    modalitySection(report, locale, colours),
    '',
    findingSections(report, locale, colours),
    '',
    coverageSection(report, locale, colours),
  );
  // Messages are made visible where they are built; this is the last guard.
  return safeText(`${out.join('\n')}\n`, { colours: colours !== PLAIN });
};
