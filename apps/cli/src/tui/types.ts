import type { Locale } from '@cpskit/core';
import type { Analysis } from '@cpskit/language-server';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * What the TUI shows of one manual. It comes from the language server: the diagnostics it
 * published and the analysis `cps/analysis` returned, both for the same version of the text.
 */
export interface ManualView {
  /** The path as the person reads it, relative to where they ran `cps tui`. */
  readonly displayPath: string;
  readonly uri: string;
  /** The text the diagnostics were computed on, for code frames. */
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Absent until the server has answered, or when it could not. */
  readonly analysis?: Analysis;
  /** A problem reading or checking this file, in words, when there is one. */
  readonly problem?: string;
}

/** The panes the Tab key moves between. */
export type Pane = 'files' | 'findings' | 'criteria' | 'coverage';

/** Everything on screen, apart from how it is drawn. */
export interface TuiState {
  readonly locale: Locale;
  readonly manuals: readonly ManualView[];
  readonly selectedManual: number;
  readonly selectedFinding: number;
  readonly pane: Pane;
  /** Lines of the Coverage pane scrolled past, when it is longer than the screen. */
  readonly coverageScroll: number;
  /** The text typed after `/`, filtering files and findings; undefined when not filtering. */
  readonly filter?: string;
  /** Whether the filter line is being typed. */
  readonly typingFilter: boolean;
  readonly showHelp: boolean;
  /** In the criteria pane, the practical modality chosen with ← →, an index into SpF's table (0 when unset). */
  readonly selectedModality?: number;
  /** Whether the chosen modality is shown in detail (Enter in the criteria pane; Esc closes it). */
  readonly modalityDetail?: boolean;
  /** A line for the status bar: the server starting, a file changed, an error. */
  readonly status?: string;
  readonly width: number;
  readonly height: number;
}
