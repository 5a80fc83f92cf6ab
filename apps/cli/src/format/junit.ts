import { localize, message, type Locale } from '@cpskit/core';
import { RULE_METAS, citationTag, type Finding } from '@cpskit/language-server';
import type { FileReport, Formatter } from './types.js';

const WORDS = {
  failure: { en: '{count} {count|error|errors}: {first}', fr: '{count} {count|erreur|erreurs} : {first}' },
} as const;

const MARKUP = /[&<>"']/;
// What XML 1.0 cannot hold at all, even as a reference: most C0 controls, U+FFFE, U+FFFF and lone surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// What XML holds but a terminal showing the report would act on: DEL and C1 controls, line and
// paragraph separators, bidirectional controls; written as character references.
const ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ATTRIBUTE = new RegExp(`${MARKUP.source}|[\\t\\n\\r]|${FORBIDDEN.source}|${ACTIVE.source}`, 'g');
const CONTENT = new RegExp(`${MARKUP.source}|\\r|${FORBIDDEN.source}|${ACTIVE.source}`, 'g');
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function replace(char: string): string {
  if (ENTITIES[char]) return ENTITIES[char];
  if (ACTIVE.test(char)) return `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text for an XML 1.0 attribute value: markup characters as entities, tabs and line breaks
 * as character references (so that they survive attribute-value normalisation), characters
 * that would act on a terminal showing the report as character references, and what XML cannot
 * hold at all written out as `\uXXXX`.
 */
export function escapeAttribute(text: string): string {
  return text.replace(ATTRIBUTE, replace);
}

/** Text for XML 1.0 element content: the same, keeping tabs and line feeds as they are. */
export function escapeContent(text: string): string {
  return text.replace(CONTENT, replace);
}

/** The rules a manual was checked with: all of them when it could be read, and any other check that reported. */
function rulesOf(report: FileReport): string[] {
  const ids = report.text !== undefined || report.analysis !== undefined ? [...(report.rules ?? RULE_METAS.map((meta) => meta.id))] : [];
  for (const finding of report.findings) if (!ids.includes(finding.ruleId)) ids.push(finding.ruleId);
  return ids;
}

function describe(finding: Finding, locale: Locale): string {
  const cites = finding.cites ? ` (${citationTag(finding.cites, locale)})` : '';
  return `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${message(`severity.${finding.severity}`, locale)} ${finding.message}${cites}`;
}

/**
 * `--format junit`: JUnit XML for CI test reports. One test suite per manual (its path),
 * one test case per rule it was checked with. A rule fails on a manual when it reports an
 * error there: the `<failure>` lists those findings, one per line as `line:column severity
 * message (citation)`. Warnings and infos do not fail a test case (as `cps check` does not
 * fail on them by default); they are listed in the test case's `<system-out>`.
 */
export const junit: Formatter = (reports, context) => {
  const { locale } = context;
  const suites: string[] = [];
  let allTests = 0;
  let allFailures = 0;
  for (const report of reports) {
    const rules = rulesOf(report);
    const cases: string[] = [];
    let failures = 0;
    for (const ruleId of rules) {
      const own = report.findings.filter((finding) => finding.ruleId === ruleId);
      const errors = own.filter((finding) => finding.severity === 'error');
      const others = own.filter((finding) => finding.severity !== 'error');
      const open = `    <testcase classname="${escapeAttribute(report.displayPath)}" name="${escapeAttribute(ruleId)}"`;
      if (own.length === 0) {
        cases.push(`${open}/>`);
        continue;
      }
      const body: string[] = [];
      if (errors.length > 0) {
        failures++;
        const summary = localize(WORDS.failure, locale, { count: errors.length, first: errors[0]!.message });
        body.push(`      <failure message="${escapeAttribute(summary)}" type="error">${escapeContent(errors.map((finding) => describe(finding, locale)).join('\n'))}</failure>`);
      }
      if (others.length > 0) body.push(`      <system-out>${escapeContent(others.map((finding) => describe(finding, locale)).join('\n'))}</system-out>`);
      cases.push(`${open}>`);
      for (const line of body) cases.push(line);
      cases.push('    </testcase>');
    }
    allTests += rules.length;
    allFailures += failures;
    suites.push(`  <testsuite name="${escapeAttribute(report.displayPath)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">`);
    for (const line of cases) suites.push(line);
    suites.push('  </testsuite>');
  }
  const document = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="cpskit" tests="${allTests}" failures="${allFailures}" errors="0">`]
    .concat(suites, ['</testsuites>', ''])
    .join('\n');
  // `##[` starts a workflow command anywhere in a line of a CI log: `&#35;` is the same `#` to XML.
  return document.replace(/##\[/g, '#&#35;[');
};
