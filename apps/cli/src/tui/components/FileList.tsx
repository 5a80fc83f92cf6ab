import type { Locale } from '@cpskit/core';
import { Box, Text } from 'ink';
import { memo, useRef } from 'react';
import { scrollOffset } from '../layout.js';
import { tuiMessage } from '../messages.js';
import type { VisibleManual } from '../select.js';
import { columns, fit, fitEnd, severityOf } from '../text.js';

export interface FileListProps {
  readonly manuals: readonly VisibleManual[];
  readonly selected: number;
  /** Whether the list has the keyboard. */
  readonly focused: boolean;
  readonly filter?: string;
  readonly locale: Locale;
  readonly width: number;
  /** Rows for the manuals, under the header. */
  readonly rows: number;
}

interface Row {
  readonly path: string;
  readonly errors: string;
  readonly warnings: string;
  readonly score: string;
  readonly problem?: string;
}

function rowOf({ manual }: VisibleManual, locale: Locale): Row {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of manual.diagnostics) {
    const severity = severityOf(diagnostic);
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
  }
  const score = manual.analysis?.criteria.score;
  return {
    path: manual.displayPath,
    errors: String(errors),
    warnings: String(warnings),
    // A manual with errors has a provisional score, marked "?"; the criteria pane says why in words.
    score: manual.analysis ? (score === undefined ? '–' : `${Math.round(score)}${manual.analysis.criteria.provisional ? '?' : ''}`) : '…',
    ...(manual.problem !== undefined ? { problem: tuiMessage('files.problem', locale) } : {}),
  };
}

/**
 * The manuals, each with its counts of errors and warnings (all its findings, whatever the
 * filter) and its criteria score out of 100; the selected one marked with `›`.
 */
export const FileList = memo(function FileList({ manuals, selected, focused, filter, locale, width, rows }: FileListProps) {
  const offset = useRef(0);
  const headers = {
    errors: tuiMessage('files.errors', locale),
    warnings: tuiMessage('files.warnings', locale),
    score: tuiMessage('files.score', locale),
  };
  const widths = { errors: columns(headers.errors), warnings: columns(headers.warnings), score: Math.max(3, columns(headers.score)) };
  const pathWidth = Math.max(8, width - 2 - widths.errors - widths.warnings - widths.score - 6);
  const title = `${tuiMessage('pane.files', locale)} (${manuals.length})`;
  const header = `  ${fit(title, pathWidth)}  ${headers.errors}  ${headers.warnings}  ${fitEnd(headers.score, widths.score)}`;

  if (manuals.length === 0) {
    const empty = filter ? tuiMessage('files.none-match', locale, { filter }) : tuiMessage('files.none', locale);
    return (
      <Box flexDirection="column" height={rows + 1}>
        <Text dimColor wrap="truncate">
          {header}
        </Text>
        <Text wrap="truncate">{fit(`  ${empty}`, width)}</Text>
      </Box>
    );
  }

  offset.current = scrollOffset(offset.current, selected, manuals.length, rows);
  const shown = manuals.slice(offset.current, offset.current + rows);
  return (
    <Box flexDirection="column" height={rows + 1}>
      <Text dimColor wrap="truncate">
        {header}
      </Text>
      {shown.map((entry, index) => {
        const isSelected = offset.current + index === selected;
        const row = rowOf(entry, locale);
        const mark = isSelected ? '› ' : '  ';
        const path = fit(row.path, pathWidth);
        const counts = row.problem
          ? [
              <Text key="problem" color="red">
                {fitEnd(row.problem, widths.errors + widths.warnings + 2)}
              </Text>,
            ]
          : [
              <Text key="errors" color={row.errors !== '0' ? 'red' : undefined}>
                {fitEnd(row.errors, widths.errors)}
              </Text>,
              '  ',
              <Text key="warnings" color={row.warnings !== '0' ? 'yellow' : undefined}>
                {fitEnd(row.warnings, widths.warnings)}
              </Text>,
            ];
        return (
          <Text key={entry.manual.uri} wrap="truncate" bold={isSelected} inverse={isSelected && focused}>
            {mark}
            {path}
            {'  '}
            {counts}
            {'  '}
            {fitEnd(row.score, widths.score)}
          </Text>
        );
      })}
    </Box>
  );
});
