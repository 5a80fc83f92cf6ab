import { RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from './service/analysis/analyze.js';

/**
 * cpskit's own requests over the Language Server Protocol, typed once for the server and for
 * every client (the VS Code extension, the TUI, the bench and the tests). Standard LSP
 * messages need no entry here.
 */

export interface AnalysisParams {
  readonly uri: string;
}

/** A manual's analysis (criteria statuses, coverage, counts) for an open document; null for one that is not open. */
export const AnalysisRequest = new RequestType<AnalysisParams, Analysis | null, void>('cps/analysis');

export interface CheckFileParams {
  readonly uri: string;
  /** The text to check (an open document is checked as the editor has it). */
  readonly text: string;
}

export interface CheckFileResult {
  readonly diagnostics: Diagnostic[];
  readonly counts: Analysis['counts'];
  readonly score?: number;
}

/**
 * Checks a manual the editor has not opened (a workspace-wide check): the diagnostics that
 * opening it would publish, and its counts and score.
 */
export const CheckFileRequest = new RequestType<CheckFileParams, CheckFileResult | null, void>('cps/checkFile');
