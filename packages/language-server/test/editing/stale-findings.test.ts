import { describe, expect, it } from 'vitest';
import { staleFindings } from '../../src/service/editing/stale-findings.js';
import { parseManual } from '../../src/service/parse/parse-manual.js';
import { validateText } from '../../src/service/validate.js';

const READABLE = `version: 1
program:
  id: p
  title: Un programme
  ages: { min: 8, max: 11 }
  settings: [primary-school]
  duration: { years: 1 }
  evidence: { kind: evidence-informed }
materials:
  facilitator_guide: Guide
activities:
  - { id: a, title: A, kind: workshop, competencies: [E1.2], duration: 45min }
sessions:
  - { id: s1, year: 1, activities: [a] }
`;

const criteriaOf = (text: string) => validateText(text, { locale: 'fr' }).findings.filter((finding) => finding.ruleId === 'materials');

describe('staleFindings', () => {
  const last = { text: READABLE, findings: validateText(READABLE, { locale: 'fr' }).findings };

  it('keeps the criteria and coverage findings of the last readable version while the text cannot be read, marked as such', () => {
    const broken = READABLE.replace('title: Un programme', 'title: "Un programme');
    expect(criteriaOf(broken)).toEqual([]);
    const stale = staleFindings(last, parseManual(broken), 'fr');
    const booklet = stale.find((finding) => finding.ruleId === 'materials')!;
    expect(booklet.message).toMatch(/\(dernière version lisible\)$/);
    expect(booklet.fix).toBeUndefined();
    // Below the edit, the place moved with the text: still the `materials` key.
    expect(broken.slice(booklet.offsets.start, booklet.offsets.end)).toBe('materials');
    expect(booklet.range.start.line).toBe(8);
    // Only criteria and coverage findings: the syntax and shape are the current text's to say.
    expect(stale.every((finding) => finding.ruleId !== 'yaml-syntax' && finding.ruleId !== 'schema')).toBe(true);
  });

  it('moves ranges by lines added above, and shrinks one inside the edited text to where the edit starts', () => {
    const broken = `# note\n# autre\n${READABLE}`.replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-informed');
    const booklet = staleFindings(last, parseManual(broken), 'en').find((finding) => finding.ruleId === 'materials')!;
    expect(booklet.message).toMatch(/\(last readable version\)$/);
    expect(booklet.range.start.line).toBe(10);
    const gone = READABLE.slice(0, READABLE.indexOf('materials')) + '"';
    for (const finding of staleFindings(last, parseManual(gone), 'en')) expect(finding.offsets.end).toBeLessThanOrEqual(gone.length);
  });

  it('gives nothing once the text can be read, or with no readable version yet', () => {
    expect(staleFindings(last, parseManual(READABLE.replace('Guide', 'Le guide')), 'fr')).toEqual([]);
    expect(staleFindings(undefined, parseManual('a: "'), 'fr')).toEqual([]);
  });
});
