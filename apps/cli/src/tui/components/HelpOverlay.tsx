import { message, type Locale } from '@cpskit/core';
import { Box, Text } from 'ink';
import { memo } from 'react';
import { STATUS_MARKS } from '../../format/summary.js';
import { tuiMessage, type TuiMessageId } from '../messages.js';
import { cut, fit, wrapWords } from '../text.js';

export interface HelpOverlayProps {
  readonly locale: Locale;
  readonly width: number;
  readonly rows: number;
}

const KEYS: readonly (readonly [string, TuiMessageId])[] = [
  ['↑ ↓  k j', 'help.move'],
  ['PgUp PgDn', 'help.page'],
  ['Home End  g G', 'help.edges'],
  ['Tab  Shift-Tab', 'help.pane'],
  ['1 2 3 4', 'help.pane-number'],
  ['Enter', 'help.enter'],
  ['/', 'help.filter'],
  ['Esc', 'help.escape'],
  ['o', 'help.open'],
  ['r', 'help.report'],
  ['?', 'help.help'],
  ['q  Ctrl-C', 'help.quit'],
];

const KEY_WIDTH = 16;

/** The keys and the marks, in the place of the list and the view until `?` or Escape. */
export const HelpOverlay = memo(function HelpOverlay({ locale, width, rows }: HelpOverlayProps) {
  const severities = (['error', 'warning', 'info'] as const).map((severity) => message(`severity.${severity}`, locale)).join(', ');
  const statuses = (['met', 'partly-met', 'declared', 'missing', 'not-applicable'] as const)
    .map((status) => `${STATUS_MARKS[status]} ${message(`status.${status}`, locale)}`)
    .join('  ');
  const lines = [
    <Text key="title" bold wrap="truncate">
      {tuiMessage('help.title', locale)}
    </Text>,
    ...KEYS.flatMap(([keys, id]) =>
      wrapWords(tuiMessage(id, locale), width - 2 - KEY_WIDTH).map((line, index) => (
        <Text key={`${id}-${index}`} wrap="truncate">
          {'  '}
          <Text bold>{fit(index === 0 ? keys : '', KEY_WIDTH)}</Text>
          {line}
        </Text>
      )),
    ),
    <Text key="blank"> </Text>,
    <Text key="marks" bold wrap="truncate">
      {tuiMessage('help.marks', locale)}
    </Text>,
    <Text key="selection" wrap="truncate">
      {cut(`  ${tuiMessage('help.selected', locale)}   ${tuiMessage('help.current-pane', locale)}   ${severities}`, width)}
    </Text>,
    <Text key="statuses" wrap="truncate">
      {cut(`  ${statuses}`, width)}
    </Text>,
  ];
  return (
    <Box flexDirection="column" height={rows} overflowY="hidden">
      {lines}
    </Box>
  );
});
