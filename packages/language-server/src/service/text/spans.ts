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
