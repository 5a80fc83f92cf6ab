import type { Finding } from '@cpskit/language-server';
import { describe, expect, it } from 'vitest';
import { escapeCell, markdown } from '../../src/format/markdown.js';
import { SMALL, context, exampleReports, reportOf, unreadable, withFindings } from './helpers.js';

const ONLY = ['schema', 'unknown-competency'];
const clean = SMALL.replace('titel', 'title').replace('E1.3', 'E1.2');

/** The cells of a GFM table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('markdown', () => {
  it('gives a table of the manuals, then a collapsed section per manual with findings', () => {
    const reports = [reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY }), reportOf('manuels/propre.cps.yaml', clean, { only: ONLY })];
    const score = (index: number) => Math.round(reports[index]!.analysis!.criteria.score!);
    expect(markdown(reports, context())).toBe(
      [
        '### cpskit: CPS implementation manuals',
        '',
        '✖ 2 problems: 2 errors, 0 warnings, 0 info, in 1 of 2 manuals.',
        '',
        '| Manual | Errors | Warnings | Info | Criteria score |',
        '| --- | ---: | ---: | ---: | ---: |',
        `| \`manuels/ateliers.cps.yaml\` | 2 | 0 | 0 | ${score(0)}/100 (provisional: errors) |`,
        `| \`manuels/propre.cps.yaml\` | 0 | 0 | 0 | ${score(1)}/100 |`,
        '',
        '<details>',
        '<summary><code>manuels/ateliers.cps.yaml</code> — 2 findings</summary>',
        '',
        '| Line | Severity | Message | Rule |',
        '| ---: | --- | --- | --- |',
        '| 4:3 | ❌ error | Unknown key "titel" in "program". Did you mean "title"? | [schema](https://github.com/cpskit/cpskit/blob/main/docs/rules/schema.md) |',
        '| 13:20 | ❌ error | "E1.3" is not a competency of the SpF classification. Did you mean E1.2 (Identify one’s emotions)? | [unknown-competency](https://github.com/cpskit/cpskit/blob/main/docs/rules/unknown-competency.md) 1.2.3 |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('speaks French in its own words', () => {
    const out = markdown([reportOf('ateliers.cps.yaml', SMALL, { only: ONLY, locale: 'fr' }), unreadable('verrou.cps.yaml')], context({ locale: 'fr' }));
    expect(out).toContain('### cpskit\u00a0: manuels d’implantation CPS');
    expect(out).toContain('| Manuel | Erreurs | Avertissements | Infos | Score des critères |');
    expect(out).toContain('| `verrou.cps.yaml` | 1 | 0 | 0 | non lu |');
    expect(out).toContain('— 2 constats</summary>');
    expect(out).toContain('| 4:3 | ❌ erreur | Clé inconnue');
  });

  it('escapes pipes and Markdown in cells so that every row keeps its four cells, on one line', () => {
    const report = reportOf('a|b.cps.yaml', SMALL, { only: ['schema'] });
    const finding: Finding = { ...report.findings[0]!, message: 'a | b \\| c *not bold* [not](a link) <script>&amp;\nnext line' };
    const out = markdown([withFindings(report, [finding])], context());
    const row = out.split('\n').find((line) => line.startsWith('| 4:3 '))!;
    expect(cells(row)).toEqual([
      '4:3',
      '❌ error',
      'a \\| b \\\\\\| c \\*not bold\\* \\[not\\](a link) \\<script\\>\\&amp;␊next line',
      '[schema](https://github.com/cpskit/cpskit/blob/main/docs/rules/schema.md)',
    ]);
    expect(out).toContain('| `a\\|b.cps.yaml` | 1 |');
    expect(out).toContain('<summary><code>a|b.cps.yaml</code>');
    expect(escapeCell('x|y')).toBe('x\\|y');
  });

  it('lets a manual mention, reference, link, show an image or send control characters in none of its cells', () => {
    const report = reportOf('``a`b|c.cps.yaml', SMALL, { only: ['schema'] });
    const said =
      '@octocat @org/team #123 GH-4 https://evil.example www.evil.example a@evil.example <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![](http://tracker.example/p.png) a|b `tick` \u0000 \u001b[31m \u202e';
    const finding: Finding = { ...report.findings[0]!, message: said };
    const out = markdown([withFindings(report, [finding])], context());
    const row = out.split('\n').find((line) => line.startsWith('| 4:3 '))!;
    expect(cells(row)[2]).toBe(
      '@\u200boctocat @\u200borg/team \\#\u200b123 GH-\u200b4 https:\u200b//evil.example www\u200b.evil.example a@\u200bevil.example \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) \\!\\[\\](http:\u200b//tracker.example/p.png) a\\|b \\`tick\\` ␀ ␛\\[31m �',
    );
    // The path: a code span fenced longer than its backticks, its pipe escaped for the table.
    expect(out).toContain('| ``` ``a`b\\|c.cps.yaml ``` | 1 |');
    expect(out).toContain('<summary><code>``a`b|c.cps.yaml</code>');
  });

  it('has a well-formed table and a balanced section for each of the shipped examples', () => {
    const reports = exampleReports();
    const out = markdown(reports, context());
    const lines = out.split('\n');
    const manualRows = lines.filter((line) => line.startsWith('| `examples/'));
    expect(manualRows).toHaveLength(reports.length);
    for (const row of manualRows) expect(cells(row)).toHaveLength(5);
    const withFindingsCount = reports.filter((report) => report.findings.length > 0).length;
    expect(lines.filter((line) => line === '<details>')).toHaveLength(withFindingsCount);
    expect(lines.filter((line) => line === '</details>')).toHaveLength(withFindingsCount);
    const findingRows = lines.filter((line) => /^\| \d+:\d+ \|/.test(line));
    expect(findingRows).toHaveLength(reports.reduce((sum, report) => sum + report.findings.length, 0));
    for (const row of findingRows) expect(cells(row)).toHaveLength(4);
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([reportOf('propre.cps.yaml', clean, { only: ONLY })], context())).toBe(
      '### cpskit: CPS implementation manuals\n\n✔ 1 manual checked, no problems.\n\n| Manual | Errors | Warnings | Info | Criteria score |\n| --- | ---: | ---: | ---: | ---: |\n| `propre.cps.yaml` | 0 | 0 | 0 | ' +
        `${Math.round(reportOf('propre.cps.yaml', clean, { only: ONLY }).analysis!.criteria.score!)}/100 |\n`,
    );
  });
});
