import type { Locale } from '@cpskit/core';
import { manualHtml, manualJson, manualReport, territoryCsv, territoryHtml, territoryJson, territoryReport } from '@cpskit/report';
import type { FileReport } from '../format/types.js';
import { VERSION } from '../version.js';

export const REPORT_FORMATS = ['html', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One manual's report in a format, from what `checkJob` gave (with its analysis and text). */
export async function renderManual(report: FileReport, format: Exclude<ReportFormat, 'csv'>, locale: Locale): Promise<string> {
  const model = manualReport({ path: report.displayPath, text: report.text ?? '', analysis: report.analysis!, locale });
  return format === 'json' ? manualJson(model, VERSION) : manualHtml(model, VERSION);
}

/** The territory's picture in a format, from the reports of the manuals found (those without analysis were unreadable). */
export async function renderTerritory(reports: readonly FileReport[], format: ReportFormat, locale: Locale): Promise<string> {
  const analysed = reports.filter((report) => report.analysis !== undefined && report.text !== undefined);
  const unreadable = reports.filter((report) => report.analysis === undefined || report.text === undefined).map((report) => report.displayPath);
  const territory = territoryReport(
    analysed.map((report) => manualReport({ path: report.displayPath, text: report.text!, analysis: report.analysis!, locale })),
    locale,
    unreadable,
  );
  if (format === 'json') return territoryJson(territory, VERSION);
  if (format === 'csv') return territoryCsv(territory);
  return territoryHtml(territory, VERSION);
}
