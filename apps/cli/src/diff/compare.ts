import { GENERAL_COMPETENCIES, type GeneralCode, type GeneralCriterionId } from '@cpskit/core';
import type { Analysis, Finding, ModalityResult } from '@cpskit/language-server';

/** One practical modality whose status is not the same in the two versions. */
export interface ModalityChange {
  readonly id: string;
  readonly before: ModalityResult;
  readonly after: ModalityResult;
}

/** Minutes of one year of the programme: sessions and practices outside sessions apart. */
export interface YearMinutes {
  readonly year: number;
  readonly sessionMinutes: number;
  readonly practiceMinutes: number;
  readonly minutes: number;
}

/** What a version of a manual says about its coverage, in the few figures a diff compares. */
export interface CoverageFigures {
  /** The general competencies at least one activity works, in the classification's order. */
  readonly generalsWorked: readonly GeneralCode[];
  readonly sessions: number;
  readonly sessionMinutes: number;
  readonly practiceMinutes: number;
  readonly minutes: number;
  /** Every year that has minutes, in order. */
  readonly years: readonly YearMinutes[];
}

/** The judgement of one version, in the figures a diff compares. */
export interface SideFigures {
  readonly counts: Analysis['counts'];
  /** 0 to 100, as the criteria table gives it; undefined when no modality applies. */
  readonly score?: number;
  /** The version has errors: its score is provisional. */
  readonly provisional: boolean;
  readonly general: readonly { readonly id: GeneralCriterionId; readonly score?: number }[];
  readonly coverage: CoverageFigures;
}

/** What changed in the judgement between two versions of a manual. */
export interface JudgementDiff {
  readonly before: SideFigures;
  readonly after: SideFigures;
  /** The modalities whose status changed, in the order of SpF's table. */
  readonly modalities: readonly ModalityChange[];
  /** Findings of the old version that the new one no longer has, in the old version's order. */
  readonly fixed: readonly Finding[];
  /** Findings of the new version that the old one did not have, in the new version's order. */
  readonly added: readonly Finding[];
  /** Findings both versions have. */
  readonly unchanged: number;
}

/**
 * What makes two findings "the same" across versions: the rule, the message and what the message
 * says (its arguments), never where it stands, since an edit above moves every line below.
 */
export function findingIdentity(finding: Finding): string {
  const args = Object.keys(finding.args)
    .sort()
    .map((key) => [key, finding.args[key]]);
  return JSON.stringify([finding.ruleId, finding.messageId, args]);
}

/**
 * The findings each version has that the other has not, as a difference of multisets: a
 * finding the old version has three times and the new one twice is fixed once. Among equal
 * findings the first ones are paired, so that what is left is the last ones of each version.
 */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): Pick<JudgementDiff, 'fixed' | 'added' | 'unchanged'> {
  const waiting = new Map<string, number>();
  for (const finding of after) {
    const key = findingIdentity(finding);
    waiting.set(key, (waiting.get(key) ?? 0) + 1);
  }
  const fixed: Finding[] = [];
  const kept = new Map<string, number>();
  let unchanged = 0;
  for (const finding of before) {
    const key = findingIdentity(finding);
    const left = waiting.get(key) ?? 0;
    if (left === 0) {
      fixed.push(finding);
      continue;
    }
    waiting.set(key, left - 1);
    kept.set(key, (kept.get(key) ?? 0) + 1);
    unchanged++;
  }
  const added: Finding[] = [];
  for (const finding of after) {
    const key = findingIdentity(finding);
    const pairs = kept.get(key) ?? 0;
    if (pairs > 0) kept.set(key, pairs - 1);
    else added.push(finding);
  }
  return { fixed, added, unchanged };
}

function coverageFigures(coverage: Analysis['coverage']): CoverageFigures {
  const { totals } = coverage;
  const worked = new Set(coverage.generals.filter((general) => general.worked).map((general) => general.code));
  const years = [...new Set([...Object.keys(totals.sessionMinutesByYear), ...Object.keys(totals.practiceMinutesByYear)].map(Number))]
    .filter((year) => Number.isFinite(year))
    .sort((a, b) => a - b)
    .map((year) => {
      const sessionMinutes = totals.sessionMinutesByYear[year] ?? 0;
      const practiceMinutes = totals.practiceMinutesByYear[year] ?? 0;
      return { year, sessionMinutes, practiceMinutes, minutes: sessionMinutes + practiceMinutes };
    });
  return {
    generalsWorked: GENERAL_COMPETENCIES.map((general) => general.code).filter((code) => worked.has(code)),
    sessions: totals.sessions,
    sessionMinutes: totals.sessionMinutes,
    practiceMinutes: totals.practiceMinutes,
    minutes: totals.minutes,
    years,
  };
}

function sideFigures(analysis: Analysis): SideFigures {
  const { criteria } = analysis;
  return {
    counts: analysis.counts,
    ...(criteria.score !== undefined ? { score: criteria.score } : {}),
    provisional: criteria.provisional,
    general: criteria.general.map((general) => ({ id: general.id, ...(general.score !== undefined ? { score: general.score } : {}) })),
    coverage: coverageFigures(analysis.coverage),
  };
}

/** Compares the analyses of two versions of a manual, checked with the same configuration. Pure. */
export function compareJudgements(before: Analysis, after: Analysis): JudgementDiff {
  const afterById = new Map(after.criteria.modalities.map((modality) => [modality.id, modality]));
  const modalities: ModalityChange[] = [];
  for (const old of before.criteria.modalities) {
    const now = afterById.get(old.id);
    if (now && now.status !== old.status) modalities.push({ id: old.id, before: old, after: now });
  }
  return { before: sideFigures(before), after: sideFigures(after), modalities, ...compareFindings(before.findings, after.findings) };
}
