import { expect } from 'vitest';
import type { Locale, MessageArgs } from '@cpskit/core';
import { buildModel, parseManual, type Finding, type Rule } from '../src/index.js';
import { createReporter } from '../src/service/rules/reporter.js';

/** Marks the range a finding must cover: `«E1.3»`. */
const OPEN = '«';
const CLOSE = '»';

export interface Expected {
  readonly messageId: string;
  readonly args?: MessageArgs;
  /** Text the rendered message contains, in the case's locale. */
  readonly says?: string;
}

export interface RuleCase {
  readonly name: string;
  /** The manual, with «» around each range a finding must cover, in document order. */
  readonly text: string;
  readonly findings: readonly Expected[];
  readonly locale?: Locale;
}

/** Strips the markers, returning the text and the marked ranges as offsets. */
export function unmark(marked: string): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  let text = '';
  const open: number[] = [];
  for (const char of marked) {
    if (char === OPEN) open.push(text.length);
    else if (char === CLOSE) ranges.push({ start: open.pop()!, end: text.length });
    else text += char;
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, ranges };
}

/** Runs one rule alone over a text, as ESLint's RuleTester does. */
export function runRule(rule: Rule, text: string, locale: Locale = 'en'): Finding[] {
  const parsed = parseManual(text);
  const findings: Finding[] = [];
  const report = createReporter(rule.meta, rule.meta.severity, locale, parsed.lines, findings);
  rule.check({ parsed, model: buildModel(parsed.root), locale, report });
  return findings.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
}

/** Checks a rule against its table of cases: each finding's message id, arguments and exact range. */
export function checkCases(rule: Rule, cases: readonly RuleCase[]): void {
  if (!cases.some((entry) => entry.findings.length === 0)) throw new Error(`${rule.meta.id}: the table needs a passing case`);
  if (!cases.some((entry) => entry.findings.length > 0)) throw new Error(`${rule.meta.id}: the table needs a failing case`);
  for (const entry of cases) {
    const { text, ranges } = unmark(entry.text);
    const findings = runRule(rule, text, entry.locale);
    const got = findings.map((finding) => ({ messageId: finding.messageId, start: finding.offsets.start, end: finding.offsets.end }));
    const want = entry.findings.map((expected, i) => ({ messageId: expected.messageId, start: ranges[i]?.start, end: ranges[i]?.end }));
    expect(got, `${entry.name}: findings`).toEqual(want);
    entry.findings.forEach((expected, i) => {
      const finding = findings[i]!;
      if (expected.args) expect(finding.args, `${entry.name}: args`).toMatchObject(expected.args);
      if (expected.says) expect(finding.message, `${entry.name}: message`).toContain(expected.says);
      expect(finding.message, `${entry.name}: no placeholder left`).not.toMatch(/\{\w+\}/);
      expect(finding.ruleId).toBe(rule.meta.id);
    });
  }
}
