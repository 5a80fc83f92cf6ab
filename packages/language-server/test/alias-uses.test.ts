import { describe, expect, it } from 'vitest';
import { validateText, type Finding } from '../src/index.js';
import { mergeFindings } from '../src/service/alias-uses.js';

const head = [
  'version: 1',
  'program:',
  '  id: essai',
  '  title: Un essai',
  '  ages: { min: 8, max: 11 }',
  '  settings: [primary-school]',
  '  duration: { years: 2 }',
  '  evidence: { kind: evidence-informed }',
  'activities:',
].join('\n');

/** Four activities: the first anchors `what` under `key`, the three others reuse it through `*shared`. */
function reused(key: string, what: string): string {
  const activity = (id: string, value: string) => `  - id: ${id}\n    title: Activité ${id}\n    kind: workshop\n    ${key}: ${value}\n`;
  return `${head}\n${activity('a1', `&shared ${what}`)}${activity('a2', '*shared')}${activity('a3', '*shared')}${activity('a4', '*shared')}`;
}

const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length - 1;

describe('one finding per mistake, through aliases', () => {
  it('reports a wrong code inside an anchor once, with each of the three alias uses as a related place', () => {
    const text = reused('competencies', '[E1.2, X9.9]');
    const findings = validateText(text).findings.filter((finding) => finding.ruleId === 'unknown-competency');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.range.start.line).toBe(lineOf(text, 'X9.9'));
    const uses = finding!.related!.filter((place) => place.message.startsWith('used here through alias'));
    expect(uses.map((place) => [place.range.start.line, place.message])).toEqual([
      [lineOf(text, '*shared'), 'used here through alias *shared'],
      [lineOf(text, '*shared', text.indexOf('*shared') + 1), 'used here through alias *shared'],
      [lineOf(text, '*shared', text.lastIndexOf('*shared')), 'used here through alias *shared'],
    ]);
  });

  it('does the same for a value the schema refuses, in French', () => {
    const text = reused('pedagogy', '[active, ludique]');
    const findings = validateText(text, { locale: 'fr' }).findings.filter((finding) => finding.ruleId === 'schema');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.related?.map((place) => place.message)).toEqual(Array(3).fill('utilisé ici par l’alias *shared'));
  });

  it('adds nothing to a finding outside any reused anchor', () => {
    const text = `${head}\n  - id: a1\n    title: A\n    kind: workshop\n    competencies: [X9.9]\n    pedagogy: &p [active]\n  - id: a2\n    title: B\n    kind: workshop\n    pedagogy: *p\n`;
    const [finding] = validateText(text).findings.filter((entry) => entry.ruleId === 'unknown-competency');
    expect(finding?.related ?? []).toEqual([]);
  });

  it('merges findings identical in rule, message, place and text, and keeps those that differ in any', () => {
    const base: Finding = {
      ruleId: 'schema',
      severity: 'error',
      messageId: 'bad-value',
      args: {},
      message: 'wrong',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
      offsets: { start: 10, end: 14 },
      locale: 'en',
    };
    const related = { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } }, message: 'first defined here' };
    const merged = mergeFindings([base, { ...base, related: [related] }, { ...base, message: 'other' }, { ...base, offsets: { start: 10, end: 15 } }, base]);
    expect(merged).toHaveLength(3);
    expect(merged[0]!.related).toEqual([related]);
  });
});
