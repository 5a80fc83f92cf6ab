import { visibleManuals } from './select.js';
import type { Pane, TuiState } from './types.js';

/** Where the rows of the screen go. The file list is on top, the current view under it. */
export interface Layout {
  readonly width: number;
  /** Rows for the manuals in the list, under its header line. */
  readonly filesRows: number;
  /** Rows for the body of the view under the list (findings, criteria or coverage). */
  readonly mainRows: number;
  /** Rows for the help, which takes the place of the list and the view. */
  readonly helpRows: number;
  readonly filterBar: boolean;
}

/** The panes in the order Tab goes through them. */
export const PANES: readonly Pane[] = ['files', 'findings', 'criteria', 'coverage'];

/** Columns under which nothing is laid out narrower: the views cut their lines, they do not fold. */
const MIN_WIDTH = 40;

/**
 * The layout for the terminal's size. The screen gets one row less than the terminal has:
 * Ink clears the whole terminal on every update when its output fills it, which flickers.
 */
export function layoutOf(state: TuiState): Layout {
  const rows = Math.max(4, state.height - 1);
  const filterBar = state.typingFilter || state.filter !== undefined;
  // Pane tabs, the list's header, the line naming the manual under it, the status bar.
  const chrome = 4 + (filterBar ? 1 : 0);
  const listed = Math.max(1, visibleManuals(state).length);
  const room = Math.max(2, rows - chrome);
  const cap = state.pane === 'files' ? Math.max(3, Math.floor(room / 2)) : Math.max(1, Math.min(5, Math.floor(room / 3)));
  const filesRows = Math.min(listed, cap);
  return {
    width: Math.max(MIN_WIDTH, state.width),
    filesRows,
    mainRows: Math.max(1, rows - chrome - filesRows),
    helpRows: Math.max(1, rows - 2 - (filterBar ? 1 : 0)),
    filterBar,
  };
}

/** How far Page Up and Page Down move in a pane: about the rows it shows. */
export function pageSize(state: TuiState): number {
  const layout = layoutOf(state);
  if (state.pane === 'findings') return Math.max(1, layout.mainRows - 6);
  if (state.pane === 'coverage') return Math.max(1, layout.mainRows - 2);
  return Math.max(1, layout.filesRows);
}

/**
 * The first item to show so that the selected one stays in view, scrolling as little as
 * possible from where the view was: a window of `capacity` items over `count`.
 */
export function scrollOffset(previous: number, selected: number, count: number, capacity: number): number {
  const size = Math.max(1, capacity);
  let offset = previous;
  if (selected < offset) offset = selected;
  if (selected >= offset + size) offset = selected - size + 1;
  return Math.max(0, Math.min(offset, count - size));
}
