import { hasUnsafeCharacters, visible } from '@cpskit/core';
import type { Range } from '@cpskit/language-server';
import type StringWidth from 'string-width';

/** How many columns a tab stands for in a code frame. */
const TAB_WIDTH = 4;

/**
 * Lines made only of these characters have one grapheme per UTF-16 unit, each one column wide
 * (Latin letters with their accents precomposed, French punctuation and spaces, the euro sign;
 * not the soft hyphen, which takes none): the common case, measured without a segmenter or
 * string-width. A test holds this class to string-width's measure.
 */
export const ONE_COLUMN_GRAPHEMES = /^[\t\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u202f-\u205e\u20ac]*$/;

// Building a segmenter loads ICU's break rules (about 20 ms of a cold `cps check`), and loading
// string-width builds one and parses its emoji regex (about 40 ms more): both wait for the first
// grapheme that needs them. `require` is what lets the bundler load string-width there rather
// than when `cps` starts.
let segmenter: Intl.Segmenter | undefined;
let measure: typeof StringWidth | undefined;

function stringWidth(text: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  measure ??= (require('string-width') as { default: typeof StringWidth }).default;
  return measure(text);
}

function graphemesOf(line: string): Iterable<{ readonly segment: string; readonly index: number }> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(line);
}

/** Past this many UTF-16 units, a code frame is built from a window of this size around the range. */
const LONG_LINE = 4_000;

/** One grapheme of a line as a terminal shows it: where it is in the line, in UTF-16 units and in columns. */
interface Cell {
  readonly start: number;
  readonly end: number;
  readonly shown: string;
  readonly column: number;
  readonly width: number;
}

/**
 * A grapheme as it can be printed, and the columns it takes as string-width measures it (2 for
 * emoji and East Asian wide characters, 0 for lone combining marks and format characters).
 * Control characters, bidirectional controls and line separators are shown as core's `visible`
 * shows them (`␛`, `␍`, `�`…), one column each, so that they cannot move the cursor or reorder
 * the line.
 */
function displayOf(grapheme: string): { readonly shown: string; readonly width: number } {
  if (hasUnsafeCharacters(grapheme)) {
    const shown = visible(grapheme);
    return { shown, width: stringWidth(shown) };
  }
  return { shown: grapheme, width: ONE_COLUMN_GRAPHEMES.test(grapheme) ? 1 : stringWidth(grapheme) };
}

/** The columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  return cellsOf(text).reduce((sum, cell) => sum + cell.width, 0);
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  const oneColumn = ONE_COLUMN_GRAPHEMES.test(line);
  const graphemes = oneColumn ? Array.from(line, (segment, index) => ({ segment, index })) : graphemesOf(line);
  for (const { segment, index } of graphemes) {
    const tab = TAB_WIDTH - (column % TAB_WIDTH);
    const display = segment === '\t' ? { shown: ' '.repeat(tab), width: tab } : oneColumn ? { shown: segment, width: 1 } : displayOf(segment);
    cells.push({ start: index, end: index + segment.length, shown: display.shown, column, width: display.width });
    column += display.width;
  }
  return cells;
}

export interface CodeFrame {
  /** The line as shown: tabs expanded, control characters made visible, cut to the width with `…`. */
  readonly source: string;
  /** Columns of spaces before the carets. */
  readonly caretColumn: number;
  readonly caretLength: number;
}

/**
 * The part of a line a code frame shows and where its carets go. The carets cover the
 * range's part of the line (to the end of the line when the range runs on); an empty range
 * gets one caret. A line too wide for `width` columns is cut around the range's start.
 */
export function frameLine(line: string, range: Range, width: number): CodeFrame {
  // A frame shows a terminal's width around the range; segmenting a line of a megabyte for it
  // would cost seconds per finding (grapheme segmentation is slow on long strings), so a long
  // line is framed from a window around the range's start.
  if (line.length > LONG_LINE) {
    const from = Math.min(range.start.character, line.length);
    let start = Math.max(0, from - LONG_LINE / 2);
    if (/[\udc00-\udfff]/.test(line[start] ?? '')) start += 1;
    let end = Math.min(line.length, start + LONG_LINE);
    if (/[\ud800-\udbff]/.test(line[end - 1] ?? '')) end -= 1;
    const shift = (character: number) => Math.max(0, Math.min(character, end) - start);
    const windowRange: Range = {
      start: { line: range.start.line, character: shift(range.start.character) },
      end: { line: range.end.line, character: range.end.line > range.start.line ? end - start : shift(range.end.character) },
    };
    return frameLine(line.slice(start, end), windowRange, width);
  }
  const cells = cellsOf(line);
  const lineWidth = cells.reduce((sum, cell) => sum + cell.width, 0);
  const from = Math.min(range.start.character, line.length);
  const to = range.end.line > range.start.line ? line.length : Math.max(from, Math.min(range.end.character, line.length));

  let caretStart: number;
  let caretEnd: number;
  const covered = cells.filter((cell) => cell.end > from && cell.start < to);
  if (covered.length > 0) {
    caretStart = covered[0]!.column;
    const last = covered[covered.length - 1]!;
    caretEnd = Math.max(last.column + last.width, caretStart + 1);
  } else {
    const at = cells.find((cell) => cell.start <= from && from < cell.end);
    caretStart = at ? at.column : lineWidth;
    caretEnd = caretStart + 1;
  }

  const room = Math.max(10, width);
  if (Math.max(lineWidth, caretEnd) <= room) {
    return { source: cells.map((cell) => cell.shown).join(''), caretColumn: caretStart, caretLength: caretEnd - caretStart };
  }

  // Too wide: keep the range's start in view, a quarter of the room after the left edge.
  const windowStart = caretEnd <= room - 1 ? 0 : Math.max(0, Math.min(caretStart - Math.floor(room / 4), lineWidth + 2 - room));
  const leftMark = windowStart > 0 ? 1 : 0;
  let windowEnd = windowStart + room - leftMark;
  const rightMark = windowEnd < lineWidth ? 1 : 0;
  windowEnd -= rightMark;
  const shown = cells.filter((cell) => cell.column >= windowStart && cell.column + cell.width <= windowEnd);
  const firstColumn = shown[0]?.column ?? windowStart;
  const lastEnd = shown.length > 0 ? shown[shown.length - 1]!.column + shown[shown.length - 1]!.width : windowStart;
  const source = `${leftMark ? '…' : ''}${shown.map((cell) => cell.shown).join('')}${rightMark ? '…' : ''}`;
  const clippedStart = Math.max(caretStart, firstColumn);
  const clippedEnd = Math.max(clippedStart + 1, Math.min(caretEnd, rightMark ? lastEnd : caretEnd));
  return { source, caretColumn: leftMark + clippedStart - firstColumn, caretLength: clippedEnd - clippedStart };
}
