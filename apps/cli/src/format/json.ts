import type { Locale } from '@cpskit/core';
import { evidenceText, findRuleMeta, ruleDocsUrl, type Analysis, type Finding } from '@cpskit/language-server';
import { countsOf } from './totals.js';
import { safeJson } from '../safe-output.js';
import type { FileReport, Formatter } from './types.js';

/** The version of the JSON format; it changes only when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * `--format json`: every manual's findings, criteria and coverage, as documented in
 * docs/json-format.md. Keys come in a fixed order, absent values are `null`, and nothing
 * depends on the time or the machine, so that two runs on the same files give the same bytes.
 */
export const json: Formatter = (reports, context) => {
  const totals = { files: reports.length, filesWithFindings: 0, error: 0, warning: 0, info: 0 };
  const files = reports.map((report) => {
    const counts = countsOf(report.findings);
    if (report.findings.length > 0) totals.filesWithFindings++;
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;
    return fileOf(report, counts, context.locale);
  });
  const document: Json = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'cpskit', version: context.version },
    referenceVersion: { id: context.reference.id, label: context.reference.label[context.locale] },
    locale: context.locale,
    files,
    totals,
  };
  return `${safeJson(document)}\n`;
};

function fileOf(report: FileReport, counts: { error: number; warning: number; info: number }, locale: Locale): Json {
  return {
    path: report.displayPath,
    readable: report.text !== undefined || report.analysis !== undefined,
    counts,
    findings: report.findings.map(findingOf),
    criteria: report.analysis ? criteriaOf(report.analysis.criteria, locale) : null,
    coverage: report.analysis ? coverageOf(report.analysis.coverage) : null,
  };
}

function position(position: { readonly line: number; readonly character: number }): Json {
  return { line: position.line, character: position.character };
}

function rangeOf(range: Finding['range']): Json {
  return { start: position(range.start), end: position(range.end) };
}

/** A finding as `--format json` writes it (docs/json-format.md). */
export function findingOf(finding: Finding): Json {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    message: finding.message,
    messageId: finding.messageId,
    args: { ...finding.args },
    range: rangeOf(finding.range),
    offsets: { start: finding.offsets.start, end: finding.offsets.end },
    cites: finding.cites ? { kind: finding.cites.kind, id: finding.cites.id } : null,
    related: (finding.related ?? []).map((place) => ({ message: place.message, range: rangeOf(place.range) })),
    fix: finding.fix ? { title: finding.fix.title, edits: finding.fix.edits.map((edit) => ({ start: edit.start, end: edit.end, newText: edit.newText })) } : null,
    docsUrl: findRuleMeta(finding.ruleId) ? ruleDocsUrl(finding.ruleId) : null,
  };
}

type StatusCounts = Analysis['criteria']['counts'];

function statusCounts(counts: StatusCounts): Json {
  return { met: counts.met, 'partly-met': counts['partly-met'], declared: counts.declared, missing: counts.missing, 'not-applicable': counts['not-applicable'] };
}

function criteriaOf(criteria: Analysis['criteria'], locale: Locale): Json {
  return {
    score: criteria.score ?? null,
    provisional: criteria.provisional,
    counts: statusCounts(criteria.counts),
    general: criteria.general.map((general) => ({ id: general.id, score: general.score ?? null, counts: statusCounts(general.counts) })),
    operational: criteria.operational.map((operational) => ({
      id: operational.id,
      general: operational.general,
      score: operational.score ?? null,
      counts: statusCounts(operational.counts),
      modalities: [...operational.modalities],
    })),
    modalities: criteria.modalities.map((modality) => ({
      id: modality.id,
      criterion: modality.criterion,
      status: modality.status,
      evidence: modality.evidence ?? null,
      evidenceText: evidenceText(modality, locale) ?? null,
      ruleIds: [...modality.ruleIds],
    })),
    axis4: {
      counts: statusCounts(criteria.axis4.counts),
      items: criteria.axis4.items.map((item) => ({ id: item.id, status: item.status, evidence: item.evidence ?? null, ruleIds: [...item.ruleIds] })),
    },
  };
}

/** A record with its keys sorted: years as numbers, codes as text. */
function sortedRecord(record: Readonly<Record<string | number, number | undefined>>): Json {
  const keys = Object.keys(record).sort((a, b) => (isYear(a) && isYear(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, Json> = {};
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function isYear(key: string): boolean {
  return /^\d+$/.test(key);
}

function yearly(entry: { readonly minutes: number; readonly minutesByYear: Readonly<Record<number, number>> }): Json {
  return { minutes: entry.minutes, minutesByYear: sortedRecord(entry.minutesByYear) };
}

function coverageOf(coverage: Analysis['coverage']): Json {
  return {
    totals: {
      sessions: coverage.totals.sessions,
      minutes: coverage.totals.minutes,
      minutesByYear: sortedRecord(coverage.totals.minutesByYear),
      sessionMinutes: coverage.totals.sessionMinutes,
      sessionMinutesByYear: sortedRecord(coverage.totals.sessionMinutesByYear),
      practiceMinutes: coverage.totals.practiceMinutes,
      practiceMinutesByYear: sortedRecord(coverage.totals.practiceMinutesByYear),
      homePracticeMinutes: coverage.totals.homePracticeMinutes,
      homePracticeMinutesByYear: sortedRecord(coverage.totals.homePracticeMinutesByYear),
      sessionsByYear: sortedRecord(coverage.totals.sessionsByYear),
      unattributedMinutes: coverage.totals.unattributedMinutes,
    },
    categories: { C: coverage.categories.C, E: coverage.categories.E, S: coverage.categories.S },
    phases: { '1': yearly(coverage.phases[1]), '2': yearly(coverage.phases[2]) },
    generals: coverage.generals.map((general) => ({
      code: general.code,
      category: general.category,
      phase: general.phase,
      worked: general.worked,
      activityIds: [...general.activityIds],
      sessionIds: [...general.sessionIds],
      occurrences: general.occurrences,
      minutes: general.minutes,
      sessionMinutes: general.sessionMinutes,
      practiceMinutes: general.practiceMinutes,
      minutesByYear: sortedRecord(general.minutesByYear),
    })),
    sessions: coverage.sessions.map((session) => ({
      id: session.id,
      index: session.index,
      year: session.year ?? null,
      minutes: session.minutes,
      minutesByCode: sortedRecord(session.minutesByCode),
      minutesByGeneral: sortedRecord(session.minutesByGeneral),
      unattributedMinutes: session.unattributedMinutes,
    })),
    activities: coverage.activities.map((activity) => ({
      id: activity.id,
      kind: activity.kind ?? null,
      minutes: activity.minutes ?? null,
      codes: [...activity.codes],
      generals: [...activity.generals],
      scheduled: activity.scheduled,
    })),
    practices: coverage.practices.map((practice) => ({
      id: practice.id,
      kind: practice.kind,
      frequency: practice.frequency,
      minutes: practice.minutes ?? null,
      occurrencesPerYear: practice.occurrencesPerYear,
      minutesPerYear: practice.minutesPerYear,
      years: [...practice.years],
      generals: [...practice.generals],
    })),
    ageGroups: coverage.ageGroups.map((group) => ({
      min: group.min ?? null,
      max: group.max ?? null,
      sessionIds: [...group.sessionIds],
      totals: {
        sessions: group.totals.sessions,
        minutes: group.totals.minutes,
        sessionMinutes: group.totals.sessionMinutes,
        practiceMinutes: group.totals.practiceMinutes,
        minutesByYear: sortedRecord(group.totals.minutesByYear),
      },
      categories: { C: group.categories.C, E: group.categories.E, S: group.categories.S },
      generals: group.generals.map((general) => ({
        code: general.code,
        worked: general.worked,
        minutes: general.minutes,
        sessionMinutes: general.sessionMinutes,
        practiceMinutes: general.practiceMinutes,
      })),
    })),
  };
}
