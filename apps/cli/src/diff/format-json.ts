import { lookupModality } from '@cpskit/core';
import type { ModalityResult } from '@cpskit/language-server';
import { findingOf, type Json } from '../format/json.js';
import { safeJson } from '../safe-output.js';
import type { SideFigures } from './compare.js';
import type { DiffFormatter, DiffSide } from './report.js';

/** The version of `cps diff`'s JSON format (docs/diff.md); it changes only when a field changes meaning or goes away. */
export const DIFF_JSON_VERSION = 1;

function sideOf(side: DiffSide, figures: SideFigures): Json {
  const { coverage } = figures;
  return {
    path: side.path,
    revision: side.revision ?? null,
    counts: { error: figures.counts.error, warning: figures.counts.warning, info: figures.counts.info },
    score: figures.score ?? null,
    provisional: figures.provisional,
    general: figures.general.map((general) => ({ id: general.id, score: general.score ?? null })),
    coverage: {
      generalsWorked: [...coverage.generalsWorked],
      sessions: coverage.sessions,
      minutes: coverage.minutes,
      sessionMinutes: coverage.sessionMinutes,
      practiceMinutes: coverage.practiceMinutes,
      years: coverage.years.map((year) => ({ year: year.year, sessionMinutes: year.sessionMinutes, practiceMinutes: year.practiceMinutes, minutes: year.minutes })),
    },
  };
}

function statusOf(modality: ModalityResult): Json {
  return { status: modality.status, evidence: modality.evidence ?? null };
}

/**
 * `cps diff --format json`: both versions' figures and what changed between them, as documented
 * in docs/diff.md. Keys in a fixed order, absent values `null`, nothing that depends on the time
 * or the machine: the same two texts give the same bytes.
 */
export const jsonDiff: DiffFormatter = (report, context) => {
  const { diff } = report;
  const document: Json = {
    version: DIFF_JSON_VERSION,
    tool: { name: 'cpskit', version: context.version },
    referenceVersion: { id: context.reference.id, label: context.reference.label[context.locale] },
    locale: context.locale,
    old: sideOf(report.before, diff.before),
    new: sideOf(report.after, diff.after),
    modalities: diff.modalities.map((entry) => ({
      id: entry.id,
      criterion: entry.before.criterion,
      label: lookupModality(entry.id)?.label[context.locale] ?? null,
      old: statusOf(entry.before),
      new: statusOf(entry.after),
    })),
    findings: { fixed: diff.fixed.map(findingOf), new: diff.added.map(findingOf), unchanged: diff.unchanged },
  };
  return `${safeJson(document)}\n`;
};
