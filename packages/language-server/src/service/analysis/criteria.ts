import { GENERAL_CRITERIA, MODALITIES, OPERATIONAL_CRITERIA, type GeneralCriterionId, type OperationalCriterionId } from '@cpskit/core';
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

/**
 * SpF's recommendations call training « un critère incontournable » (seed 000): cpskit reads
 * it as a ceiling. When operational criterion 2.1 (quality training) scores 0, general
 * criterion 2 scores at most this much, however good the follow-up and the governance.
 */
export const NO_TRAINING_CAP = 40;

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
  /** Set when the score was lowered to a ceiling: general criterion 2 without any training (2.1 at 0). */
  readonly capped?: number;
}

export interface CriteriaResult {
  readonly modalities: readonly ModalityResult[];
  readonly operational: readonly OperationalResult[];
  readonly general: readonly GeneralResult[];
  /** The mean of the general criteria's scores, 0 to 100. */
  readonly score?: number;
  readonly counts: StatusCounts;
  /**
   * True when the manual has at least one error finding (after configuration and
   * suppressions): its text is not yet what its author meant, so the score is provisional.
   */
  readonly provisional: boolean;
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
 * operational criteria, general criterion 2 capped at NO_TRAINING_CAP when 2.1 scores 0;
 * the manual the mean of the three general criteria. `provisional` says the manual has errors.
 */
export function rollUpCriteria(assessments: readonly ModalityAssessment[], provisional = false): CriteriaResult {
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
    const average = mean(own.map((entry) => entry.score).filter((value): value is number => value !== undefined));
    const noTraining = criterion.id === '2' && own.some((entry) => entry.id === '2.1' && entry.score === 0);
    const score = noTraining && average !== undefined && average > NO_TRAINING_CAP ? NO_TRAINING_CAP : average;
    return { id: criterion.id, ...(score !== undefined ? { score: round(score) } : {}), counts, ...(score !== average ? { capped: NO_TRAINING_CAP } : {}) };
  });

  const counts = emptyCounts();
  for (const modality of modalities) counts[modality.status]++;
  const score = mean(general.map((entry) => entry.score).filter((value): value is number => value !== undefined));
  return { modalities, operational, general, ...(score !== undefined ? { score: round(score) } : {}), counts, provisional, axis4: rollUpAxis4(assessments) };
}
