import type { Locale } from '@cpskit/core';
import { text } from './messages.js';

/** What the server says of a manual, enough for the status bar. */
export interface ManualSummary {
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly score?: number;
  /** The manual has errors: its score is provisional. */
  readonly provisional?: boolean;
}

/** The status bar item's text and tooltip for the manual in the editor. */
export function statusOf(summary: ManualSummary, locale: Locale): { readonly text: string; readonly tooltip: string } {
  const { error, warning, info } = summary.counts;
  const icon = error > 0 ? '$(error)' : warning > 0 ? '$(warning)' : '$(pass)';
  if (summary.score === undefined) {
    return { text: `${icon} ${text('status.text-no-score', locale)}`, tooltip: text('status.tooltip-no-score', locale, { error, warning }) };
  }
  const score = Math.round(summary.score);
  if (summary.provisional) {
    return { text: `${icon} ${text('status.text-provisional', locale, { score })}`, tooltip: text('status.tooltip-provisional', locale, { score, error, warning, info }) };
  }
  return { text: `${icon} ${text('status.text', locale, { score })}`, tooltip: text('status.tooltip', locale, { score, error, warning, info }) };
}
