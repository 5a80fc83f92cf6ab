import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_NODES, MAX_MANUAL_BYTES, findRuleMeta, validateText as validateAll } from '../src/index.js';

/** The findings about the text and its shape; the criteria rules have tests of their own. */
function validateText(text: string) {
  const result = validateAll(text);
  return { ...result, findings: result.findings.filter((finding) => ['syntax', 'structure'].includes(findRuleMeta(finding.ruleId)?.category ?? '')) };
}

const rules = (text: string) => [...new Set(validateText(text).findings.map((finding) => `${finding.ruleId}/${finding.messageId}`))];

/** A realistic manual of about `activities` activities, for size tests. */
function bigManual(activities: number): string {
  const lines = [
    'version: 1',
    'program:',
    '  id: grand',
    '  title: Un grand manuel',
    '  ages: { min: 6, max: 11 }',
    '  settings: [primary-school]',
    '  duration: { years: 5 }',
    '  evidence: { kind: evidence-informed }',
    'activities:',
  ];
  for (let i = 0; i < activities; i++) {
    lines.push(
      `  - id: activite-${i}`,
      `    title: "Activité n°${i} : reconnaître et nommer ses émotions au quotidien"`,
      '    kind: workshop',
      '    competencies: [E1.1, E1.2, S1.2]',
      '    duration: 55min',
      '    pedagogy: [active, experiential]',
      '    description: >-',
      '      Les enfants observent des images, nomment les émotions ressenties par les personnages',
      '      puis partagent une situation vécue, dans un cadre bienveillant posé par l’animateur.',
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('the service never throws and always answers', () => {
  it('on an empty file', () => {
    expect(rules('')).toEqual(['schema/empty-document']);
    expect(rules('\n\n# rien\n')).toEqual(['schema/empty-document']);
  });

  it('on binary bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('utf8');
    const findings = validateText(bytes).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.range.start.line >= 0)).toBe(true);
  });

  it('on a NUL-filled file', () => {
    expect(validateText('\u0000'.repeat(1000)).findings.length).toBeGreaterThan(0);
  });

  it('on an alias bomb, without expanding it', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const findings = validateText(levels.join('\n')).findings;
    expect(findings.map((finding) => finding.messageId)).toContain('alias-expansion');
    expect(findings.find((finding) => finding.messageId === 'alias-expansion')?.message).toContain(MAX_EXPANDED_NODES.toLocaleString('en-GB'));
  });

  it('on thousands of levels of nesting, flow, block and compact, again and again in one process', () => {
    const flow = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    // Indented blocks of 1,000 levels: deeper ones are over the size limit.
    const block = Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}- `).join('\n');
    const maps = Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    const compact = `${'- '.repeat(10_000)}x`;
    // Twice each: a deep text must not leave the process unable to parse the next one.
    for (const text of [flow, block, maps, compact, flow, block, maps, compact]) {
      expect(rules(text)).toEqual(['limits/too-deep']);
    }
    expect(rules('version: 1\nprogram: []\nactivities: []\n')).not.toContain('limits/too-deep');
  });

  it('on nesting just under the limit', () => {
    const deep = `${'['.repeat(150)}${']'.repeat(150)}`;
    expect(rules(deep)).toEqual(['schema/not-a-manual']);
  });

  it('on a manual just under the size limit', () => {
    const text = bigManual(Math.floor(MAX_MANUAL_BYTES / 460));
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_MANUAL_BYTES * 0.9);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_MANUAL_BYTES);
    expect(validateText(text).findings).toEqual([]);
    const broken = text.replace('competencies: [E1.1, E1.2, S1.2]', 'competencies: [E1.3]').replace('kind: workshop', 'kind: atelier');
    // « atelier » is French for workshop: the finding names it.
    expect(rules(broken)).toEqual(['schema/french-value', 'unknown-competency/suggest']);
  }, 60_000);

  it('on odd but legal YAML: tags, merge keys, multi-line strings, numbers as keys', () => {
    const text = ['version: !!int "1"', 'program: !!map', '  <<: { id: essai }', '  1: x', '  title: |', '    Sur deux', '    lignes', 'activities: !!set { a }'].join('\n');
    const findings = validateText(text).findings;
    const at = (line: number) => findings.filter((finding) => finding.range.start.line === line).map((finding) => `${finding.ruleId}/${finding.messageId}`);
    // The tags are read as YAML reads them: `!!int "1"` is the version 1, the block text a title.
    expect(findings.filter((finding) => finding.ruleId === 'yaml-syntax')).toEqual([]);
    expect(at(0).filter((id) => id.startsWith('schema/'))).toEqual([]);
    expect(at(4)).toEqual([]);
    // A number as a key is a key the schema does not know; a set is not a list of activities.
    expect(at(3)).toEqual(['schema/unknown-key-list']);
    expect(at(7)).toContain('schema/wrong-type');
  });
});
