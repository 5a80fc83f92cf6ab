import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import type { Locale, MessageArgs } from '@cpskit/core';
import { buildModel, computeCoverage, messageIdsIn, parseManual, type Finding, type ModalityAssessment, type ModalityStatus, type Rule } from '../src/index.js';
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
  /** Options of the rule for this case, over its defaults. */
  readonly options?: object;
  /** The status the rule must give each modality it assesses. */
  readonly assess?: Readonly<Record<string, ModalityStatus>>;
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

/** Runs one rule alone over a text, as ESLint's RuleTester does: its findings and its assessments. */
export function runRuleFully(rule: Rule<string, any>, text: string, locale: Locale = 'en', options: object = {}): { findings: Finding[]; assessments: ModalityAssessment[] } {
  const parsed = parseManual(text);
  const model = buildModel(parsed.root);
  const findings: Finding[] = [];
  const assessments: ModalityAssessment[] = [];
  const report = createReporter(rule.meta, rule.meta.severity, locale, parsed.lines, findings);
  rule.check({
    parsed,
    model,
    coverage: computeCoverage(model),
    locale,
    options: { ...(rule.meta.options?.defaults ?? {}), ...options },
    report,
    assess: (modality, status, evidence) => assessments.push({ modality, status, ruleId: rule.meta.id, ...(evidence ? { evidence } : {}) }),
  });
  findings.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
  return { findings, assessments };
}

export function runRule(rule: Rule<string, any>, text: string, locale: Locale = 'en', options: object = {}): Finding[] {
  return runRuleFully(rule, text, locale, options).findings;
}

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));

/** The message ids a rule's docs page lists in its generated header (`- Messages: \`none\`, \`few\``). */
export function documentedMessageIds(ruleId: string): string[] {
  const page = `${DOCS}${ruleId}.md`;
  return existsSync(page) ? messageIdsIn(readFileSync(page, 'utf8')) : [];
}

/**
 * Every message id documented on the rule's docs page is produced by at least one case of its
 * table, so that no documented message goes untested (and none is left in the docs once gone).
 */
export function expectDocumentedMessagesProduced(ruleId: string, produced: Iterable<string>): void {
  const seen = new Set(produced);
  const untested = documentedMessageIds(ruleId).filter((id) => !seen.has(id));
  expect(untested, `${ruleId}: message ids listed in docs/rules/${ruleId}.md that no case of its table produces`).toEqual([]);
}

/** The message ids each rule's tables produced in this test file, over all its checkCases calls. */
const producedInFile = new Map<string, Set<string>>();

/**
 * Records a message id that a test of the file produced outside a rule's table: one the service
 * reports on a rule's behalf (the finding collector's `more-findings`, for instance).
 */
export function recordProduced(ruleId: string, messageId: string): void {
  producedInFile.set(ruleId, (producedInFile.get(ruleId) ?? new Set<string>()).add(messageId));
}

/** Whether every test of the file ran: with `-t` or `.only`, the tables are incomplete and are not judged whole. */
function allRan(task: Readonly<{ mode?: string; tasks?: readonly unknown[] }>): boolean {
  if (task.mode === 'skip' || task.mode === 'todo') return false;
  return (task.tasks ?? []).every((child) => allRan(child as { mode?: string; tasks?: readonly unknown[] }));
}

// Registered on the file that imports this module: once its tests have run, each rule's
// tables, split over several `it`s or not, must have produced every documented message id.
afterAll(({}, file) => {
  if (!allRan(file)) return;
  for (const [ruleId, ids] of producedInFile) expectDocumentedMessagesProduced(ruleId, ids);
});

/**
 * Checks a rule against its table of cases: each finding's message id, arguments and exact
 * range. The tables a file checks for a rule must, together, produce every message id the
 * rule's docs page lists (checked once the file's tests have run).
 */
export function checkCases(rule: Rule<string, any>, cases: readonly RuleCase[]): void {
  if (!cases.some((entry) => entry.findings.length === 0)) throw new Error(`${rule.meta.id}: the table needs a passing case`);
  if (!cases.some((entry) => entry.findings.length > 0)) throw new Error(`${rule.meta.id}: the table needs a failing case`);
  for (const entry of cases) {
    const { text, ranges } = unmark(entry.text);
    const { findings, assessments } = runRuleFully(rule, text, entry.locale, entry.options);
    if (entry.assess) {
      const statuses = Object.fromEntries(assessments.map((assessment) => [assessment.modality, assessment.status]));
      expect(statuses, `${entry.name}: modality statuses`).toEqual(entry.assess);
    }
    const got = findings.map((finding) => ({ messageId: finding.messageId, start: finding.offsets.start, end: finding.offsets.end }));
    const want = entry.findings.map((expected, i) => ({ messageId: expected.messageId, start: ranges[i]?.start, end: ranges[i]?.end }));
    expect(got, `${entry.name}: findings`).toEqual(want);
    entry.findings.forEach((expected, i) => {
      const finding = findings[i]!;
      if (expected.args) expect(finding.args, `${entry.name}: args`).toMatchObject(expected.args);
      if (expected.says) expect(finding.message, `${entry.name}: message`).toContain(expected.says);
      expect(finding.message, `${entry.name}: no placeholder left`).not.toMatch(/\{\w+(\|[^}]*)?\}/);
      expect(Object.keys(rule.meta.messages), `${entry.name}: message id declared`).toContain(finding.messageId);
      expect(finding.ruleId).toBe(rule.meta.id);
    });
  }
  const produced = producedInFile.get(rule.meta.id) ?? new Set<string>();
  for (const entry of cases) for (const expected of entry.findings) produced.add(expected.messageId);
  producedInFile.set(rule.meta.id, produced);
}
