import collectiveFollowUp from '../collective-follow-up.js';
import individualFollowUp from '../individual-follow-up.js';
import materials from '../materials.js';
import type { Rule } from '../rule.js';
import trainingCpsKnowledge from '../training-cps-knowledge.js';
import trainingLevel from '../training-level.js';
import trainingInformalPractices from '../training-informal-practices.js';
import trainingMaterials from '../training-materials.js';
import trainingOwnCps from '../training-own-cps.js';
import trainingPedagogy from '../training-pedagogy.js';
import trainingStructuredActivities from '../training-structured-activities.js';

/** Rules of this group, in the order they run and are listed. */
export const IMPLEMENTATION_RULES: readonly Rule[] = [
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
] as readonly Rule[];
