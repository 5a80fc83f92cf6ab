import { RULE_IDS, type Finding } from '@cpskit/language-server';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { visible } from '@cpskit/core';
import { escapeAttribute, escapeContent, junit } from '../../src/format/junit.js';
import { SMALL, context, exampleReports, reportOf, unreadable, withFindings } from './helpers.js';

const ONLY = ['schema', 'unknown-competency'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

interface TestCase {
  classname: string;
  name: string;
  failure?: { '#text': string; message: string; type: string };
  'system-out'?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  testcase: TestCase[];
}

function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite?: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('gives one suite per manual and one case per rule, failing the rules that report errors', () => {
    const xml = junit([reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY }), unreadable('verrou.cps.yaml')], context());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cpskit" ')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites.tests).toBe(String(RULE_IDS.length + 1));
    expect(testsuites.failures).toBe('3');
    const [manual, locked] = testsuites.testsuite!;
    expect(manual).toMatchObject({ name: 'manuels/ateliers.cps.yaml', tests: String(RULE_IDS.length), failures: '2' });
    expect(manual!.testcase.map((testCase) => testCase.name)).toEqual([...RULE_IDS]);
    expect(manual!.testcase.every((testCase) => testCase.classname === 'manuels/ateliers.cps.yaml')).toBe(true);
    const unknown = manual!.testcase.find((testCase) => testCase.name === 'unknown-competency')!;
    expect(unknown.failure).toEqual({
      message: '1 error: "E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)?',
      type: 'error',
      '#text': '13:20 error "E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)? (1.2.3)',
    });
    expect(manual!.testcase.find((testCase) => testCase.name === 'yaml-syntax')!.failure).toBeUndefined();
    expect(locked).toMatchObject({ name: 'verrou.cps.yaml', tests: '1', failures: '1' });
    expect(locked!.testcase[0]).toMatchObject({ name: 'file-unreadable', failure: { '#text': '1:1 error The file cannot be read: EACCES.' } });
  });

  it('lists warnings and infos in the case’s output without failing it', () => {
    const weak = exampleReports().find((report) => report.displayPath.includes('weak/'))!;
    const { testsuites } = parse(junit([weak], context()));
    const cases = testsuites.testsuite![0]!.testcase;
    const intensity = cases.find((testCase) => testCase.name === 'intensity')!;
    expect(intensity.failure).toBeUndefined();
    expect(intensity['system-out']!.split('\n')).toHaveLength(2);
    expect(intensity['system-out']).toMatch(/^80:11 warning 5 of the 5 sessions/);
    expect(testsuites.testsuite![0]!.failures).toBe(String(new Set(weak.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).size));
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold, and keeps emoji', () => {
    const report = reportOf('a&b <"c">.cps.yaml', SMALL, { only: ONLY });
    const odd = 'Tom & "Jerry" <b>bold</b> \'quote\' 🌦️😀\u0007bell\u0000nul\ttab\nline two\r\nline three';
    const findings: Finding[] = report.findings.map((finding) => ({ ...finding, message: odd }));
    const xml = junit([withFindings(report, findings)], context());
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    const { testsuites } = parse(xml);
    const suite = testsuites.testsuite![0]!;
    expect(suite.name).toBe('a&b <"c">.cps.yaml');
    const failure = suite.testcase.find((testCase) => testCase.name === 'schema')!.failure!;
    const shown = odd.replace('\u0007', '\\u0007').replace('\u0000', '\\u0000');
    // The failure's summary is a message of cpskit's own: the finding's message enters it as an
    // argument, made visible on one line as every argument is; the content keeps it as data.
    expect(failure.message).toBe(`1 error: ${visible(odd)}`);
    expect(failure['#text']).toBe(`4:3 error ${shown}`);
  });

  it('escapes attributes and content as XML 1.0 asks', () => {
    expect(escapeAttribute('a<b>&"c"\'d\'\te\nf\rg')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#9;e&#10;f&#13;g');
    expect(escapeContent('a<b>&\te\nf\rg')).toBe('a&lt;b&gt;&amp;\te\nf&#13;g');
    expect(escapeContent('\u0001 \ud800 \udfff \ufffe 😀')).toBe('\\u0001 \\ud800 \\udfff \\ufffe 😀');
  });

  it('speaks French in its own words', () => {
    const xml = junit([reportOf('ateliers.cps.yaml', SMALL, { only: ONLY, locale: 'fr' })], context({ locale: 'fr' }));
    const failure = parse(xml).testsuites.testsuite![0]!.testcase.find((testCase) => testCase.name === 'schema')!.failure!;
    expect(failure.message).toMatch(/^1 erreur\u00a0: Clé inconnue/);
    expect(failure['#text']).toMatch(/^4:3 erreur Clé inconnue/);
  });

  it('is well-formed with no manuals', () => {
    expect(junit([], context())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cpskit" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});
