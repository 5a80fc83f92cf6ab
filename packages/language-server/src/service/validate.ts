import type { Locale } from '@cpskit/core';
import { compareFindings, type Finding, type Severity } from './finding.js';
import { buildModel, type ManualModel } from './model/manual-model.js';
import { parseManual, type ParsedManual } from './parse/parse-manual.js';
import { createReporter } from './rules/reporter.js';
import { RULES } from './rules/registry.js';

export type RuleSetting = Severity | 'off';

export interface ValidateOptions {
  readonly locale?: Locale;
  /** Severity per rule id; a rule not named keeps its default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface Validation {
  readonly parsed: ParsedManual;
  readonly model: ManualModel;
  readonly findings: readonly Finding[];
}

/** Checks a manual's text: every finding, in document order. Never throws on any input. */
export function validateText(text: string, options: ValidateOptions = {}): Validation {
  const parsed = parseManual(text);
  return validateParsed(parsed, options);
}

export function validateParsed(parsed: ParsedManual, options: ValidateOptions = {}): Validation {
  const locale = options.locale ?? 'en';
  const model = buildModel(parsed.root);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    const report = createReporter(rule.meta, severity, locale, parsed.lines, findings);
    rule.check({ parsed, model, locale, report });
  }
  findings.sort(compareFindings);
  return { parsed, model, findings };
}
