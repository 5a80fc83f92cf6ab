import type { TextEdit } from '../finding.js';

/** Past this many changed lines, the difference is one edit from the first change to the last. */
const MAX_CHANGED_LINES = 200;
/** Lines changed together are compared word by word up to this many words, and this many changed words. */
const MAX_HUNK_TOKENS = 2000;
const MAX_CHANGED_TOKENS = 100;

/**
 * The edits that turn `before` into `after`, each as small as a line diff then a trim of what
 * the lines still share can make it: what the editor applies in place of a whole new text, so
 * that the cursor, the folds and the undo history outside the changes stay where they were.
 * Offsets are `before`'s; the edits are sorted and never overlap.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = linesOf(before);
  const b = linesOf(after);
  const starts = offsetsOf(a, 0);
  const edits: TextEdit[] = [];
  let fromA = 0;
  let fromB = 0;
  const hunk = (toA: number, toB: number) => {
    if (toA > fromA || toB > fromB) for (const edit of refined(before, starts[fromA]!, starts[toA]!, b.slice(fromB, toB).join(''))) edits.push(edit);
  };
  for (const [i, j] of matchingLines(a, b)) {
    hunk(i, j);
    fromA = i + 1;
    fromB = j + 1;
  }
  hunk(a.length, b.length);
  return edits;
}

/**
 * The edits that replace before[start, end) (changed lines) by `newText`, compared word by word:
 * a comment line removed above a code written `e1.2` become two edits, the line and the letter.
 */
function refined(before: string, start: number, end: number, newText: string): TextEdit[] {
  const a = tokensOf(before.slice(start, end));
  const b = tokensOf(newText);
  const pairs = a.length <= MAX_HUNK_TOKENS && b.length <= MAX_HUNK_TOKENS ? myers(a, b, MAX_CHANGED_TOKENS) : undefined;
  if (!pairs) {
    const edit = trimmed(before, start, end, newText);
    return edit ? [edit] : [];
  }
  const startsA = offsetsOf(a, start);
  const startsB = offsetsOf(b, 0);
  const edits: TextEdit[] = [];
  let fromA = 0;
  let fromB = 0;
  const hunk = (toA: number, toB: number) => {
    if (toA === fromA && toB === fromB) return;
    const edit = trimmed(before, startsA[fromA]!, startsA[toA]!, newText.slice(startsB[fromB], startsB[toB]));
    if (edit) edits.push(edit);
  };
  for (const [i, j] of pairs) {
    hunk(i, j);
    fromA = i + 1;
    fromB = j + 1;
  }
  hunk(a.length, b.length);
  return edits;
}

/** Words, runs of blanks, line breaks and single other characters. */
function tokensOf(text: string): string[] {
  return text.match(/\r\n|\r|\n|[^\S\r\n]+|[\p{L}\p{N}_]+|[^]/gu) ?? [];
}

/** Where each piece starts, from `start`, and where the last ends. */
function offsetsOf(pieces: readonly string[], start: number): number[] {
  const offsets = [start];
  for (const piece of pieces) offsets.push(offsets[offsets.length - 1]! + piece.length);
  return offsets;
}

/** The lines of a text, each with its line break. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/g) ?? [];
}

/**
 * The pairs of lines kept from `a` to `b`, in order (Myers' diff). When more than
 * MAX_CHANGED_LINES lines differ, only the lines the two share at their start and end.
 */
function matchingLines(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), MAX_CHANGED_LINES) ?? [];
  for (const [i, j] of middle) pairs.push([head + i, head + j]);
  for (let t = tail; t > 0; t--) pairs.push([a.length - t, b.length - t]);
  return pairs;
}

/** The matching lines of Myers' O(ND) algorithm, or undefined past `limit` differences. */
function myers(a: readonly string[], b: readonly string[], limit: number): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const mid = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(limit, n + m); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[mid + k - 1]! < v[mid + k + 1]!) ? v[mid + k + 1]! : v[mid + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[mid + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, mid);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number, mid: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && v[mid + k - 1]! < v[mid + k + 1]!) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : v[mid + previousK]!;
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}

/** The replacement of before[start, end) by `newText`, less what both share at their ends (never splitting a CRLF or a surrogate pair). */
function trimmed(before: string, start: number, end: number, newText: string): TextEdit | undefined {
  let head = 0;
  const shortest = Math.min(end - start, newText.length);
  while (head < shortest && before.charCodeAt(start + head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(end - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  while (head > 0 && splits(before, start + head)) head--;
  while (tail > 0 && splits(before, end - tail)) tail--;
  if (head === end - start && head === newText.length) return undefined;
  return { start: start + head, end: end - tail, newText: newText.slice(head, newText.length - tail) };
}

/** Whether an offset falls between the two halves of a CRLF or of a surrogate pair. */
function splits(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
