import advocacyMaterials from '../advocacy-materials.js';
import advocacyTeam from '../advocacy-team.js';
import implementationManual from '../implementation-manual.js';
import informalPractices from '../informal-practices.js';
import pedagogyActive from '../pedagogy-active.js';
import pedagogyExperiential from '../pedagogy-experiential.js';
import pedagogyPositive from '../pedagogy-positive.js';
import projectTeam from '../project-team.js';
import rituals from '../rituals.js';
import type { Rule } from '../rule.js';
import stakeholders from '../stakeholders.js';
import structuredSequence from '../structured-sequence.js';

/** Rules of this group, in the order they run and are listed. */
export const PRACTICES_RULES: readonly Rule[] = [
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
] as readonly Rule[];
