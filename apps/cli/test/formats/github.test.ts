import type { Finding } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
import { SMALL, context, exampleReports, reportOf, unreadable, withFindings } from './helpers.js';

const ONLY = ['schema', 'unknown-competency'];

describe('github', () => {
  it('writes one workflow command per finding, with its place and rule', () => {
    expect(github([reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY }), unreadable('verrou.cps.yaml')], context())).toBe(
      [
        '::error file=manuels/ateliers.cps.yaml,line=4,col=3,endLine=4,endColumn=8,title=schema::Unknown key "titel" in "program". Did you mean "title"?',
        '::error file=manuels/ateliers.cps.yaml,line=13,col=20,endLine=13,endColumn=24,title=unknown-competency::"E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)?',
        '::error file=verrou.cps.yaml,line=1,col=1,endLine=1,endColumn=1,title=file-unreadable::The file cannot be read: EACCES.',
        '',
      ].join('\n'),
    );
  });

  it('uses warning for warnings and notice for infos', () => {
    const out = github(exampleReports(), context());
    const lines = out.trimEnd().split('\n');
    const findings = exampleReports().flatMap((report) => report.findings);
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, index) => {
      expect(line.startsWith(`::${{ error: 'error', warning: 'warning', info: 'notice' }[findings[index]!.severity]} file=examples/`)).toBe(true);
      expect(line).toMatch(/^::\w+ file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/);
    });
  });

  it('escapes properties and messages as the Actions runner reads them', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir,1/a:b%\n.cps.yaml')).toBe('dir%2C1/a%3Ab%25%0A.cps.yaml');
    const report = reportOf('été, 2025/a:b.cps.yaml', SMALL, { only: ['schema'] });
    const finding: Finding = { ...report.findings[0]!, message: '50% of "x"\nsecond line :: not a command' };
    expect(github([withFindings(report, [finding])], context())).toBe(
      '::error file=été%2C 2025/a%3Ab.cps.yaml,line=4,col=3,endLine=4,endColumn=8,title=schema::50%25 of "x"%0Asecond line :: not a command\n',
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(github([reportOf('propre.cps.yaml', SMALL.replace('titel', 'title').replace('E1.3', 'E1.2'), { only: ONLY })], context())).toBe('');
  });
});
