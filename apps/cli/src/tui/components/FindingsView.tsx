import { message, type Locale } from '@cpskit/core';
import { LineIndex, citationTag, type Severity } from '@cpskit/language-server';
import { Box, Text } from 'ink';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Diagnostic } from 'vscode-languageserver-types';
import { frameLine } from '../../format/code-frame.js';
import { scrollOffset } from '../layout.js';
import { tuiMessage } from '../messages.js';
import type { VisibleManual } from '../select.js';
import { citesOf, columns, cut, fit, ruleOf, severityOf, wrapWords } from '../text.js';

export interface FindingsViewProps {
  readonly entry?: VisibleManual;
  readonly selected: number;
  /** Whether the findings have the keyboard. */
  readonly focused: boolean;
  readonly filter?: string;
  readonly locale: Locale;
  readonly width: number;
  readonly rows: number;
}

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Lines of the selected finding's full message under its row, at most. */
const MESSAGE_LINES = 4;
const DETAIL_INDENT = '    ';

interface Detail {
  readonly message: readonly string[];
  readonly frame?: { readonly source: string; readonly carets: string; readonly severity: Severity };
}

/** The whole message of a finding, wrapped, unless its row shows it all; and the line it points at with carets under its range. */
function detailOf(diagnostic: Diagnostic, lines: LineIndex | undefined, width: number, rowFits: boolean): Detail {
  const room = width - DETAIL_INDENT.length;
  let message = rowFits ? [] : wrapWords(diagnostic.message, room);
  if (message.length > MESSAGE_LINES) message = [...message.slice(0, MESSAGE_LINES - 1), cut(`${message[MESSAGE_LINES - 1]!} …`, room)];
  const line = diagnostic.range.start.line;
  if (!lines || line < 0 || line >= lines.lineCount) return { message };
  const gutter = String(line + 1);
  const frame = frameLine(lines.lineText(line), diagnostic.range, room - gutter.length - 3);
  return {
    message,
    frame: {
      source: `${DETAIL_INDENT}${gutter} |${frame.source ? ` ${frame.source}` : ''}`,
      carets: `${DETAIL_INDENT}${' '.repeat(gutter.length)} | ${' '.repeat(frame.caretColumn)}`.concat('^'.repeat(frame.caretLength)),
      severity: severityOf(diagnostic),
    },
  };
}

/**
 * The findings of one manual, one a line: line:column, severity, message (cut to fit),
 * rule id and the criterion or competency it cites. Under the selected one, its whole
 * message and the code frame of the line it points at. Scrolls to keep it in view.
 */
export const FindingsView = memo(function FindingsView({ entry, selected, focused, filter, locale, width, rows }: FindingsViewProps) {
  const scroll = useRef({ uri: '', offset: 0 });
  const text = entry?.manual.text;
  const lines = useMemo(() => (text ? new LineIndex(text) : undefined), [text]);
  if (!entry) return <Text wrap="truncate">{tuiMessage('manual.none', locale)}</Text>;

  const { manual, findings } = entry;
  const out: ReactNode[] = [];
  if (manual.problem !== undefined) {
    out.push(
      <Text key="problem" color="red" wrap="truncate">
        {cut(tuiMessage('manual.problem', locale, { problem: manual.problem }), width)}
      </Text>,
    );
  }
  if (findings.length === 0) {
    if (filter)
      out.push(
        <Text key="none" wrap="truncate">
          {tuiMessage('findings.none-match', locale, { filter })}
        </Text>,
      );
    else if (manual.problem === undefined)
      out.push(
        <Text key="none" wrap="truncate">
          {tuiMessage('findings.none', locale)}
        </Text>,
      );
    return <Box flexDirection="column">{out}</Box>;
  }

  const rowsOf = findings.map((diagnostic) => {
    const severity = severityOf(diagnostic);
    const cites = citesOf(diagnostic);
    return {
      diagnostic,
      severity,
      place: `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`,
      word: message(`severity.${severity}`, locale),
      tag: [ruleOf(diagnostic), cites ? citationTag(cites, locale) : undefined].filter(Boolean).join(' '),
    };
  });
  let placeWidth = 0;
  let wordWidth = 0;
  let tagWidth = 0;
  for (const row of rowsOf) {
    placeWidth = Math.max(placeWidth, row.place.length);
    wordWidth = Math.max(wordWidth, columns(row.word));
    tagWidth = Math.max(tagWidth, Math.min(32, columns(row.tag)));
  }
  const messageWidth = Math.max(10, width - 2 - placeWidth - 2 - wordWidth - 2 - 2 - tagWidth);

  const index = Math.min(selected, findings.length - 1);
  const chosen = findings[index]!;
  const detail = detailOf(chosen, lines, width, columns(chosen.message) <= messageWidth);
  const detailRows = detail.message.length + (detail.frame ? 2 : 0);
  const room = rows - out.length;
  let capacity = Math.max(1, room - detailRows);
  if (findings.length > capacity) capacity = Math.max(1, capacity - 2);
  if (scroll.current.uri !== manual.uri) scroll.current = { uri: manual.uri, offset: 0 };
  const offset = scrollOffset(scroll.current.offset, index, findings.length, capacity);
  scroll.current.offset = offset;
  const end = Math.min(findings.length, offset + capacity);

  if (offset > 0) out.push(<Text key="above" dimColor>{`  ${tuiMessage('findings.more-above', locale, { count: offset })}`}</Text>);
  for (let i = offset; i < end; i++) {
    const row = rowsOf[i]!;
    const isSelected = i === index;
    out.push(
      <Text key={`row-${i}`} wrap="truncate" bold={isSelected} inverse={isSelected && focused}>
        {isSelected ? '› ' : '  '}
        <Text dimColor={!isSelected}>{row.place.padEnd(placeWidth)}</Text>
        {'  '}
        <Text color={SEVERITY_COLOURS[row.severity]}>{fit(row.word, wordWidth)}</Text>
        {'  '}
        {fit(row.diagnostic.message, messageWidth)}
        {'  '}
        <Text dimColor={!isSelected}>{cut(row.tag, tagWidth)}</Text>
      </Text>,
    );
    if (isSelected) {
      detail.message.forEach((line, n) =>
        out.push(
          <Text key={`message-${n}`} wrap="truncate">
            {DETAIL_INDENT}
            {line}
          </Text>,
        ),
      );
      if (detail.frame) {
        out.push(
          <Text key="frame" wrap="truncate">
            {detail.frame.source}
          </Text>,
          <Text key="carets" wrap="truncate" color={SEVERITY_COLOURS[detail.frame.severity]}>
            {detail.frame.carets}
          </Text>,
        );
      }
    }
  }
  if (end < findings.length) {
    out.push(<Text key="below" dimColor>{`  ${tuiMessage('findings.more-below', locale, { count: findings.length - end })}`}</Text>);
  }
  return <Box flexDirection="column">{out}</Box>;
});
