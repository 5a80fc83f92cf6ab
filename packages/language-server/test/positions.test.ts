import { describe, expect, it } from 'vitest';
import { LineIndex, findRuleMeta, validateText } from '../src/index.js';

const place = (text: string) =>
  validateText(text)
    .findings.filter((finding) => ['syntax', 'structure'].includes(findRuleMeta(finding.ruleId)?.category ?? ''))
    .map((finding) => ({
      rule: finding.ruleId,
      from: [finding.range.start.line, finding.range.start.character],
      to: [finding.range.end.line, finding.range.end.character],
    }));

const base = (activity: string) =>
  [
    'version: 1',
    'program:',
    '  id: essai',
    '  title: Un essai',
    '  ages: { min: 8, max: 11 }',
    '  settings: [primary-school]',
    '  duration: { years: 2 }',
    '  evidence: { kind: evidence-informed }',
    'activities:',
    activity,
  ].join('\n');

describe('positions', () => {
  it('count columns in UTF-16 code units, as LSP does, past accents and emoji', () => {
    const text = base('  - { id: a1, title: "Émotions 😀 et météo", kind: ritual, competencies: [E1.3] }');
    const line = text.split('\n')[9]!;
    const column = line.indexOf('E1.3');
    // "😀" is two UTF-16 units: a count of characters (code points) would be one short.
    expect([...line.slice(0, column)].length).toBe(column - 1);
    expect(column).toBe(74);
    expect(place(text)).toEqual([{ rule: 'unknown-competency', from: [9, 74], to: [9, 78] }]);
  });

  it('are the same with Windows line endings and a byte-order mark', () => {
    const unix = base('  - id: a1\n    title: Météo\n    kind: ritual\n    competencies: [E1.3]');
    const windows = `\uFEFF${unix.replace(/\n/g, '\r\n')}`;
    expect(place(windows)).toEqual(place(unix).map((entry) => entry));
    expect(place(unix)).toEqual([{ rule: 'unknown-competency', from: [12, 19], to: [12, 23] }]);
  });

  it('are not moved by comments', () => {
    const text = base('  # une activité courte\n  - id: a1 # rituel du matin\n    # les codes\n    title: Météo\n    kind: ritual\n    competencies: [E1.3] # à vérifier');
    expect(place(text)).toEqual([{ rule: 'unknown-competency', from: [14, 19], to: [14, 23] }]);
  });

  it('go back and forth between offsets and positions', () => {
    const index = new LineIndex('ab\r\ncd\ref\n');
    expect(index.lineCount).toBe(4);
    expect(index.positionAt(5)).toEqual({ line: 1, character: 1 });
    expect(index.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(index.offsetAt({ line: 2, character: 1 })).toBe(8);
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(index.lineText(1)).toBe('cd');
  });
});
