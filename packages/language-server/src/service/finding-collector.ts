import type { Locale } from '@cpskit/core';
import { compareFindings, type Finding, type Severity } from './finding.js';
import { MAX_FINDINGS } from './limits.js';
import limitsRule, { formatCount } from './rules/limits.js';
import { createReporter } from './rules/reporter.js';
import type { Suppressions } from './suppression.js';
import type { LineIndex } from './text/line-index.js';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * Gathers a manual's findings as the rules report them: a finding silenced by a comment, or past
 * MAX_FINDINGS for its rule, is turned away before it is built (and counted); at the end, the
 * first MAX_FINDINGS in document order are kept, and one more finding says how many are not shown.
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  /** The rules that reached the limit: some of their findings were never built. */
  readonly limitedRules = new Set<string>();
  private hidden = 0;
  private hiddenSeverity: Severity = 'info';
  private firstHidden = Number.POSITIVE_INFINITY;

  constructor(
    private readonly lines: LineIndex,
    readonly suppressions: Suppressions,
  ) {}

  /** The gate of one rule's reports: whether a report starting at an offset is to be built. */
  gate(ruleId: string, severity: Severity, suppressible = true): (start: number) => boolean {
    let kept = 0;
    return (start) => {
      if (suppressible && this.suppressions.silences(ruleId, this.lines.positionAt(start).line)) return false;
      if (kept < MAX_FINDINGS) {
        kept++;
        return true;
      }
      this.limitedRules.add(ruleId);
      this.hide(severity, start);
      return false;
    };
  }

  private hide(severity: Severity, start: number): void {
    this.hidden++;
    if (SEVERITY_RANK[severity] > SEVERITY_RANK[this.hiddenSeverity]) this.hiddenSeverity = severity;
    if (start < this.firstHidden) this.firstHidden = start;
  }

  /**
   * The findings in document order, at most MAX_FINDINGS, then (unless `summary` is false) the
   * one that counts the others. It has the severity of the gravest finding not shown, so that
   * counts and exit codes keep their meaning, and it comes last.
   */
  finish(locale: Locale, summary: boolean): Finding[] {
    const sorted = this.findings.sort(compareFindings);
    if (sorted.length > MAX_FINDINGS) {
      for (let i = MAX_FINDINGS; i < sorted.length; i++) this.hide(sorted[i]!.severity, sorted[i]!.offsets.start);
      sorted.length = MAX_FINDINGS;
    }
    if (this.hidden === 0 || !summary) return sorted;
    const at = Math.max(this.firstHidden, sorted[sorted.length - 1]?.offsets.start ?? 0);
    const report = createReporter(limitsRule.meta, this.hiddenSeverity, locale, this.lines, sorted);
    report({ messageId: 'more-findings', args: { count: this.hidden, number: formatCount(this.hidden, locale), limit: formatCount(MAX_FINDINGS, locale) }, start: at, end: at });
    return sorted;
  }
}

/** Whether a finding is the one that counts the findings not shown. */
export function isFindingsSummary(finding: Finding): boolean {
  return finding.ruleId === limitsRule.meta.id && finding.messageId === 'more-findings';
}
