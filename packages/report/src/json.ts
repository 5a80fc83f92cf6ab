import { GENERAL_COMPETENCIES, type Locale } from '@cpskit/core';
import { gapSentence } from './gap-words.js';
import type { ManualReport } from './manual-report.js';
import type { TerritoryReport } from './territory.js';

/** The territory as JSON: the report's data, each gap with its sentence in the run's locale. */
export function territoryJson(report: TerritoryReport, version: string): string {
  const { locale } = report;
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'cpskit', version },
      referenceVersion: { id: report.reference.id, label: report.reference.label[locale] },
      ...report,
      reference: undefined,
      competencies: GENERAL_COMPETENCIES.map((general) => ({ code: general.code, phase: general.phase, label: general.label[locale] })),
      gaps: report.gaps.map((gap) => ({ ...gap, text: gapSentence(gap, locale) })),
    },
    null,
    2,
  )}\n`;
}

/** One manual's report as JSON. */
export function manualJson(report: ManualReport, version: string, locale: Locale = report.locale): string {
  return `${JSON.stringify({ version: 1, tool: { name: 'cpskit', version }, ...report, reference: { id: report.reference.id, label: report.reference.label[locale] } }, null, 2)}\n`;
}
