import { MODALITIES, type Locale } from '@cpskit/core';
import type { Diagnostic } from 'vscode-languageserver-types';
import { coverageLineCount, maxScroll } from './components/CoverageView.js';
import { PANES, layoutOf, pageSize } from './layout.js';
import { currentFinding, currentManual, visibleManuals } from './select.js';
import type { ManualView, Pane, TuiState } from './types.js';

export { currentFinding, currentManual, visibleManuals, type VisibleManual } from './select.js';

/**
 * What can happen to the TUI: the server's news, the keys the person presses (already
 * read as intentions), the terminal's size, a status line. `selectedManual` and
 * `selectedFinding` index the manuals and findings the filter shows.
 */
export type TuiAction =
  /** A manual was checked (added or changed): its text, diagnostics and analysis, one version. */
  | { readonly type: 'manual'; readonly manual: ManualView }
  /** A manual is gone (deleted, moved away). */
  | { readonly type: 'manual-removed'; readonly uri: string }
  /** A problem: with a uri, reading or checking that manual; without, the server's, for the status bar. */
  | { readonly type: 'problem'; readonly message: string; readonly uri?: string; readonly displayPath?: string }
  /** Up (-1) or down (+1) in the current pane; in Criteria, the previous or next manual; in Coverage, a line. */
  | { readonly type: 'move'; readonly by: number }
  /** Page Up (-1) or Page Down (+1). */
  | { readonly type: 'page'; readonly by: 1 | -1 }
  /** Home or End. */
  | { readonly type: 'edge'; readonly to: 'first' | 'last' }
  /** Tab (next), Shift-Tab (previous), or a pane by name. */
  | { readonly type: 'pane'; readonly to: Pane | 'next' | 'previous' }
  /** Enter: keeps the filter being typed, closes the help, or goes from a manual to its findings. */
  | { readonly type: 'confirm' }
  /** Escape: closes the help, or clears the filter. */
  | { readonly type: 'cancel' }
  /** `/`: starts typing the filter (again, from the current one). */
  | { readonly type: 'filter-start' }
  /** Text typed into the filter. */
  | { readonly type: 'filter-type'; readonly text: string }
  /** Backspace in the filter. */
  | { readonly type: 'filter-erase' }
  /** ← or → in the criteria pane: the previous or next practical modality. */
  | { readonly type: 'modality'; readonly by: number }
  /** `?`: shows or hides the help. */
  | { readonly type: 'help' }
  | { readonly type: 'resize'; readonly width: number; readonly height: number }
  /** A line for the status bar; without a message, clears it. */
  | { readonly type: 'status'; readonly message?: string };

export interface InitialStateOptions {
  readonly locale: Locale;
  readonly width?: number;
  readonly height?: number;
  readonly manuals?: readonly ManualView[];
  readonly status?: string;
}

/** The state before any news: no manual yet, the file list in focus, 80×24 unless told. */
export function initialState(options: InitialStateOptions): TuiState {
  const manuals = (options.manuals ?? []).map(prepared).sort(byPath);
  return {
    locale: options.locale,
    manuals,
    selectedManual: 0,
    selectedFinding: 0,
    pane: 'files',
    coverageScroll: 0,
    typingFilter: false,
    showHelp: false,
    ...(options.status !== undefined ? { status: options.status } : {}),
    width: Math.max(1, options.width ?? 80),
    height: Math.max(1, options.height ?? 24),
  };
}

/** The next state; pure. Selections stay on the same manual and finding when they can, and in range always. */
export function reduce(state: TuiState, action: TuiAction): TuiState {
  switch (action.type) {
    case 'manual': {
      const manual = prepared(action.manual);
      const others = state.manuals.filter((entry) => entry.uri !== manual.uri);
      return reselect(state, { ...state, manuals: [...others, manual].sort(byPath) });
    }
    case 'manual-removed':
      if (!state.manuals.some((entry) => entry.uri === action.uri)) return state;
      return reselect(state, { ...state, manuals: state.manuals.filter((entry) => entry.uri !== action.uri) });
    case 'problem': {
      if (action.uri === undefined) return { ...state, status: action.message };
      const known = state.manuals.find((entry) => entry.uri === action.uri);
      const manual: ManualView = known
        ? { ...known, problem: action.message }
        : { displayPath: action.displayPath ?? action.uri, uri: action.uri, text: '', diagnostics: [], problem: action.message };
      const others = state.manuals.filter((entry) => entry.uri !== action.uri);
      return reselect(state, { ...state, manuals: [...others, manual].sort(byPath) });
    }
    case 'move':
      return moveBy(state, action.by);
    case 'page':
      return moveBy(state, action.by * pageSize(state));
    case 'edge':
      return moveBy(state, action.to === 'first' ? -Infinity : Infinity);
    case 'pane': {
      const index = PANES.indexOf(state.pane);
      const pane = action.to === 'next' ? PANES[(index + 1) % PANES.length]! : action.to === 'previous' ? PANES[(index + PANES.length - 1) % PANES.length]! : action.to;
      return { ...endTyping(state), pane, showHelp: false, modalityDetail: false };
    }
    case 'modality': {
      const selectedModality = clamp((state.selectedModality ?? 0) + action.by, MODALITIES.length);
      return selectedModality === (state.selectedModality ?? 0) ? state : { ...state, selectedModality };
    }
    case 'confirm':
      if (state.showHelp) return { ...state, showHelp: false };
      if (state.typingFilter) return endTyping(state);
      if (state.pane === 'criteria' && currentManual(state)?.manual.analysis) return { ...state, modalityDetail: true };
      if (state.pane === 'files' && currentManual(state)) return { ...state, pane: 'findings' };
      return state;
    case 'cancel':
      if (state.showHelp) return { ...state, showHelp: false };
      if (state.modalityDetail) return { ...state, modalityDetail: false };
      if (state.typingFilter || state.filter !== undefined) return withFilter(state, undefined, false);
      return state;
    case 'filter-start':
      return { ...state, typingFilter: true, filter: state.filter ?? '', showHelp: false };
    case 'filter-type': {
      const text = action.text.replace(/[\p{Cc}\p{Cf}]/gu, '');
      if (!state.typingFilter || !text) return state;
      return withFilter(state, (state.filter ?? '') + text, true);
    }
    case 'filter-erase': {
      if (!state.typingFilter || !state.filter) return state;
      const graphemes = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(state.filter), (entry) => entry.segment);
      return withFilter(state, graphemes.slice(0, -1).join(''), true);
    }
    case 'help':
      return { ...state, showHelp: !state.showHelp };
    case 'resize': {
      const width = Math.max(1, Math.floor(action.width));
      const height = Math.max(1, Math.floor(action.height));
      return width === state.width && height === state.height ? state : { ...state, width, height };
    }
    case 'status': {
      if (action.message === state.status) return state;
      const { status: _status, ...rest } = state;
      return action.message === undefined ? rest : { ...rest, status: action.message };
    }
  }
}

const clamp = (value: number, count: number) => (count <= 0 ? 0 : Math.max(0, Math.min(count - 1, value)));

function moveBy(state: TuiState, by: number): TuiState {
  if (state.showHelp) return state;
  if (state.pane === 'coverage') {
    // The coverage is read like a page: the arrows scroll it (the manual is chosen in the list).
    const layout = layoutOf(state);
    const count = coverageLineCount(currentManual(state)?.manual.analysis, state.locale, layout.width);
    const coverageScroll = Math.max(0, Math.min(maxScroll(count, layout.mainRows), state.coverageScroll + by));
    return coverageScroll === state.coverageScroll ? state : { ...state, coverageScroll };
  }
  if (state.pane === 'findings') {
    const count = currentManual(state)?.findings.length ?? 0;
    const selectedFinding = clamp(state.selectedFinding + by, count);
    return selectedFinding === state.selectedFinding ? state : { ...state, selectedFinding };
  }
  const selectedManual = clamp(state.selectedManual + by, visibleManuals(state).length);
  return selectedManual === state.selectedManual ? state : { ...state, selectedManual, selectedFinding: 0, coverageScroll: 0 };
}

/** Stops typing the filter and keeps it; an empty filter is no filter. */
function endTyping(state: TuiState): TuiState {
  if (!state.typingFilter) return state;
  return withFilter(state, state.filter ? state.filter : undefined, false);
}

function withFilter(state: TuiState, filter: string | undefined, typingFilter: boolean): TuiState {
  const { filter: _filter, ...rest } = state;
  return reselect(state, filter === undefined ? { ...rest, typingFilter } : { ...rest, filter, typingFilter });
}

/**
 * Puts the selections of `next` on the manual and finding that `previous` had selected, if
 * they are still shown, or else on the nearest place; in range in any case.
 */
function reselect(previous: TuiState, next: TuiState): TuiState {
  const manual = currentManual(previous)?.manual;
  const finding = currentFinding(previous);
  const shown = visibleManuals(next);
  const manualIndex = manual ? shown.findIndex((entry) => entry.manual.uri === manual.uri) : -1;
  if (manualIndex < 0) {
    return { ...next, selectedManual: clamp(previous.selectedManual, shown.length), selectedFinding: 0, coverageScroll: 0 };
  }
  const findings = shown[manualIndex]!.findings;
  const findingIndex = finding ? findings.indexOf(finding) : -1;
  return {
    ...next,
    selectedManual: manualIndex,
    selectedFinding: findingIndex >= 0 ? findingIndex : clamp(previous.selectedFinding, findings.length),
  };
}

const byPath = (a: ManualView, b: ManualView) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : a.uri < b.uri ? -1 : 1);

/** A manual with its diagnostics in document order, errors first on one place: the order the views show. */
function prepared(manual: ManualView): ManualView {
  const diagnostics = [...manual.diagnostics].sort(byPlace);
  return { ...manual, diagnostics };
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.severity ?? 1) - (b.severity ?? 1);
}
