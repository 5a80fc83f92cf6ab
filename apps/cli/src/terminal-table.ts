import { stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';

/** Columns a string takes on a terminal: its characters, escape sequences left out. */
function columns(text: string): number {
  return Array.from(stripVTControlCharacters(text)).length;
}

function longestWord(text: string): number {
  return stripVTControlCharacters(text)
    .split(/\s+/)
    .reduce((most, word) => Math.max(most, Array.from(word).length), 0);
}

/** How a table's columns fit a width: the width of each (padding included), and whether words must be cut to fit. */
export interface ColumnFit {
  readonly widths: number[];
  readonly cutWords: boolean;
}

/** Grows the columns one at a time, the one furthest from its natural width first, while there is room. */
function shareOut(widths: number[], natural: readonly number[], room: number): number[] {
  let spare = room - widths.reduce((sum, each) => sum + each, 0);
  while (spare > 0) {
    let neediest = -1;
    for (let column = 0; column < widths.length; column++) {
      const need = natural[column]! - widths[column]!;
      if (need > 0 && (neediest < 0 || need > natural[neediest]! - widths[neediest]!)) neediest = column;
    }
    if (neediest < 0) break;
    widths[neediest]! += 1;
    spare -= 1;
  }
  return widths;
}

/**
 * How a table fits in `width` columns: each column at its natural width when they all fit; else
 * each at least its longest word, the rest shared out to the columns that need it most, so that
 * long prose wraps and short codes stay on one line; and when even the longest words do not fit,
 * the words are cut over several lines (never truncated: nothing of a cell is lost).
 */
export function fitColumns(cells: readonly (readonly string[])[], width: number): ColumnFit {
  const count = cells.reduce((most, row) => Math.max(most, row.length), 0);
  const padding = 2;
  const natural = Array.from(
    { length: count },
    (_, column) => cells.reduce((most, row) => (row[column] ?? '').split('\n').reduce((widest, line) => Math.max(widest, columns(line)), most), 0) + padding,
  );
  // The borders: one before each column and one after the last.
  const room = width - (count + 1);
  if (natural.reduce((sum, each) => sum + each, 0) <= room) return { widths: natural, cutWords: false };
  const least = natural.map((each, column) => Math.min(each, cells.reduce((most, row) => Math.max(most, longestWord(row[column] ?? '')), 0) + padding));
  if (least.reduce((sum, each) => sum + each, 0) <= room) return { widths: shareOut(least, natural, room), cutWords: false };
  return {
    widths: shareOut(
      natural.map((each) => Math.min(each, padding + 1)),
      natural,
      room,
    ),
    cutWords: true,
  };
}

/** A table drawn with box characters in at most `width` columns, its cells wrapped to fit. */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const { widths, cutWords } = fitColumns([head, ...rows], width);
  // cli-table3 cuts a word in the middle of a colour's escape sequence: words too long for their
  // column are cut beforehand by wrap-ansi, which knows escape sequences, and the table keeps the lines.
  const cut = (row: readonly string[]) => (cutWords ? row.map((cell, column) => wrapAnsi(cell, Math.max(1, widths[column]! - 2), { hard: true })) : [...row]);
  const table = new Table({ head: cut(head), colWidths: widths, wordWrap: true });
  for (const row of rows) table.push(cut(row));
  return table.toString();
}
