import type { Locale } from '@cpskit/core';
import { Box, Text } from 'ink';
import { Fragment, memo } from 'react';
import { PANES } from '../layout.js';
import { tuiMessage } from '../messages.js';
import { columns } from '../text.js';
import type { Pane } from '../types.js';

export interface PaneTabsProps {
  readonly pane: Pane;
  readonly locale: Locale;
  /** How many manuals there are, shown on the right. */
  readonly manuals: number;
  readonly width: number;
}

/** The panes Tab goes through, the current one in brackets (and in reverse video); the number of manuals on the right. */
export const PaneTabs = memo(function PaneTabs({ pane, locale, manuals, width }: PaneTabsProps) {
  const tabs = PANES.map((entry, index) => ({ entry, label: `${index + 1} ${tuiMessage(`pane.${entry}`, locale)}` }));
  const right = tuiMessage('files.count', locale, { count: manuals });
  const used = tabs.reduce((sum, tab) => sum + columns(tab.label) + 2, 0) + tabs.length - 1;
  const gap = width - used - columns(right);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        {tabs.map(({ entry, label }, index) => (
          <Fragment key={entry}>
            {index > 0 ? ' ' : ''}
            {entry === pane ? (
              <Text bold inverse>
                [{label}]
              </Text>
            ) : (
              ` ${label} `
            )}
          </Fragment>
        ))}
        {gap >= 1 ? <Text dimColor>{' '.repeat(gap) + right}</Text> : ''}
      </Text>
    </Box>
  );
});
