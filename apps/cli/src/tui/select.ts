import type { Diagnostic } from 'vscode-languageserver-types';
import { foldText } from '@cpskit/core';
import { citesOf, ruleOf } from './text.js';
import type { ManualView, TuiState } from './types.js';

/** A manual the filter keeps, with the findings of it that it keeps. */
export interface VisibleManual {
  readonly manual: ManualView;
  readonly findings: readonly Diagnostic[];
}

/** Whether a finding's message, rule id or cited criterion contains the folded filter. */
export function findingMatches(diagnostic: Diagnostic, folded: string): boolean {
  const fields = [diagnostic.message, ruleOf(diagnostic) ?? '', citesOf(diagnostic)?.id ?? ''];
  return fields.some((field) => foldText(field).includes(folded));
}

let memo: { manuals: readonly ManualView[]; filter: string | undefined; result: readonly VisibleManual[] } | undefined;

/**
 * The manuals and findings the filter keeps, in order. A manual whose path contains the
 * filter keeps all its findings; another stays only for the findings that match it, so
 * that typing a rule id or a criterion lists the manuals concerned and nothing else.
 */
export function visibleManuals(state: Pick<TuiState, 'manuals' | 'filter'>): readonly VisibleManual[] {
  if (memo && memo.manuals === state.manuals && memo.filter === state.filter) return memo.result;
  const folded = foldText(state.filter ?? '');
  const result: VisibleManual[] = [];
  for (const manual of state.manuals) {
    if (!folded || foldText(manual.displayPath).includes(folded)) {
      result.push({ manual, findings: manual.diagnostics });
      continue;
    }
    const findings = manual.diagnostics.filter((diagnostic) => findingMatches(diagnostic, folded));
    if (findings.length > 0) result.push({ manual, findings });
  }
  memo = { manuals: state.manuals, filter: state.filter, result };
  return result;
}

/** The selected manual among those shown, if any. */
export function currentManual(state: TuiState): VisibleManual | undefined {
  return visibleManuals(state)[state.selectedManual];
}

/** The selected finding of the selected manual, if any. */
export function currentFinding(state: TuiState): Diagnostic | undefined {
  return currentManual(state)?.findings[state.selectedFinding];
}
