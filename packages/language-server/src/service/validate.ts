import type { Locale } from '@cpskit/core';
import { mergeFindings, withAliasUses } from './alias-uses.js';
import { computeCoverage, type CoverageMatrix } from './analysis/coverage.js';
import type { RuleSetting, RuleSettingInput } from './config/rule-settings.js';
import type { Finding } from './finding.js';
import { FindingCollector } from './finding-collector.js';
import { buildModel, type ManualModel } from './model/manual-model.js';
import { isOversize, parseManual, type ParsedManual } from './parse/parse-manual.js';
import limitsRule from './rules/limits.js';
import { createReporter } from './rules/reporter.js';
import { RULES, RULE_IDS } from './rules/registry.js';
import { presetSeverity, type ModalityAssessment, type Preset, type RuleMeta } from './rules/rule.js';
import { Suppressions, UNUSED_SUPPRESSION_META, findDirectives } from './suppression.js';

const LIMITS_RULE_ID = limitsRule.meta.id;

export interface ValidateOptions {
  readonly locale?: Locale;
  /** The preset the severities start from (default `recommended`). */
  readonly preset?: Preset;
  /** Per rule: a severity, or a severity and options; a rule not named keeps its preset severity and default options. */
  readonly rules?: Readonly<Record<string, RuleSettingInput>>;
}

export interface Validation {
  readonly parsed: ParsedManual;
  readonly model: ManualModel;
  readonly coverage: CoverageMatrix;
  readonly findings: readonly Finding[];
  /** Every rule's conclusions about the modalities it assesses, whatever its severity. */
  readonly assessments: readonly ModalityAssessment[];
}

/** The severity and options a rule runs with under these options. */
export function settingFor(meta: RuleMeta, options: ValidateOptions): RuleSetting {
  const input = options.rules?.[meta.id];
  const base = presetSeverity(meta, options.preset ?? 'recommended');
  const defaults = meta.options?.defaults ?? {};
  if (input === undefined) return { severity: base, options: defaults };
  if (typeof input === 'string') return { severity: input, options: defaults };
  return { severity: input.severity ?? base, options: { ...defaults, ...(input.options ?? {}) } };
}

/** Checks a manual's text: every finding, in document order. Never throws on any input. */
export function validateText(text: string, options: ValidateOptions = {}): Validation {
  return validateParsed(parseManual(text), options);
}

export function validateParsed(parsed: ParsedManual, options: ValidateOptions = {}): Validation {
  const locale = options.locale ?? 'en';
  const model = buildModel(parsed.root);
  const coverage = computeCoverage(model);
  const assessments: ModalityAssessment[] = [];
  const offRules = new Set<string>();
  const collector = new FindingCollector(parsed.lines, new Suppressions(findDirectives(parsed)));
  // A manual too large to read has nothing to say but that.
  const oversize = isOversize(parsed);
  // A text the YAML library could not read is not the manual its author wrote: until it is
  // fixed, what the criteria rules would say of it is noise, so only the text and its shape speak.
  const unreadable = parsed.problems.some((problem) => problem.kind === 'syntax' || problem.kind === 'too-deep' || problem.kind === 'rest-unread');
  for (const rule of RULES) {
    const setting = settingFor(rule.meta, options);
    if (setting.severity === 'off') offRules.add(rule.meta.id);
    const silenced =
      setting.severity === 'off' || (oversize && rule.meta.id !== LIMITS_RULE_ID) || (unreadable && (rule.meta.category === 'criteria' || rule.meta.category === 'coverage'));
    // A rule that is off still assesses its modalities: the criteria table does not depend on severities.
    const severity = setting.severity === 'off' ? 'info' : setting.severity;
    const report = createReporter(rule.meta, severity, locale, parsed.lines, collector.findings, silenced ? refuseAll : collector.gate(rule.meta.id, severity));
    rule.check({
      parsed,
      model,
      coverage,
      locale,
      options: setting.options,
      report,
      assess: (modality, status, evidence) => assessments.push({ modality, status, ruleId: rule.meta.id, ...(evidence !== undefined ? { evidence } : {}) }),
    });
  }
  const unused = settingFor(UNUSED_SUPPRESSION_META, options);
  if (unused.severity !== 'off') {
    const admit = collector.gate(UNUSED_SUPPRESSION_META.id, unused.severity, false);
    const report = createReporter(UNUSED_SUPPRESSION_META, unused.severity, locale, parsed.lines, collector.findings);
    collector.suppressions.reportUnused(report, admit, parsed, new Set(RULE_IDS), new Set([...offRules, ...collector.limitedRules]));
  }
  // One finding per mistake, then each alias use of an anchored value named beside it.
  const findings = withAliasUses(mergeFindings(collector.finish(locale, !offRules.has(LIMITS_RULE_ID))), parsed.root, parsed.text, parsed.lines, locale);
  return { parsed, model, coverage, findings, assessments };
}

const refuseAll = () => false;
