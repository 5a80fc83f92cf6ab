import type { Severity } from '../finding.js';

export type RuleSeverity = Severity | 'off';

/** How one rule runs: its severity and its options, defaults filled in. */
export interface RuleSetting {
  readonly severity: RuleSeverity;
  readonly options: object;
}

/** A rule's setting as a person writes it: a severity, or a severity with options. */
export type RuleSettingInput = RuleSeverity | { readonly severity?: RuleSeverity; readonly options?: object };
