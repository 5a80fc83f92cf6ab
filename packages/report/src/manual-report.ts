import { GENERAL_COMPETENCIES, REFERENCE_VERSION, lookupModality, type GeneralCode, type Locale, type Phase, type ReferenceVersion } from '@cpskit/core';
import type { Analysis, Finding, ModalityStatus, Severity } from '@cpskit/language-server';
import { programSummary, type ProgramSummary } from './program-summary.js';

/** One modality's row of the criteria table. */
export interface ModalityRow {
  readonly id: string;
  readonly criterion: string;
  readonly status: ModalityStatus;
  readonly evidence?: string;
  /** The messages of the findings that cite this modality. */
  readonly findings: readonly string[];
}

/** Minutes per year given to one general competency. */
export interface CompetencyMinutes {
  readonly code: GeneralCode;
  readonly phase: Phase;
  readonly worked: boolean;
  readonly minutes: number;
  readonly minutesByYear: Readonly<Record<number, number>>;
}

export interface Intensity {
  readonly sessions: number;
  readonly sessionsByYear: Readonly<Record<number, number>>;
  /** Session minutes divided by sessions; undefined without sessions. */
  readonly averageSessionMinutes?: number;
  readonly minutesByYear: Readonly<Record<number, number>>;
  readonly sessionMinutesByYear: Readonly<Record<number, number>>;
  readonly practiceMinutesByYear: Readonly<Record<number, number>>;
  /** The mean over the years that have any time. */
  readonly meanMinutesPerYear: number;
  readonly activities: number;
  readonly practices: number;
}

/** What an improvement point rests on: a modality or criterion of SpF's table, a competency, an axis, or (for an error that cites nothing) its rule. */
export interface PointCitation {
  readonly kind: 'modality' | 'criterion' | 'competency' | 'axis' | 'rule';
  readonly id: string;
}

export interface ImprovementPoint {
  /** Why it comes at this rank: an error first, then modalities from missing to partly met, then the other findings. */
  readonly reason: 'error' | ModalityStatus | Severity;
  readonly cites: PointCitation;
  /** The modality's status, for a point on a modality. */
  readonly status?: ModalityStatus;
  /** What to do, in the words of the findings (the run's locale). */
  readonly advice: readonly string[];
}

/** One manual's report: the values of its analysis, arranged to be read by people who decide. Pure data. */
export interface ManualReport {
  readonly path: string;
  readonly locale: Locale;
  readonly reference: ReferenceVersion;
  readonly program: ProgramSummary;
  readonly score?: number;
  readonly provisional: boolean;
  readonly counts: Analysis['counts'];
  readonly general: readonly { readonly id: string; readonly score?: number; readonly capped?: number }[];
  readonly operational: readonly { readonly id: string; readonly score?: number }[];
  readonly modalities: readonly ModalityRow[];
  readonly axis4: readonly ModalityRow[];
  readonly competencies: readonly CompetencyMinutes[];
  readonly years: readonly number[];
  readonly intensity: Intensity;
  readonly improvements: readonly ImprovementPoint[];
}

const WEAKEST_FIRST: readonly ModalityStatus[] = ['missing', 'declared', 'partly-met'];

function modalityOf(finding: Finding): string | undefined {
  return finding.cites?.kind === 'modality' ? finding.cites.id : undefined;
}

function messagesCiting(findings: readonly Finding[], id: string): string[] {
  const out: string[] = [];
  for (const finding of findings) if (modalityOf(finding) === id && !out.includes(finding.message)) out.push(finding.message);
  return out;
}

function yearsOf(records: readonly Readonly<Record<number, number>>[]): number[] {
  const years = new Set<number>();
  for (const record of records) for (const key of Object.keys(record)) years.add(Number(key));
  return [...years].sort((a, b) => a - b);
}

/**
 * The improvement points in priority order: errors first (they make the score provisional),
 * then the modalities of SpF's table from the weakest status (missing, declared without
 * evidence, partly met), the criterion with the lowest score first, each with the findings
 * that say what to do; then the warnings and notes that no point above already carries.
 */
function improvementPoints(analysis: Analysis): ImprovementPoint[] {
  const points: ImprovementPoint[] = [];
  const carried = new Set<Finding>();
  for (const finding of analysis.findings) {
    if (finding.severity !== 'error') continue;
    carried.add(finding);
    points.push({ reason: 'error', cites: finding.cites ? { kind: finding.cites.kind, id: finding.cites.id } : { kind: 'rule', id: finding.ruleId }, advice: [finding.message] });
  }
  const criterionScore = new Map(analysis.criteria.operational.map((entry) => [entry.id as string, entry.score ?? 100]));
  const weak = analysis.criteria.modalities
    .filter((modality) => WEAKEST_FIRST.includes(modality.status))
    .map((modality, order) => ({ modality, order }))
    .sort(
      (a, b) =>
        WEAKEST_FIRST.indexOf(a.modality.status) - WEAKEST_FIRST.indexOf(b.modality.status) ||
        (criterionScore.get(a.modality.criterion) ?? 100) - (criterionScore.get(b.modality.criterion) ?? 100) ||
        a.order - b.order,
    );
  for (const { modality } of weak) {
    const own = analysis.findings.filter((finding) => modalityOf(finding) === modality.id && finding.severity !== 'error');
    for (const finding of own) carried.add(finding);
    const advice: string[] = [];
    for (const finding of own) if (!advice.includes(finding.message)) advice.push(finding.message);
    points.push({ reason: modality.status, cites: { kind: 'modality', id: modality.id }, status: modality.status, advice });
  }
  for (const severity of ['warning', 'info'] as const) {
    for (const finding of analysis.findings) {
      if (finding.severity !== severity || carried.has(finding)) continue;
      points.push({
        reason: severity,
        cites: finding.cites ? { kind: finding.cites.kind, id: finding.cites.id } : { kind: 'rule', id: finding.ruleId },
        advice: [finding.message],
      });
    }
  }
  return points;
}

/** Builds one manual's report from its text and the analysis `cps check` computed for it. */
export function manualReport(input: { readonly path: string; readonly text: string; readonly analysis: Analysis; readonly locale: Locale }): ManualReport {
  const { analysis } = input;
  const { criteria, coverage } = analysis;
  const modalities = criteria.modalities.map((modality) => ({
    id: modality.id,
    criterion: modality.criterion,
    status: modality.status,
    ...(modality.evidence !== undefined ? { evidence: modality.evidence } : {}),
    findings: messagesCiting(analysis.findings, modality.id),
  }));
  const axis4 = criteria.axis4.items.map((item) => ({
    id: item.id,
    criterion: 'A4',
    status: item.status,
    ...(item.evidence !== undefined ? { evidence: item.evidence } : {}),
    findings: messagesCiting(analysis.findings, item.id),
  }));
  const competencies = GENERAL_COMPETENCIES.map((general) => {
    const own = coverage.generals.find((entry) => entry.code === general.code);
    return { code: general.code, phase: general.phase, worked: own?.worked ?? false, minutes: own?.minutes ?? 0, minutesByYear: own?.minutesByYear ?? {} };
  });
  const totals = coverage.totals;
  const timedYears = Object.values(totals.minutesByYear).filter((minutes) => minutes > 0);
  const intensity: Intensity = {
    sessions: totals.sessions,
    sessionsByYear: totals.sessionsByYear,
    ...(totals.sessions > 0 ? { averageSessionMinutes: totals.sessionMinutes / totals.sessions } : {}),
    minutesByYear: totals.minutesByYear,
    sessionMinutesByYear: totals.sessionMinutesByYear,
    practiceMinutesByYear: totals.practiceMinutesByYear,
    meanMinutesPerYear: timedYears.length === 0 ? 0 : timedYears.reduce((sum, minutes) => sum + minutes, 0) / timedYears.length,
    activities: coverage.activities.length,
    practices: coverage.practices.length,
  };
  return {
    path: input.path,
    locale: input.locale,
    reference: REFERENCE_VERSION,
    program: programSummary(input.text),
    ...(criteria.score !== undefined ? { score: criteria.score } : {}),
    provisional: criteria.provisional,
    counts: analysis.counts,
    general: criteria.general.map((entry) => ({
      id: entry.id,
      ...(entry.score !== undefined ? { score: entry.score } : {}),
      ...(entry.capped !== undefined ? { capped: entry.capped } : {}),
    })),
    operational: criteria.operational.map((entry) => ({ id: entry.id, ...(entry.score !== undefined ? { score: entry.score } : {}) })),
    modalities,
    axis4,
    competencies,
    years: yearsOf([totals.minutesByYear, ...competencies.map((entry) => entry.minutesByYear)]),
    intensity,
    improvements: improvementPoints(analysis),
  };
}

/** The SpF wording of a modality, when it is one of the table's. */
export function modalityWording(id: string, locale: Locale): string | undefined {
  return lookupModality(id)?.label[locale];
}
