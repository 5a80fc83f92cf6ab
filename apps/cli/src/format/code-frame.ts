import { hasUnsafeCharacters, visible } from '@cpskit/core';
import type { Range } from '@cpskit/language-server';

/** How many columns a tab stands for in a code frame. */
const TAB_WIDTH = 4;

// Building a segmenter loads ICU's break rules, which costs a cold `cps check` about 20 ms:
// it is made on the first line that needs it.
let segmenter: Intl.Segmenter | undefined;

/**
 * Lines made only of these characters have one grapheme per UTF-16 unit (Latin letters with
 * their accents precomposed, French punctuation, the euro sign), so they need no segmenter.
 */
const ONE_UNIT_GRAPHEMES = /^[\t\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*$/;

function graphemesOf(line: string): Iterable<{ readonly segment: string; readonly index: number }> {
  if (ONE_UNIT_GRAPHEMES.test(line)) return Array.from(line, (segment, index) => ({ segment, index }));
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

// East Asian wide and fullwidth blocks; emoji are told apart by their Unicode properties.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;

/**
 * A grapheme as it can be printed, and the columns it takes: 2 for emoji and East Asian
 * wide characters, 0 for lone combining marks and format characters; control characters,
 * bidirectional controls and line separators are shown as core's `visible` shows them
 * (`␛`, `␍`, `�`…), one column each, so that they cannot move the cursor or reorder the line.
 */
export function displayOf(grapheme: string): { readonly shown: string; readonly width: number } {
  if (hasUnsafeCharacters(grapheme)) {
    const shown = visible(grapheme);
    return { shown, width: Array.from(shown).length };
  }
  const code = grapheme.codePointAt(0) ?? 0;
  if (EMOJI_PRESENTATION.test(grapheme) || (grapheme.includes('\ufe0f') && PICTOGRAPHIC.test(grapheme))) return { shown: grapheme, width: 2 };
  if (WIDE.some(([low, high]) => code >= low && code <= high)) return { shown: grapheme, width: 2 };
  if (ZERO_WIDTH.test(grapheme)) return { shown: grapheme, width: 0 };
  return { shown: grapheme, width: 1 };
}

/** The columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  return cellsOf(text).reduce((sum, cell) => sum + cell.width, 0);
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  for (const { segment, index } of graphemesOf(line)) {
    const display = segment === '\t' ? { shown: ' '.repeat(TAB_WIDTH - (column % TAB_WIDTH)), width: TAB_WIDTH - (column % TAB_WIDTH) } : displayOf(segment);
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
