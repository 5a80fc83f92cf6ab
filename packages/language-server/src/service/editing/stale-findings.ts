import type { Locale, Localized } from '@cpskit/core';
import type { Finding } from '../finding.js';
import type { ParsedManual } from '../parse/parse-manual.js';
import { findRuleMeta } from '../rules/registry.js';

/** Said after the message of a finding kept from the last readable version of the manual. */
export const STALE_SUFFIX: Localized = { en: ' (last readable version)', fr: ' (dernière version lisible)' };

/** What is kept of the last version of a manual that could be read: its text and its findings. */
export interface ReadableVersion {
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** Whether a parse could not be read, so that the criteria and coverage rules stayed silent on it. */
export function isUnreadable(parsed: ParsedManual): boolean {
  return parsed.problems.some((problem) => problem.kind === 'syntax' || problem.kind === 'too-deep' || problem.kind === 'rest-unread');
}

/**
 * The criteria and coverage findings of the last readable version of a manual, to show while a
 * syntax error is being typed instead of dropping them: each marked as such in its message, its
 * range moved by the edit (a range inside the edited text shrinks to where the edit starts), and
 * dropped if its place no longer exists. Nothing when the current version can be read. Pure:
 * the server keeps the last readable version and calls this on each check.
 */
export function staleFindings(lastReadable: ReadableVersion | undefined, current: ParsedManual, locale: Locale): Finding[] {
  if (!lastReadable || !isUnreadable(current)) return [];
  const edit = changedRegion(lastReadable.text, current.text);
  const stale: Finding[] = [];
  for (const finding of lastReadable.findings) {
    const category = findRuleMeta(finding.ruleId)?.category;
    if (category !== 'criteria' && category !== 'coverage') continue;
    const start = edit.map(finding.offsets.start);
    const end = Math.max(start, edit.map(finding.offsets.end));
    if (end > current.text.length) continue;
    // Its fix and related places were computed on another text: a stale finding keeps neither.
    stale.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      messageId: finding.messageId,
      args: finding.args,
      message: `${finding.message}${STALE_SUFFIX[locale]}`,
      range: current.lines.rangeOf(start, end),
      offsets: { start, end },
      ...(finding.cites ? { cites: finding.cites } : {}),
      locale: finding.locale,
    });
  }
  return stale;
}

/** The one region where two texts differ (their common start and end set apart), as a map of offsets. */
function changedRegion(before: string, after: string): { map(offset: number): number } {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const beforeEnd = before.length - suffix;
  const shift = after.length - before.length;
  return {
    map: (offset) => (offset <= prefix ? offset : offset >= beforeEnd ? offset + shift : prefix),
  };
}
