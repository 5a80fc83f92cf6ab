import {
  AXIS4_ITEMS,
  GENERAL_COMPETENCIES,
  GENERAL_CRITERIA,
  OPERATIONAL_CRITERIA,
  PHASES,
  displayed,
  formatMinutes,
  lookupModality,
  message,
  visible,
  type Locale,
} from '@cpskit/core';
import { modalitySentence, type Analysis, type ModalityStatus } from '@cpskit/language-server';
import type { Colours } from './types.js';

/** Status marks that read without colour too. */
export const STATUS_MARKS: Readonly<Record<ModalityStatus, string>> = {
  met: '✔',
  'partly-met': '◐',
  declared: '○',
  missing: '✖',
  'not-applicable': '–',
};

const WIDTH = 78;

/**
 * The text cut or padded to `width` characters. The summary and the diff count characters, not
 * columns: they are printed by every `cps check`, and measuring columns (string-width, as the TUI
 * does) builds a grapheme segmenter at each cold start; their texts are the reference's and
 * cpskit's own, one column a character, and a manual's text reaches them only cut short.
 */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Words in lines of at most `width` characters; a word longer than a line has a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function score(value: number | undefined): string {
  return value === undefined ? '  –' : String(Math.round(value)).padStart(3);
}

/** Minutes in a table: `–` for none, `45 min`, `1 h`, `1 h 40`. */
export const hours = (minutes: number): string => formatMinutes(minutes, '–');

/** The criteria table of one manual: the 3 general and 9 operational criteria with scores, every modality's status. */
export function formatCriteria(analysis: Analysis, locale: Locale, colours: Colours): string[] {
  const out: string[] = [];
  const { criteria } = analysis;
  // A manual with errors is not yet what its author meant: its score is provisional, and says so.
  const scoreLine = message(criteria.provisional ? 'summary.score-provisional' : 'summary.score', locale, { score: Math.round(criteria.score ?? 0) });
  out.push(`  ${message('summary.criteria', locale)} ${colours.dim('—')} ${criteria.provisional ? colours.error(scoreLine) : scoreLine}`);
  const mark = (status: ModalityStatus) => {
    const text = STATUS_MARKS[status];
    return status === 'met' ? colours.info(text) : status === 'missing' ? colours.error(text) : status === 'not-applicable' ? colours.dim(text) : colours.warning(text);
  };
  for (const general of GENERAL_CRITERIA) {
    const result = criteria.general.find((entry) => entry.id === general.id)!;
    out.push(`  ${fit(`${general.id}. ${displayed(general.label, locale)}`, WIDTH - 6)} ${score(result.score)}`);
    for (const operational of OPERATIONAL_CRITERIA.filter((entry) => entry.general === general.id)) {
      const own = criteria.operational.find((entry) => entry.id === operational.id)!;
      out.push(`    ${fit(`${operational.id} ${displayed(operational.label, locale)}`, WIDTH - 8)} ${score(own.score)}`);
      // Each modality in words: SpF's wording, then its status and why, with the evidence in sentences.
      for (const modality of criteria.modalities.filter((entry) => entry.criterion === operational.id)) {
        const wording = lookupModality(modality.id);
        const [first = '', ...rest] = wrap(`${modality.id} ${wording ? displayed(wording.label, locale) : ''}`.trim(), WIDTH - 8);
        out.push(`      ${mark(modality.status)} ${first}`);
        for (const line of rest) out.push(`        ${line}`);
        const sentence = visible(modalitySentence(modality, message(`status.${modality.status}`, locale), locale));
        for (const line of wrap(sentence, WIDTH - 10)) out.push(`          ${colours.dim(line)}`);
      }
    }
  }
  // Axis 4 apart, after SpF's table and out of its score: cpskit's reading of the national strategy.
  out.push(`  ${message('summary.axis4', locale)}`);
  for (const item of AXIS4_ITEMS) {
    const status = criteria.axis4.items.find((entry) => entry.id === item.id)?.status ?? 'missing';
    out.push(`    ${mark(status)} ${fit(`${item.id} ${displayed(item.label, locale)}`, WIDTH - 6)}`.trimEnd());
  }
  out.push(
    `  ${colours.dim(
      (['met', 'partly-met', 'declared', 'missing', 'not-applicable'] as const).map((status) => `${STATUS_MARKS[status]} ${message(`status.${status}`, locale)}`).join('  '),
    )}`,
  );
  return out;
}

/**
 * The coverage of one manual: the six general competencies by phase, minutes per year;
 * then the sessions' minutes and, when rituals or informal practices outside sessions take
 * time, their minutes and the total of both.
 */
export function formatCoverage(analysis: Analysis, locale: Locale, colours: Colours): string[] {
  const { coverage } = analysis;
  const years = Object.keys(coverage.totals.minutesByYear)
    .map(Number)
    .sort((a, b) => a - b);
  const shown = years.slice(0, 4);
  const column = 9;
  const labelWidth = WIDTH - 2 - (shown.length + 1) * column;
  const out: string[] = [];
  const yearHeader = shown.map((year) => message('summary.year', locale, { year }).padStart(column)).join('');
  out.push(`  ${fit(message('summary.coverage', locale), labelWidth)}${yearHeader}${message('summary.total', locale).padStart(column)}`);
  for (const phase of [1, 2] as const) {
    out.push(`  ${colours.dim(`${message('summary.phase', locale, { phase })} — ${displayed(PHASES[phase], locale)}`)}`);
    for (const general of coverage.generals.filter((entry) => entry.phase === phase)) {
      const label = displayed(GENERAL_COMPETENCIES.find((entry) => entry.code === general.code)!.label, locale);
      const cells = shown.map((year) => hours(general.minutesByYear[year] ?? 0).padStart(column)).join('');
      const total = general.worked ? hours(general.minutes) : message('summary.not-worked', locale);
      const row = `  ${fit(`  ${general.code} ${label}`, labelWidth)}${cells}${total.padStart(column)}`;
      out.push(general.worked ? row : colours.error(row));
    }
  }
  const row = (label: string, byYear: Readonly<Record<number, number>>, total: number) =>
    `  ${fit(label, labelWidth)}${shown.map((year) => hours(byYear[year] ?? 0).padStart(column)).join('')}${hours(total).padStart(column)}`;
  const { totals } = coverage;
  out.push(row(message('summary.sessions', locale, { count: totals.sessions }), totals.sessionMinutesByYear, totals.sessionMinutes));
  if (totals.practiceMinutes > 0) {
    const timed = coverage.practices.filter((practice) => practice.minutesPerYear > 0).length;
    out.push(row(message('summary.practices', locale, { count: timed }), totals.practiceMinutesByYear, totals.practiceMinutes));
    // Individual practice between sessions (homework, a game, with the family) is shown apart: nobody leads it.
    if (totals.homePracticeMinutes > 0) {
      const home = coverage.practices.filter((practice) => practice.kind === 'home-practice' && practice.minutesPerYear > 0).length;
      out.push(row(message('summary.home-practices', locale, { count: home }), totals.homePracticeMinutesByYear, totals.homePracticeMinutes));
    }
    out.push(row(message('summary.all-minutes', locale), totals.minutesByYear, totals.minutes));
  }
  if (years.length > shown.length) out.push(`  ${colours.dim(message('summary.more-years', locale, { count: years.length - shown.length }))}`);
  for (const line of formatAgeGroups(analysis, locale, colours)) out.push(line);
  return out;
}

/**
 * When sessions give their ages, what each age group receives: the minutes of each general
 * competency, sessions and practices together. A participant receives only these.
 */
export function formatAgeGroups(analysis: Analysis, locale: Locale, colours: Colours): string[] {
  const groups = analysis.coverage.ageGroups;
  if (groups.length < 2) return [];
  const column = 9;
  const labelWidth = WIDTH - 2 - (GENERAL_COMPETENCIES.length + 1) * column;
  const codes = GENERAL_COMPETENCIES.map((general) => general.code);
  const out = [`  ${message('summary.by-age-group', locale)}`];
  out.push(`  ${' '.repeat(labelWidth)}${codes.map((code) => code.padStart(column)).join('')}${message('summary.total', locale).padStart(column)}`);
  for (const group of groups) {
    const name =
      group.min === undefined || group.max === undefined
        ? ''
        : group.min === group.max
          ? message('summary.age-group-one', locale, { age: group.min })
          : message('summary.age-group', locale, { min: group.min, max: group.max });
    const cells = codes.map((code) => {
      const general = group.generals.find((entry) => entry.code === code);
      const cell = (general?.worked ? hours(general.minutes) : message('summary.not-worked', locale)).padStart(column);
      return general?.worked ? cell : colours.error(cell);
    });
    out.push(`  ${fit(name, labelWidth)}${cells.join('')}${hours(group.totals.minutes).padStart(column)}`);
  }
  return out;
}
