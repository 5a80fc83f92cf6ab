import type { Locale } from '@cpskit/core';
import { Text } from 'ink';
import { memo } from 'react';
import { tuiMessage } from '../messages.js';
import { columns, cut } from '../text.js';

export interface StatusBarProps {
  readonly locale: Locale;
  /** The latest news: the server starting, a file changed, an error. */
  readonly status?: string;
  readonly mode: 'main' | 'filter' | 'filtered' | 'help';
  readonly width: number;
}

const KEYS = { main: 'keys.main', filter: 'keys.filter', filtered: 'keys.filtered', help: 'keys.help' } as const;

/** The last line: the status, if any, then the keys that work now. */
export const StatusBar = memo(function StatusBar({ locale, status, mode, width }: StatusBarProps) {
  const keys = tuiMessage(KEYS[mode], locale);
  if (!status) {
    return (
      <Text dimColor wrap="truncate">
        {cut(keys, width)}
      </Text>
    );
  }
  // The status comes first; the keys shrink to the essentials, then go, to make room for it.
  const short = tuiMessage('keys.short', locale);
  const fitsWith = (hint: string) => columns(status) + 4 + columns(hint) <= width;
  const hint = fitsWith(keys) ? keys : fitsWith(short) ? short : '';
  return (
    <Text wrap="truncate">
      <Text bold>{cut(status, width)}</Text>
      {hint ? <Text dimColor>{`  │ ${hint}`}</Text> : ''}
    </Text>
  );
});
