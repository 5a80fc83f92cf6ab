import type { YNode } from '../parse/tree.js';

/** A span of the text, as [start, end) offsets. */
export type Span = readonly [number, number];

/**
 * Whether an offset is strictly inside one of these spans, which are sorted by start and never
 * overlap (the spans of scalars): a binary search, so that asking for every line of a long text
 * costs no more than reading it.
 */
export function insideSpan(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]![0] < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && offset < spans[found]![1];
}

/**
 * The spans of the scalars written over several lines (block texts, multi-line quotes), sorted
 * by start: where a line that starts with `#` is text, not a comment or a directive. A block
 * text's own last line break does not make it span lines.
 */
export function multiLineScalarSpans(root: YNode | null, text: string): Span[] {
  const spans: [number, number][] = [];
  const stack: YNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // What an alias stands for is visited where its anchor wrote it.
    if (node.aliasOf) continue;
    if (node.kind === 'scalar') {
      if (/[\r\n]/.test(text.slice(node.start, node.end).trimEnd())) spans.push([node.start, node.end]);
    } else if (node.kind === 'seq') for (const item of node.items) stack.push(item);
    else for (const pair of node.pairs) if (pair.value) stack.push(pair.value);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
