import evaluationOutcomes from '../evaluation-outcomes.js';
import evaluationPlan from '../evaluation-plan.js';
import evaluationProcess from '../evaluation-process.js';
import evidenceReferences from '../evidence-references.js';
import type { Rule } from '../rule.js';

/**
 * Rules from the axes of the national strategy that SpF's table of quality criteria does not
 * cover; what they assess (A4.x) is kept apart from the 33 modalities and the SpF score.
 */
export const STRATEGY_RULES: readonly Rule[] = [
  // Axis 3: interventions rest on evidence.
  evidenceReferences,
  // Axis 4: monitoring and evaluation.
  evaluationProcess,
  evaluationOutcomes,
  evaluationPlan,
] as readonly Rule[];
