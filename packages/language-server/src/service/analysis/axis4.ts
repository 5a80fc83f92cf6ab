import { AXIS4_ITEMS } from '@cpskit/core';
import type { ModalityAssessment, ModalityStatus } from '../rules/rule.js';
import type { StatusCounts } from './criteria.js';

export interface Axis4ItemResult {
  /** `A4.1`, `A4.2`, `A4.3`. */
  readonly id: string;
  readonly status: ModalityStatus;
  readonly evidence?: string;
  readonly ruleIds: readonly string[];
}

/** Monitoring and evaluation (axis 4 of the national strategy): cpskit's items, apart from SpF's modalities and score. */
export interface Axis4Result {
  readonly items: readonly Axis4ItemResult[];
  readonly counts: StatusCounts;
}

const WEAKEST_FIRST: readonly ModalityStatus[] = ['missing', 'declared', 'partly-met', 'met', 'not-applicable'];

/**
 * The status of each axis-4 item, the weakest any rule gave it, as for SpF's modalities (an
 * item no rule assessed is missing). There is no score: axis 4 is not in SpF's table, and a
 * number beside the SpF score would read as part of it.
 */
export function rollUpAxis4(assessments: readonly ModalityAssessment[]): Axis4Result {
  const counts: Record<ModalityStatus, number> = { met: 0, 'partly-met': 0, declared: 0, missing: 0, 'not-applicable': 0 };
  const items = AXIS4_ITEMS.map((item): Axis4ItemResult => {
    const own = assessments.filter((assessment) => assessment.modality === item.id);
    let weakest: ModalityAssessment | undefined;
    for (const assessment of own) {
      if (!weakest || WEAKEST_FIRST.indexOf(assessment.status) < WEAKEST_FIRST.indexOf(weakest.status)) weakest = assessment;
    }
    const status = weakest?.status ?? 'missing';
    counts[status]++;
    return {
      id: item.id,
      status,
      ...(weakest?.evidence ? { evidence: weakest.evidence } : {}),
      ruleIds: [...new Set(own.map((assessment) => assessment.ruleId))],
    };
  });
  return { items, counts };
}
