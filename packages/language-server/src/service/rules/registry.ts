import { UNUSED_SUPPRESSION_META } from '../suppression.js';
import competencySpelling from './competency-spelling.js';
import declarationEvidence from './declaration-evidence.js';
import duplicateId from './duplicate-id.js';
import duplicateKey from './duplicate-key.js';
import envAssessment from './env-assessment.js';
import envConflictManagement from './env-conflict-management.js';
import envPhysicalActivity from './env-physical-activity.js';
import envPhysicalSafety from './env-physical-safety.js';
import envPsychologicalSafety from './env-psychological-safety.js';
import envRelationships from './env-relationships.js';
import envSpaces from './env-spaces.js';
import envTime from './env-time.js';
import facilitatorKnowledge from './facilitator-knowledge.js';
import facilitatorOwnCps from './facilitator-own-cps.js';
import limits from './limits.js';
import missingSection from './missing-section.js';
import placeholder from './placeholder.js';
import { COVERAGE_RULES } from './groups/coverage.js';
import { IMPLEMENTATION_RULES } from './groups/implementation.js';
import { PRACTICES_RULES } from './groups/practices.js';
import { STRATEGY_RULES } from './groups/strategy.js';
import type { Rule, RuleMeta } from './rule.js';
import schema from './schema.js';
import undefinedActivity from './undefined-activity.js';
import unknownCompetency from './unknown-competency.js';
import yamlSyntax from './yaml-syntax.js';

/** Every rule, in the order they run. Adding a rule means adding its file here, its docs page and its test file. */
export const RULES: readonly Rule[] = [
  // The text and its shape.
  yamlSyntax,
  limits,
  duplicateKey,
  schema,
  duplicateId,
  unknownCompetency,
  competencySpelling,
  undefinedActivity,
  missingSection,
  placeholder,
  declarationEvidence,
  // 1.1 Facilitators master the CPS.
  facilitatorKnowledge,
  facilitatorOwnCps,
  // 1.2.2–1.2.4 Competency coverage, explicit teaching, sequence and intensity.
  ...COVERAGE_RULES,
  // 1.2.1, 1.3, 1.4, 2.3 Structured activities, informal practices, pedagogy, a collective project.
  ...PRACTICES_RULES,
  // 1.2.5, 2.1, 2.2 Materials, training and follow-up of facilitators.
  ...IMPLEMENTATION_RULES,
  // 3.1 Social environment.
  envRelationships,
  envConflictManagement,
  envAssessment,
  envPsychologicalSafety,
  // 3.2 Physical environment.
  envPhysicalSafety,
  envPhysicalActivity,
  envSpaces,
  envTime,
  // Axes 3 and 4 of the national strategy: evidence, monitoring and evaluation.
  ...STRATEGY_RULES,
] as readonly Rule[];

/** The metadata of every rule, and of the checks the engine runs itself (suppression comments). */
export const RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), UNUSED_SUPPRESSION_META as RuleMeta];

export const RULE_IDS: readonly string[] = RULE_METAS.map((meta) => meta.id);

const byId = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export function findRuleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
