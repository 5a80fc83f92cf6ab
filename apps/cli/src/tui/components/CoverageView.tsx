import { GENERAL_COMPETENCIES, PHASES, message, type Locale, displayed } from '@cpskit/core';
import type { Analysis } from '@cpskit/language-server';
import { Box, Text } from 'ink';
import { memo, type ReactNode } from 'react';
import { tuiMessage } from '../messages.js';
import { formatAgeGroups, hours as duration } from '../../format/summary.js';
import { PLAIN } from '../../format/types.js';
import { fit, fitEnd } from '../text.js';

export interface CoverageViewProps {
  readonly analysis?: Analysis;
  readonly locale: Locale;
  readonly width: number;
  /** Rows the pane has; when the lines do not fit, they scroll, with a note of how many are above and below. */
  readonly rows?: number;
  /** Lines scrolled past at the top (the state's `coverageScroll`). */
  readonly scroll?: number;
}

/** Columns of one year's minutes. */
const COLUMN = 9;
/** Columns kept for the competencies' names before years are left out. */
const MIN_LABEL = 30;

/**
 * Which of SpF's six general competencies the manual works, by phase: `✔` worked, `✖`
 * not worked; the minutes of sessions and practices given to each, year by year and in
 * all; the number of sessions and their minutes per year, the practices outside sessions
 * and the total when there are any; with units per age band, each age group's minutes by
 * competency; then each competency across the sequence, one column per session (`■` worked in it, `·` not).
 */
export const CoverageView = memo(function CoverageView({ analysis, locale, width, rows, scroll = 0 }: CoverageViewProps) {
  if (!analysis) return <Text wrap="truncate">{tuiMessage('analysis.pending', locale)}</Text>;
  const lines = coverageLines(analysis, locale, width);
  if (rows === undefined || lines.length <= rows) return <Box flexDirection="column">{lines}</Box>;
  const window = scrollWindow(lines.length, rows, scroll);
  return (
    <Box flexDirection="column">
      {window.above > 0 ? (
        <Text key="above" dimColor wrap="truncate">
          {tuiMessage('findings.more-above', locale, { count: window.above })}
        </Text>
      ) : null}
      {lines.slice(window.start, window.end)}
      {window.below > 0 ? (
        <Text key="below" dimColor wrap="truncate">
          {tuiMessage('findings.more-below', locale, { count: window.below })}
        </Text>
      ) : null}
    </Box>
  );
});

/** How many lines the coverage of a manual takes at that width: what the pane scrolls over. */
export function coverageLineCount(analysis: Analysis | undefined, locale: Locale, width: number): number {
  return analysis ? coverageLines(analysis, locale, width).length : 1;
}

/**
 * The lines of `count` shown in `rows` rows when `scroll` lines are scrolled past: a note
 * takes a row at the top when lines are above, and at the bottom when lines are below.
 */
export function scrollWindow(count: number, rows: number, scroll: number): { start: number; end: number; above: number; below: number } {
  if (count <= rows) return { start: 0, end: count, above: 0, below: 0 };
  const start = Math.max(0, Math.min(scroll, maxScroll(count, rows)));
  // The first and the last positions have one note; those between have two.
  const end = start === 0 ? rows - 1 : start === maxScroll(count, rows) ? count : start + Math.max(1, rows - 2);
  return { start, end, above: start, below: count - end };
}

/** The furthest a pane of `rows` rows scrolls over `count` lines: the last line at the bottom, under the note of those above. */
export function maxScroll(count: number, rows: number): number {
  return count <= rows ? 0 : count - Math.max(1, rows - 1);
}

function coverageLines(analysis: Analysis, locale: Locale, width: number): ReactNode[] {
  const { coverage } = analysis;
  const years = Object.keys(coverage.totals.minutesByYear)
    .map(Number)
    .sort((a, b) => a - b);
  const fitting = Math.max(0, Math.floor((width - MIN_LABEL) / COLUMN) - 1);
  const shown = years.slice(0, fitting);
  const labelWidth = width - (shown.length + 1) * COLUMN;
  const cells = (byYear: Readonly<Record<number, number>>) => shown.map((year) => fitEnd(duration(byYear[year] ?? 0), COLUMN)).join('');

  const lines: ReactNode[] = [
    <Text key="title" bold wrap="truncate">
      {fit(message('summary.coverage', locale), labelWidth)}
      {shown.map((year) => fitEnd(message('summary.year', locale, { year }), COLUMN)).join('')}
      {fitEnd(message('summary.total', locale), COLUMN)}
    </Text>,
  ];
  for (const phase of [1, 2] as const) {
    lines.push(
      <Text key={`phase-${phase}`} dimColor wrap="truncate">
        {fit(`${message('summary.phase', locale, { phase })} — ${displayed(PHASES[phase], locale)}`, width)}
      </Text>,
    );
    for (const general of coverage.generals.filter((entry) => entry.phase === phase)) {
      const label = (() => {
        const found = GENERAL_COMPETENCIES.find((entry) => entry.code === general.code);
        return found ? displayed(found.label, locale) : '';
      })();
      const total = general.worked ? duration(general.minutes) : message('summary.not-worked', locale);
      lines.push(
        <Text key={general.code} wrap="truncate">
          {'  '}
          <Text color={general.worked ? 'green' : 'red'}>{general.worked ? '✔' : '✖'}</Text>
          {fit(` ${general.code} ${label}`, labelWidth - 3)}
          {cells(general.minutesByYear)}
          <Text color={general.worked ? undefined : 'red'}>{fitEnd(total, COLUMN)}</Text>
        </Text>,
      );
    }
  }
  const { totals } = coverage;
  lines.push(
    <Text key="sessions" bold wrap="truncate">
      {fit(message('summary.sessions', locale, { count: totals.sessions }), labelWidth)}
      {cells(totals.sessionMinutesByYear)}
      {fitEnd(duration(totals.sessionMinutes), COLUMN)}
    </Text>,
  );
  // Rituals and informal practices outside sessions take time of their own: shown apart, then the total.
  if (totals.practiceMinutes > 0) {
    const timed = coverage.practices.filter((practice) => practice.minutesPerYear > 0).length;
    lines.push(
      <Text key="practices" bold wrap="truncate">
        {fit(message('summary.practices', locale, { count: timed }), labelWidth)}
        {cells(totals.practiceMinutesByYear)}
        {fitEnd(duration(totals.practiceMinutes), COLUMN)}
      </Text>,
    );
    // Individual practice between sessions is shown apart: nobody leads it.
    if (totals.homePracticeMinutes > 0) {
      const home = coverage.practices.filter((practice) => practice.kind === 'home-practice' && practice.minutesPerYear > 0).length;
      lines.push(
        <Text key="home-practices" wrap="truncate">
          {fit(message('summary.home-practices', locale, { count: home }), labelWidth)}
          {cells(totals.homePracticeMinutesByYear)}
          {fitEnd(duration(totals.homePracticeMinutes), COLUMN)}
        </Text>,
      );
    }
    lines.push(
      <Text key="all-minutes" bold wrap="truncate">
        {fit(message('summary.all-minutes', locale), labelWidth)}
        {cells(totals.minutesByYear)}
        {fitEnd(duration(totals.minutes), COLUMN)}
      </Text>,
    );
  }
  // With units per age band, what each age group receives: a participant gets only these sessions.
  formatAgeGroups(analysis, locale, PLAIN).forEach((line, index) => {
    lines.push(
      <Text key={`age-group-${index}`} bold={index === 0} wrap="truncate">
        {fit(line.slice(2), width)}
      </Text>,
    );
  });
  // The six general competencies across the sequence, one column per session in order.
  if (coverage.sessions.length > 0) {
    const room = Math.max(1, width - 6);
    const shownSessions = coverage.sessions.slice(0, room);
    const more = coverage.sessions.length > shownSessions.length ? '…' : '';
    lines.push(
      <Text key="by-session" bold wrap="truncate">
        {fit(tuiMessage('coverage.by-session', locale, { count: coverage.sessions.length }), width)}
      </Text>,
    );
    for (const phase of [1, 2] as const) {
      for (const general of coverage.generals.filter((entry) => entry.phase === phase)) {
        const marks = shownSessions.map((session) => ((session.minutesByGeneral[general.code] ?? 0) > 0 ? '■' : '·')).join('');
        lines.push(
          <Text key={`grid-${general.code}`} wrap="truncate">
            {`  ${general.code}  `}
            <Text color={general.worked ? 'green' : 'red'}>{marks}</Text>
            {more}
          </Text>,
        );
      }
    }
  }
  if (coverage.totals.unattributedMinutes > 0) {
    lines.push(
      <Text key="unattributed" color="yellow" wrap="truncate">
        {fit(tuiMessage('coverage.unattributed', locale, { time: duration(coverage.totals.unattributedMinutes) }), width)}
      </Text>,
    );
  }
  if (years.length > shown.length) {
    lines.push(
      <Text key="more" dimColor wrap="truncate">
        {message('summary.more-years', locale, { count: years.length - shown.length })}
      </Text>,
    );
  }
  return lines;
}
