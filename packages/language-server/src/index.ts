export * from './service/finding.js';
export * from './service/text/line-index.js';
export * from './service/parse/tree.js';
export { parseManual, type ParsedManual, type ParseProblem, MAX_EXPANDED_NODES } from './service/parse/parse-manual.js';
export { buildModel, type ManualModel, type ActivityModel, type SessionModel, type LocatedText } from './service/model/manual-model.js';
export type { Rule, RuleMeta, RuleContext, Report, ReportInput } from './service/rules/rule.js';
export { RULES, findRule } from './service/rules/registry.js';
export { validateText, validateParsed, type ValidateOptions, type Validation, type RuleSetting } from './service/validate.js';
