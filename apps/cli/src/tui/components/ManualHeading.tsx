import { Text } from 'ink';
import { memo } from 'react';
import { columns, cut } from '../text.js';

export interface ManualHeadingProps {
  /** The manual the view below is about; nothing when there is none. */
  readonly path?: string;
  /** What the view shows of it, after the path. */
  readonly detail?: string;
  readonly width: number;
}

/** The rule between the list and the view, naming the manual the view shows. */
export const ManualHeading = memo(function ManualHeading({ path, detail, width }: ManualHeadingProps) {
  const label = path === undefined ? '' : cut(` ${path}${detail ? ` · ${detail}` : ''} `, width - 4);
  return (
    <Text wrap="truncate">
      <Text dimColor>──</Text>
      <Text bold>{label}</Text>
      <Text dimColor>{'─'.repeat(Math.max(0, width - 2 - columns(label)))}</Text>
    </Text>
  );
});
