import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { artifactLocation, sarif } from '../../src/format/sarif.js';
import { SMALL, context, exampleFiles, exampleReports, reportOf, unreadable } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(text: string): void {
  const valid = validate(JSON.parse(text));
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema for every shipped example, alone and together', () => {
    const reports = exampleReports();
    expect(reports.length).toBe(exampleFiles().length);
    expect(reports.length).toBeGreaterThanOrEqual(6);
    for (const report of reports) expectValid(sarif([report], context()));
    expectValid(sarif(reports, context()));
    expectValid(sarif(exampleReports('fr'), context({ locale: 'fr' })));
  });

  it('is checked by a validator that does reject a wrong log', () => {
    const log = JSON.parse(sarif([reportOf('a.cps.yaml', SMALL)], context()));
    log.runs[0].results[0].level = 'info';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0/locations/0/physicalLocation/region/startLine']),
    );
  });

  it('validates with no findings, and with a file that could not be read', () => {
    expectValid(sarif([], context()));
    expectValid(sarif([unreadable('verrou.cps.yaml')], context()));
  });

  it('describes one run: the tool, the rules that appear, UTF-16 columns', () => {
    const log = JSON.parse(sarif(exampleReports(), context()));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({ name: 'cpskit', version: '1.2.3', informationUri: 'https://github.com/cpskit/cpskit' });
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(new Set(ruleIds)).toEqual(new Set(run.results.map((result: { ruleId: string }) => result.ruleId)));
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const intensity = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'intensity');
    expect(intensity).toMatchObject({
      name: 'Intensity',
      helpUri: 'https://github.com/cpskit/cpskit/blob/main/docs/rules/intensity.md',
      defaultConfiguration: { level: 'warning' },
      properties: { cites: { kind: 'modality', id: '1.2.4' } },
    });
    expect(intensity.shortDescription.text.length).toBeGreaterThan(10);
    expect(intensity.help.text).toContain('Criterion: 1.2.4 — ');
    expect(intensity.help.text).toContain('Santé publique France');
  });

  it('places each result with 1-based lines and columns, its related places and citation', () => {
    const log = JSON.parse(sarif([reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ['schema', 'unknown-competency'] })], context()));
    const unknown = log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'unknown-competency');
    expect(unknown).toMatchObject({
      level: 'error',
      message: { text: '"E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'manuels/ateliers.cps.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 13, startColumn: 20, endLine: 13, endColumn: 24 },
          },
        },
      ],
      properties: { cites: { kind: 'modality', id: '1.2.3' } },
    });
    const weak = JSON.parse(
      sarif(
        exampleReports().filter((report) => report.displayPath.includes('weak/')),
        context(),
      ),
    );
    const withRelated = weak.runs[0].results.find((result: { ruleId: string; relatedLocations?: unknown[] }) => result.ruleId === 'phase-order');
    expect(withRelated.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'examples/weak/atelier-emotions.cps.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 84, startColumn: 57, endLine: 84, endColumn: 70 },
        },
        message: { text: 'E1 is first worked here' },
      },
    ]);
  });

  it('uses the run’s language for the rules and says where a rule stands without a single criterion', () => {
    const log = JSON.parse(sarif([reportOf('ateliers.cps.yaml', SMALL, { only: ['schema', 'unknown-competency'], locale: 'fr' })], context({ locale: 'fr' })));
    const [schemaRule, unknownRule] = log.runs[0].tool.driver.rules;
    expect(log.runs[0].tool.driver.language).toBe('fr');
    expect(log.runs[0].tool.driver.properties).toEqual({
      referenceVersion: { id: 'spf-2025-phase1', label: 'SpF 2025, classification opérationnelle (phase 1 publiée en premier)' },
    });
    expect(schemaRule.help.text).toContain('ne s’appuie sur aucun critère');
    expect(unknownRule.help.text).toContain('Critère\u00a0: 1.2.3 — ');
  });

  it('turns paths into URI references', () => {
    expect(artifactLocation('manuels/été 2025/a#1.cps.yaml')).toEqual({ uri: 'manuels/%C3%A9t%C3%A9%202025/a%231.cps.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/manuels/a.cps.yaml')).toEqual({ uri: 'file:///srv/manuels/a.cps.yaml' });
    // A Linux file name can hold a lone surrogate, on which encodeURIComponent throws.
    expect(artifactLocation('manuels/\ud800x.cps.yaml')).toEqual({ uri: 'manuels/%EF%BF%BDx.cps.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('C:\\manuels\\a.cps.yaml')).toEqual({ uri: 'file:///C:/manuels/a.cps.yaml' });
  });

  it('gives the same bytes for two runs', () => {
    expect(sarif(exampleReports(), context())).toBe(sarif(exampleReports(), context()));
  });
});
