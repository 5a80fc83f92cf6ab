import {
  GENERAL_CRITERIA,
  MODALITIES,
  OPERATIONAL_CRITERIA,
  type GeneralCriterionId,
  type OperationalCriterionId,
} from '@cpskit/core';
import type { ModalityAssessment, ModalityStatus } from '../rules/rule.js';
import { rollUpAxis4, type Axis4Result } from './axis4.js';

/**
 * Points a status is worth. A modality declared without saying how counts half of one
 * shown in the manual: the reader has the author's word but nothing to check.
 */
export const STATUS_POINTS: Readonly<Record<Exclude<ModalityStatus, 'not-applicable'>, number>> = {
  met: 1,
  'partly-met': 0.5,
  declared: 0.5,
  missing: 0,
};

export type StatusCounts = Readonly<Record<ModalityStatus, number>>;

export interface ModalityResult {
  readonly id: string;
  readonly criterion: OperationalCriterionId;
  readonly status: ModalityStatus;
  readonly evidence?: string;
  /** The rules that assessed it; the weakest status they gave is kept. */
  readonly ruleIds: readonly string[];
}

export interface OperationalResult {
  readonly id: OperationalCriterionId;
  readonly general: GeneralCriterionId;
  /** 0 to 100; undefined when every modality is not applicable. */
  readonly score?: number;
  readonly counts: StatusCounts;
  readonly modalities: readonly string[];
}

export interface GeneralResult {
  readonly id: GeneralCriterionId;
  readonly score?: number;
  readonly counts: StatusCounts;
}

export interface CriteriaResult {
  readonly modalities: readonly ModalityResult[];
  readonly operational: readonly OperationalResult[];
  readonly general: readonly GeneralResult[];
  /** The mean of the general criteria's scores, 0 to 100. */
  readonly score?: number;
  readonly counts: StatusCounts;
  /** Monitoring and evaluation (axis 4 of the national strategy): apart from the modalities, the counts and the score above. */
  readonly axis4: Axis4Result;
}

const ORDER: readonly ModalityStatus[] = ['missing', 'declared', 'partly-met', 'met', 'not-applicable'];

function emptyCounts(): Record<ModalityStatus, number> {
  return { met: 0, 'partly-met': 0, declared: 0, missing: 0, 'not-applicable': 0 };
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function round(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 10) / 10;
}

/**
 * Rolls the rules' assessments up the table: each modality takes the weakest status any
 * rule gave it (a modality no rule assessed is missing); an operational criterion scores
 * the mean points of its applicable modalities; a general criterion the mean of its
 * operational criteria; the manual the mean of the three general criteria.
 */
export function rollUpCriteria(assessments: readonly ModalityAssessment[]): CriteriaResult {
  const modalities: ModalityResult[] = MODALITIES.map((modality) => {
    const own = assessments.filter((assessment) => assessment.modality === modality.id);
    if (own.length === 0) return { id: modality.id, criterion: modality.criterion, status: 'missing', ruleIds: [] };
    const weakest = own.reduce((worst, next) => (ORDER.indexOf(next.status) < ORDER.indexOf(worst.status) ? next : worst));
    return {
      id: modality.id,
      criterion: modality.criterion,
      status: weakest.status,
      ...(weakest.evidence ? { evidence: weakest.evidence } : {}),
      ruleIds: [...new Set(own.map((assessment) => assessment.ruleId))],
    };
  });

  const operational: OperationalResult[] = OPERATIONAL_CRITERIA.map((criterion) => {
    const own = modalities.filter((modality) => modality.criterion === criterion.id);
    const counts = emptyCounts();
    const points: number[] = [];
    for (const modality of own) {
      counts[modality.status]++;
      if (modality.status !== 'not-applicable') points.push(STATUS_POINTS[modality.status]);
    }
    const score = mean(points);
    return {
      id: criterion.id,
      general: criterion.general,
      ...(score !== undefined ? { score: round(score * 100) } : {}),
      counts,
      modalities: own.map((modality) => modality.id),
    };
  });

  const general: GeneralResult[] = GENERAL_CRITERIA.map((criterion) => {
    const own = operational.filter((entry) => entry.general === criterion.id);
    const counts = emptyCounts();
    for (const entry of own) for (const status of ORDER) counts[status] += entry.counts[status];
    const score = mean(own.map((entry) => entry.score).filter((value): value is number => value !== undefined));
    return { id: criterion.id, ...(score !== undefined ? { score: round(score) } : {}), counts };
  });

  const counts = emptyCounts();
  for (const modality of modalities) counts[modality.status]++;
  const score = mean(general.map((entry) => entry.score).filter((value): value is number => value !== undefined));
  return { modalities, operational, general, ...(score !== undefined ? { score: round(score) } : {}), counts, axis4: rollUpAxis4(assessments) };
}
