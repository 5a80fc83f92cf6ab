import { GENERAL_COMPETENCIES } from '@cpskit/core';
import type { TerritoryReport } from './territory.js';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
 * doubled. A field a spreadsheet would read as a formula (it starts with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, so that a manual's words stay words.
 */
export function csvField(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The territory for a spreadsheet: one row per manual, with its ages, settings, score, hours a
 * year for each general competency and the modalities it misses. Rows end with CRLF (RFC 4180).
 */
export function territoryCsv(report: TerritoryReport): string {
  const codes = GENERAL_COMPETENCIES.map((general) => general.code);
  const header = [
    'path',
    'title',
    'age_min',
    'age_max',
    'settings',
    'score',
    'provisional',
    'hours_per_year',
    ...codes.map((code) => `${code}_hours_per_year`),
    'modalities_missing',
    'modalities_not_fully_met',
  ];
  const rows = report.manuals.map((manual) => [
    manual.path,
    manual.title,
    manual.minAge,
    manual.maxAge,
    manual.settings.join(' '),
    manual.score === undefined ? undefined : Math.round(manual.score * 10) / 10,
    manual.provisional,
    manual.hoursPerYear,
    ...codes.map((code) => manual.hoursPerYearByCompetency[code]),
    manual.missing.join(' '),
    manual.notFullyMet.join(' '),
  ]);
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
