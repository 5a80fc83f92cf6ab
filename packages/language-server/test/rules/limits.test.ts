import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, validateText } from '../../src/index.js';
import { MAX_MANUAL_BYTES } from '../../src/service/limits.js';
import rule from '../../src/service/rules/limits.js';
import { checkCases, recordProduced } from '../rule-tester.js';

/** Nine anchors, each a list of nine aliases to the one before: 9^10 values once expanded. */
function aliasBomb(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) {
    const previous = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    levels.push(`${next}: &${next} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `«${levels[0]}»\n${levels.slice(1).join('\n')}\n`;
}

describe('limits', () => {
  it('says once where a manual passes what cpskit reads', () => {
    checkCases(rule, [
      { name: 'a manual of ordinary size and depth', text: 'version: 1\nprogram: { title: Essai }\nactivities: [{ id: a }]\n', findings: [] },
      {
        name: 'a file over the size limit, at its start',
        text: `«»version: 1\n${'# commentaire\n'.repeat(MAX_MANUAL_BYTES / 14 + 1)}`,
        findings: [{ messageId: 'too-large', args: { limit: '1 MB' }, says: 'Split it into several manuals' }],
      },
      {
        name: 'a file over the size limit, in French',
        text: `«»${'é'.repeat(MAX_MANUAL_BYTES / 2 + 1)}`,
        locale: 'fr',
        findings: [{ messageId: 'too-large', args: { limit: '1\u00a0Mo' }, says: 'Découpez-le en plusieurs manuels' }],
      },
      {
        name: 'indentation 300 levels deep, at the first line too deep',
        text: `${Array.from({ length: 200 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')}\n«${' '.repeat(200)}k:»\n`,
        findings: [{ messageId: 'too-deep', args: { limit: '200' } }],
      },
      {
        name: 'a flat list that YAML reads ever deeper after a misplaced line, from the line where it passes the limit',
        text: `version: 1\nactivities:\n x: y\n${'  - x: y\n'.repeat(197)}«  - x: y»\n${'  - x: y\n'.repeat(500)}`,
        findings: [{ messageId: 'rest-unread', args: { limit: '200' }, says: 'syntax error above' }],
      },
      {
        name: 'aliases that expand past the limit, on the first line',
        text: aliasBomb(),
        findings: [{ messageId: 'alias-expansion', args: { limit: '1,000,000' } }],
      },
    ]);
  });

  it('counts, in one last finding, those past the limit of findings shown', () => {
    const codes = Array.from({ length: MAX_FINDINGS + 5 }, (_, i) => `Z${i}`).join(', ');
    const text = `version: 1\nprogram: { title: Essai }\nactivities:\n  - id: a\n    competencies: [${codes}]\n`;
    const last = validateText(text).findings.at(-1)!;
    expect(last).toMatchObject({ ruleId: 'limits', messageId: 'more-findings' });
    expect(last.message).toMatch(/^\d+ more findings are not shown/);
    recordProduced('limits', last.messageId);
  });
});
