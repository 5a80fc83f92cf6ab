import agesOrder from '../ages-order.js';
import allMainCps from '../all-main-cps.js';
import earlyStart from '../early-start.js';
import explicitCompetencies from '../explicit-competencies.js';
import continuity from '../continuity.js';
import intensity from '../intensity.js';
import phaseOrder from '../phase-order.js';
import type { Rule } from '../rule.js';
import sessionYears from '../session-years.js';
import thinCompetency from '../thin-competency.js';
import validatedDose from '../validated-dose.js';

/** Rules of this group, in the order they run and are listed. */
export const COVERAGE_RULES: readonly Rule[] = [
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
] as readonly Rule[];
