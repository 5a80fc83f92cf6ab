import type { Finding } from '../finding.js';
import { parseManual } from '../parse/parse-manual.js';
import { validateParsed, type ValidateOptions, type Validation } from '../validate.js';
import type { CoverageMatrix } from './coverage.js';
import { rollUpCriteria, type CriteriaResult } from './criteria.js';

/**
 * The analysis of one manual: the one value that the CLI, the language server, the TUI
 * and reports all read. Its shape is documented in docs/analysis.md and kept stable.
 */
export interface Analysis {
  readonly findings: readonly Finding[];
  readonly criteria: CriteriaResult;
  readonly coverage: Omit<CoverageMatrix, 'occurrences'>;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

export function analyzeText(text: string, options: ValidateOptions = {}): Analysis {
  return analysisOf(validateParsed(parseManual(text), options));
}

/** The analysis of a manual already validated. */
export function analysisOf(validation: Validation): Analysis {
  const { occurrences: _occurrences, ...coverage } = validation.coverage;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of validation.findings) counts[finding.severity]++;
  // A manual with errors is not yet what its author meant: its score is provisional.
  return { findings: validation.findings, criteria: rollUpCriteria(validation.assessments, counts.error > 0), coverage, counts };
}
