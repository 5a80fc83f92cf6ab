import type { Locale } from '@cpskit/core';
import { Text } from 'ink';
import { memo } from 'react';
import { tuiMessage } from '../messages.js';
import { columns, cut } from '../text.js';

export interface FilterBarProps {
  readonly locale: Locale;
  readonly filter: string;
  /** Whether the filter is being typed. */
  readonly typing: boolean;
  /** What the filter keeps. */
  readonly manuals: number;
  readonly findings: number;
  readonly width: number;
}

/** The filter being typed after `/`, with a cursor, or the filter kept; and what it keeps. */
export const FilterBar = memo(function FilterBar({ locale, filter, typing, manuals, findings, width }: FilterBarProps) {
  if (!typing) {
    return (
      <Text color="cyan" wrap="truncate">
        {cut(tuiMessage('filter.active', locale, { filter, manuals, findings }), width)}
      </Text>
    );
  }
  const prompt = `/ ${tuiMessage('filter.prompt', locale)}`;
  const counts = tuiMessage('filter.counts', locale, { manuals, findings });
  const typed = cut(filter, Math.max(1, width - columns(prompt) - columns(counts) - 3));
  const gap = width - columns(prompt) - columns(typed) - 1 - columns(counts);
  return (
    <Text wrap="truncate">
      <Text bold>{prompt}</Text>
      {typed}
      <Text>█</Text>
      {gap >= 1 ? <Text dimColor>{' '.repeat(gap) + counts}</Text> : ''}
    </Text>
  );
});
