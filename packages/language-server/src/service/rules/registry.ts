import { UNUSED_SUPPRESSION_META } from '../suppression.js';
import advocacyMaterials from './advocacy-materials.js';
import advocacyTeam from './advocacy-team.js';
import agesOrder from './ages-order.js';
import allMainCps from './all-main-cps.js';
import collectiveFollowUp from './collective-follow-up.js';
import competencySpelling from './competency-spelling.js';
import continuity from './continuity.js';
import declarationEvidence from './declaration-evidence.js';
import duplicateId from './duplicate-id.js';
import duplicateKey from './duplicate-key.js';
import earlyStart from './early-start.js';
import envAssessment from './env-assessment.js';
import envConflictManagement from './env-conflict-management.js';
import envPhysicalActivity from './env-physical-activity.js';
import envPhysicalSafety from './env-physical-safety.js';
import envPsychologicalSafety from './env-psychological-safety.js';
import envRelationships from './env-relationships.js';
import envSpaces from './env-spaces.js';
import envTime from './env-time.js';
import evaluationOutcomes from './evaluation-outcomes.js';
import evaluationPlan from './evaluation-plan.js';
import evaluationProcess from './evaluation-process.js';
import evidenceReferences from './evidence-references.js';
import explicitCompetencies from './explicit-competencies.js';
import facilitatorKnowledge from './facilitator-knowledge.js';
import facilitatorOwnCps from './facilitator-own-cps.js';
import implementationManual from './implementation-manual.js';
import individualFollowUp from './individual-follow-up.js';
import informalPractices from './informal-practices.js';
import intensity from './intensity.js';
import limits from './limits.js';
import materials from './materials.js';
import missingSection from './missing-section.js';
import pedagogyActive from './pedagogy-active.js';
import pedagogyExperiential from './pedagogy-experiential.js';
import pedagogyPositive from './pedagogy-positive.js';
import phaseOrder from './phase-order.js';
import placeholder from './placeholder.js';
import projectTeam from './project-team.js';
import rituals from './rituals.js';
import schema from './schema.js';
import sessionYears from './session-years.js';
import stakeholders from './stakeholders.js';
import structuredSequence from './structured-sequence.js';
import thinCompetency from './thin-competency.js';
import trainingCpsKnowledge from './training-cps-knowledge.js';
import trainingInformalPractices from './training-informal-practices.js';
import trainingLevel from './training-level.js';
import trainingMaterials from './training-materials.js';
import trainingOwnCps from './training-own-cps.js';
import trainingPedagogy from './training-pedagogy.js';
import trainingStructuredActivities from './training-structured-activities.js';
import undefinedActivity from './undefined-activity.js';
import unknownCompetency from './unknown-competency.js';
import validatedDose from './validated-dose.js';
import yamlSyntax from './yaml-syntax.js';
import type { Rule, RuleMeta } from './rule.js';

/** Every rule, in the order they run: the one list of them. Adding a rule means adding its file here, its docs page and its test file. */
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
  agesOrder,
  sessionYears,
  allMainCps,
  explicitCompetencies,
  phaseOrder,
  thinCompetency,
  intensity,
  validatedDose,
  continuity,
  earlyStart,
  // 1.2.1, 1.3, 1.4, 2.3 Structured activities, informal practices, pedagogy, a collective project.
  // 1.2.1 Organised and coordinated activities.
  structuredSequence,
  // 1.3 Informal practices: rituals and everyday activities.
  rituals,
  informalPractices,
  // 1.4 Active, positive and experiential pedagogy.
  pedagogyActive,
  pedagogyPositive,
  pedagogyExperiential,
  // 2.3 A project carried collectively.
  projectTeam,
  implementationManual,
  advocacyTeam,
  advocacyMaterials,
  stakeholders,
  // 1.2.5, 2.1, 2.2 Materials, training and follow-up of facilitators.
  // 1.2.5 CPS materials: a facilitator guide and a participant booklet.
  materials,
  // 2.1 Quality training: one rule per topic of `training.covers`.
  trainingCpsKnowledge,
  trainingOwnCps,
  trainingStructuredActivities,
  trainingLevel,
  trainingMaterials,
  trainingInformalPractices,
  trainingPedagogy,
  // 2.2 Collective and individual follow-up of facilitators.
  collectiveFollowUp,
  individualFollowUp,
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
  // Axis 3: interventions rest on evidence.
  evidenceReferences,
  // Axis 4: monitoring and evaluation.
  evaluationProcess,
  evaluationOutcomes,
  evaluationPlan,
] as readonly Rule[];

/** The metadata of every rule, and of the checks the engine runs itself (suppression comments). */
export const RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), UNUSED_SUPPRESSION_META];

export const RULE_IDS: readonly string[] = RULE_METAS.map((meta) => meta.id);

const byId = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export function findRuleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
